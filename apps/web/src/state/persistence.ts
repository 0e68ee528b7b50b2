/**
 * The saved workspace: what goes into localStorage, in which format, and how older or
 * unreadable data is handled. Pure functions over a `Storage`-like object so they can be
 * unit-tested without a browser. A large text lives in IndexedDB (`workspaceStore.ts`);
 * localStorage then holds only its index.
 *
 * Format history:
 * - version 1: `{ version: 1, text }`
 * - version 2: `{ version: 2, text, edited, savedAt, tabId, view }` — `edited` says whether
 *   the text has changes the user made since loading an example or file; `view` holds view
 *   state registered by other parts of the app (node positions, filters), keyed by name.
 * - version 3: as version 2, but the text may be kept in IndexedDB: then `text` is absent and
 *   `textStore: 'indexeddb'` and `textLength` say where it is and how long it is.
 */

/** The localStorage key of the workspace. */
export const STORAGE_KEY = 'netpol-canvas:workspace';
/** Prefix of keys where unreadable saved data is set aside (never thrown away). */
export const SET_ASIDE_PREFIX = 'netpol-canvas:unreadable:';
export const CURRENT_VERSION = 3;

export interface SavedWorkspace {
  readonly version: typeof CURRENT_VERSION;
  readonly text: string;
  readonly edited: boolean;
  /** Milliseconds since the epoch. */
  readonly savedAt: number;
  /** The tab that wrote it, so other tabs can tell their own saves from someone else's. */
  readonly tabId: string;
  readonly view: Readonly<Record<string, unknown>>;
}

/** The saved workspace without its text, which is kept in IndexedDB. */
export interface SavedIndex extends Omit<SavedWorkspace, 'text'> {
  readonly textStore: 'indexeddb';
  readonly textLength: number;
}

export type ReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly workspace: SavedWorkspace; readonly migratedFrom?: number }
  | { readonly kind: 'external'; readonly index: SavedIndex }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly raw: string };

/** The part of the Web Storage API we use. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses and migrates saved data; never throws. */
export function parseSaved(raw: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { kind: 'unreadable', reason: `not JSON (${(error as Error).message})`, raw };
  }
  if (!isRecord(value)) return { kind: 'unreadable', reason: 'not an object', raw };
  const { version } = value;
  if (version === CURRENT_VERSION && value.text === undefined && value.textStore === 'indexeddb') {
    const textLength = typeof value.textLength === 'number' ? value.textLength : -1;
    return { kind: 'external', index: { ...details(value), textStore: 'indexeddb', textLength } };
  }
  if (typeof value.text !== 'string') {
    return { kind: 'unreadable', reason: 'it holds no workspace text', raw };
  }
  if (version === 1) {
    const workspace: SavedWorkspace = {
      version: CURRENT_VERSION,
      text: value.text,
      edited: true,
      savedAt: 0,
      tabId: '',
      view: {},
    };
    return { kind: 'ok', workspace, migratedFrom: 1 };
  }
  if (version === 2 || version === CURRENT_VERSION) {
    const workspace: SavedWorkspace = { ...details(value), text: value.text };
    return version === 2 ? { kind: 'ok', workspace, migratedFrom: 2 } : { kind: 'ok', workspace };
  }
  return { kind: 'unreadable', reason: `unknown format version ${String(version)}`, raw };
}

/** Everything but the text, read defensively (saved data may be edited by hand). */
function details(value: Record<string, unknown>): Omit<SavedWorkspace, 'text'> {
  return {
    version: CURRENT_VERSION,
    edited: value.edited !== false,
    savedAt: typeof value.savedAt === 'number' ? value.savedAt : 0,
    tabId: typeof value.tabId === 'string' ? value.tabId : '',
    view: isRecord(value.view) ? value.view : {},
  };
}

/**
 * Reads the saved workspace. Unreadable data is moved to a set-aside key (returned in
 * `setAsideKey`) so a later save cannot overwrite it.
 */
export function readWorkspace(
  storage: StorageLike,
  now: number,
): ReadResult & { readonly setAsideKey?: string } {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  const result = parseSaved(raw);
  if (result.kind !== 'unreadable') return result;
  const setAsideKey = `${SET_ASIDE_PREFIX}${new Date(now).toISOString()}`;
  try {
    storage.setItem(setAsideKey, raw);
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: leave the data where it is; saving will be refused below.
    return result;
  }
  return { ...result, setAsideKey };
}

/**
 * Writes the workspace (or, for a text kept in IndexedDB, its index); returns the browser's
 * reason instead of throwing (quota, privacy mode).
 */
export function writeWorkspace(
  storage: StorageLike,
  workspace: SavedWorkspace | SavedIndex,
): string | null {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(workspace));
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  }
}
