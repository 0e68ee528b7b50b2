/**
 * A paused tab's edit, set aside the moment the tab pauses (another tab changed the
 * workspace and this one asks which version to keep). Browsers do not wait for IndexedDB
 * while a page is torn down, so the edit goes into localStorage synchronously: it then
 * survives a reload or a closed tab even when the question was never answered. A text too
 * large for localStorage goes to IndexedDB at once, which is not at teardown either.
 */
import type { StorageLike } from './persistence';
import type { TextStore } from './workspaceStore';

export const PAUSED_PREFIX = 'netpol-canvas:paused:';

export interface PausedEdit {
  /** The localStorage key the edit is kept under. */
  readonly key: string;
  readonly savedAt: number;
  readonly text: string;
}

/** Keeps (or updates) this tab's paused edit; returns false when it could be kept nowhere. */
export async function keepPausedEdit(
  storage: StorageLike,
  texts: TextStore,
  tabId: string,
  text: string,
  now: number,
): Promise<boolean> {
  const key = PAUSED_PREFIX + tabId;
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now, text }));
    return true;
  } catch {
    // Too large for localStorage: the text goes to IndexedDB, the slot only points at it.
  }
  try {
    await texts.set(key, text);
    storage.setItem(key, JSON.stringify({ savedAt: now, textStore: 'indexeddb' }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a paused edit once the user has chosen (or the edit has been restored). */
export async function dropPausedEdit(
  storage: StorageLike,
  texts: TextStore,
  key: string,
): Promise<void> {
  try {
    storage.removeItem(key);
    await texts.del(key);
  } catch {
    // Nothing to drop, or storage blocked: the slot stays, to be offered again.
  }
}

/** Every paused edit left by a tab that was reloaded or closed without an answer. */
export async function findPausedEdits(
  storage: StorageLike & Pick<Storage, 'length' | 'key'>,
  texts: TextStore,
): Promise<PausedEdit[]> {
  const edits: PausedEdit[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(PAUSED_PREFIX)) continue;
    const edit = await readPausedEdit(storage, texts, key);
    if (edit) edits.push(edit);
  }
  return edits.sort((a, b) => b.savedAt - a.savedAt);
}

async function readPausedEdit(
  storage: StorageLike,
  texts: TextStore,
  key: string,
): Promise<PausedEdit | undefined> {
  try {
    const value = JSON.parse(storage.getItem(key) ?? 'null') as {
      savedAt?: unknown;
      text?: unknown;
      textStore?: unknown;
    } | null;
    if (value === null) return undefined;
    const savedAt = typeof value.savedAt === 'number' ? value.savedAt : 0;
    const text = value.textStore === 'indexeddb' ? await texts.get(key) : value.text;
    return typeof text === 'string' ? { key, savedAt, text } : undefined;
  } catch {
    return undefined;
  }
}
