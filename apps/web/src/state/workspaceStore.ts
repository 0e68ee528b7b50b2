/**
 * Where the saved workspace lives: a small text inside localStorage itself (read at once on
 * start-up), a large one in IndexedDB with only its index in localStorage. The text is
 * written before the index that points at it, so another tab that hears of a save (the
 * `storage` event on the index) always finds the text there. Nothing here throws.
 */
import {
  readWorkspace,
  writeWorkspace,
  type ReadResult,
  type SavedIndex,
  type SavedWorkspace,
  type StorageLike,
} from './persistence';

/** The part of idb-keyval's API we use, so tests can give a map instead. */
export interface TextStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/**
 * Texts up to this many characters stay in localStorage (whose quota is about 5 million
 * characters for the whole origin); longer ones go to IndexedDB.
 */
export const INLINE_LIMIT = 256 * 1024;
export const TEXT_KEY = 'workspace-text';

interface StoredText {
  readonly savedAt: number;
  readonly text: string;
}

const isStoredText = (v: unknown): v is StoredText =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as StoredText).text === 'string' &&
  typeof (v as StoredText).savedAt === 'number';

/**
 * Saves a small workspace inside localStorage, synchronously (so it also works while the
 * page is torn down); returns false when it is too large or does not fit.
 */
export function saveInline(storage: StorageLike, workspace: SavedWorkspace): boolean {
  return workspace.text.length <= INLINE_LIMIT && writeWorkspace(storage, workspace) === null;
}

/**
 * Saves the text in IndexedDB, then its index in localStorage, unless `superseded()` says a
 * later save has begun meanwhile (its index must win). Returns the browser's reason when
 * the workspace cannot be saved.
 */
export async function saveToIndexedDb(
  storage: StorageLike,
  texts: TextStore,
  workspace: SavedWorkspace,
  superseded: () => boolean = () => false,
): Promise<string | null> {
  try {
    await texts.set(TEXT_KEY, { savedAt: workspace.savedAt, text: workspace.text });
  } catch (error) {
    return (error as Error)?.message || String(error);
  }
  if (superseded()) return null;
  const { text, ...rest } = workspace;
  const index: SavedIndex = { ...rest, textStore: 'indexeddb', textLength: text.length };
  return writeWorkspace(storage, index);
}

/** Reads the saved workspace, fetching its text from IndexedDB when the index says so. */
export async function loadWorkspace(
  storage: StorageLike,
  texts: TextStore,
  now: number,
): Promise<ReadResult & { readonly setAsideKey?: string; readonly textMissing?: boolean }> {
  const read = readWorkspace(storage, now);
  if (read.kind !== 'external') return read;
  const resolved = await resolveIndex(read.index, texts);
  // An index without its text holds nothing worth keeping: saving may overwrite it.
  return resolved.kind === 'unreadable' ? { ...resolved, textMissing: true } : resolved;
}

/** The workspace an index points at, or why it cannot be had. */
export async function resolveIndex(index: SavedIndex, texts: TextStore): Promise<ReadResult> {
  let stored: unknown;
  try {
    stored = await withTimeout(texts.get(TEXT_KEY), READ_TIMEOUT_MS);
  } catch (error) {
    return unreadable(index, `IndexedDB could not be read (${(error as Error)?.message})`);
  }
  // A later save may have written its text but not yet its index: the text is newer, keep it.
  if (!isStoredText(stored) || stored.savedAt < index.savedAt)
    return unreadable(index, 'its text is missing from IndexedDB');
  const { textStore: _store, textLength: _length, ...details } = index;
  return { kind: 'ok', workspace: { ...details, text: stored.text } };
}

/** Start-up waits for IndexedDB at most this long (a blocked database never answers). */
const READ_TIMEOUT_MS = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function unreadable(index: SavedIndex, reason: string): ReadResult {
  return { kind: 'unreadable', reason, raw: JSON.stringify(index) };
}
