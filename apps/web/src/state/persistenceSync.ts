/**
 * Keeps the workspace saved as the user works (localStorage, or IndexedDB for a large
 * text: `workspaceStore.ts`), restores it on start-up, and watches for other tabs. When another tab saves: a tab with nothing unsaved takes that
 * version (and says so), so its next edits build on it; a tab with unsaved edits of its own
 * pauses saving and asks the user which version to keep. Neither tab silently overwrites
 * the other.
 */
import * as idbKeyval from 'idb-keyval';
import { useAppStore, type AppState } from './store';
import { CURRENT_VERSION, STORAGE_KEY, parseSaved, type SavedWorkspace } from './persistence';
import {
  loadWorkspace,
  resolveIndex,
  saveInline,
  saveToIndexedDb,
  type TextStore,
} from './workspaceStore';
import { PAUSED_PREFIX, dropPausedEdit, findPausedEdits, keepPausedEdit } from './pausedEdits';
import { SAVE_ERROR_NOTICE, offerPausedEdits, tellSaveFailed } from './persistenceNotices';

/** Saves happen this long after the last change (and at once when the page is hidden). */
export const SAVE_DEBOUNCE_MS = 400;
const CHANNEL = 'netpol-canvas';

interface ViewEntry {
  readonly select: (state: AppState) => unknown;
  readonly restore: (value: unknown) => void;
}

const viewEntries = new Map<string, ViewEntry>();
let savedView: Readonly<Record<string, unknown>> = {};
const tabId = globalThis.crypto?.randomUUID?.() ?? `tab-${Math.random().toString(36).slice(2)}`;
const PAUSED_KEY = PAUSED_PREFIX + tabId;

/**
 * Registers view state to save with the workspace (node positions, filters, …): `select`
 * reads it from the store, `restore` puts a saved value back. Registering after start-up
 * restores the saved value at once. The value must be JSON-serialisable.
 */
export function registerPersistedView(
  key: string,
  select: (state: AppState) => unknown,
  restore: (value: unknown) => void,
): void {
  viewEntries.set(key, { select, restore });
  if (key in savedView) restore(savedView[key]);
}

function snapshot(state: AppState): SavedWorkspace {
  const view: Record<string, unknown> = {};
  for (const [key, entry] of viewEntries) view[key] = entry.select(state);
  return {
    version: CURRENT_VERSION,
    text: state.text,
    edited: state.edited,
    savedAt: Date.now(),
    tabId,
    view,
  };
}

function viewValues(state: AppState): unknown[] {
  return [...viewEntries.values()].map((entry) => entry.select(state));
}

/**
 * Restores the saved workspace and starts saving. Resolves to whether a workspace was
 * restored (false on a first visit, or when the saved data was unreadable and set aside).
 */
export async function startPersistence(
  storage: Storage = localStorage,
  texts: TextStore = idbKeyval,
): Promise<boolean> {
  const store = useAppStore;
  const { notify } = store.getState();
  const read = await loadWorkspace(storage, texts, Date.now());
  let restored = false;
  if (read.kind === 'ok') {
    savedView = read.workspace.view;
    store.getState().restoreWorkspace(read.workspace.text, read.workspace.edited);
    for (const [key, entry] of viewEntries) if (key in savedView) entry.restore(savedView[key]);
    restored = true;
  } else if (read.kind === 'unreadable') {
    notify({
      tone: 'warning',
      text:
        `The saved workspace could not be read (${read.reason}), so an example was opened. ` +
        (read.setAsideKey
          ? `The old data is kept in this browser's localStorage under “${read.setAsideKey}”.`
          : read.textMissing
            ? ''
            : 'The old data was left in place and will not be overwritten.'),
    });
    if (!read.setAsideKey && !read.textMissing) return false;
  }
  const drop = (key: string) => void dropPausedEdit(storage, texts, key);
  offerPausedEdits(await findPausedEdits(storage, texts), drop);

  let paused = false;
  /** The text this tab last saved or took from storage: anything else is unsaved here. */
  let lastSynced = store.getState().text;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts saves, so a slow IndexedDB save cannot overwrite a later one's index. */
  let saveSeq = 0;
  const saved = (text: string) => {
    lastSynced = text;
    store.getState().dismissNotice(SAVE_ERROR_NOTICE);
    if (timer === undefined) store.setState({ saveStatus: 'saved' });
  };
  const failed = (reason: string) => {
    tellSaveFailed(reason);
    store.setState({ saveStatus: 'error' });
  };
  const setAside = () =>
    void keepPausedEdit(storage, texts, tabId, store.getState().text, Date.now());
  const save = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (paused) return setAside();
    const workspace = snapshot(store.getState());
    const seq = ++saveSeq;
    if (saveInline(storage, workspace)) return saved(workspace.text);
    store.setState({ saveStatus: 'pending' });
    void saveToIndexedDb(storage, texts, workspace, () => seq !== saveSeq).then((error) => {
      if (seq !== saveSeq) return;
      if (error) failed(error);
      else saved(workspace.text);
    });
  };
  let lastView = viewValues(store.getState());
  store.subscribe((state, previous) => {
    const view = viewValues(state);
    const viewChanged = view.some((value, i) => value !== lastView[i]);
    lastView = view;
    if (state.text === previous.text && state.edited === previous.edited && !viewChanged) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DEBOUNCE_MS);
    if (!paused && state.saveStatus !== 'pending' && state.saveStatus !== 'error')
      store.setState({ saveStatus: 'pending' });
  });
  addEventListener('pagehide', save);
  // Browsers do not wait for IndexedDB while a page goes away: when the last change is not
  // stored yet (a large text still being written, or saving failed), ask before leaving.
  addEventListener('beforeunload', (event) => {
    if (timer !== undefined) save();
    const status = store.getState().saveStatus;
    if (status === 'pending' || status === 'error') event.preventDefault();
  });

  const pause = () => {
    paused = true;
    setAside();
    store.setState({ saveStatus: 'paused' });
  };
  const resume = () => {
    paused = false;
    store.getState().dismissNotice('other-tab');
    drop(PAUSED_KEY);
  };
  const onOtherTabSave = async (raw: string | null) => {
    if (raw === null) return;
    const parsed = parseSaved(raw);
    const other = parsed.kind === 'external' ? await resolveIndex(parsed.index, texts) : parsed;
    if (other.kind !== 'ok' || other.workspace.tabId === tabId) return;
    store.getState().flushPendingEdits();
    const { text } = store.getState();
    if (other.workspace.text === text) {
      lastSynced = text;
      return;
    }
    if (!paused && text === lastSynced) {
      lastSynced = other.workspace.text;
      store.getState().loadWorkspace(other.workspace.text);
      notify({
        id: 'tab-sync',
        tone: 'info',
        text: 'Updated with changes made in another tab (Undo brings back the previous text).',
        transient: true,
      });
      return;
    }
    pause();
    notify({
      id: 'other-tab',
      tone: 'warning',
      text:
        'This workspace was changed in another tab. Saving here is paused so neither ' +
        'version is overwritten (this tab’s edit is set aside meanwhile). Which one do you ' +
        'want to keep?',
      actions: [
        {
          label: 'Load the other tab’s version',
          run: () => {
            resume();
            void loadWorkspace(storage, texts, Date.now()).then((latest) => {
              if (latest.kind !== 'ok') return;
              lastSynced = latest.workspace.text;
              store.getState().loadWorkspace(latest.workspace.text);
            });
          },
        },
        {
          label: 'Keep this tab’s version',
          run: () => {
            resume();
            save();
          },
        },
      ],
    });
  };
  addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) void onOtherTabSave(event.newValue);
  });

  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL);
    const tellOpenElsewhere = () =>
      notify({
        id: 'open-elsewhere',
        tone: 'info',
        text:
          'Netpol Canvas is also open in another tab. Both share this workspace; if the ' +
          'other tab changes it, you will be asked which version to keep.',
      });
    channel.onmessage = (event: MessageEvent<{ type: string; tabId: string }>) => {
      if (event.data.tabId === tabId) return;
      if (event.data.type === 'hello') channel.postMessage({ type: 'here', tabId });
      tellOpenElsewhere();
    };
    channel.postMessage({ type: 'hello', tabId });
  }
  return restored;
}
