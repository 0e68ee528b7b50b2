import type { StateCreator } from 'zustand';
import { EXAMPLE_EXPECTATIONS } from './expectSlice';
import {
  createHistory,
  recordChange,
  redo as redoHistory,
  undo as undoHistory,
  type EditOrigin,
  type History,
} from './history';

export type { EditOrigin } from './history';

/** One undo step: both documents of the workspace (the compare baseline is no part of it). */
export interface WorkspaceDocuments {
  readonly text: string;
  readonly expectations: string;
}

const sameDocuments = (a: WorkspaceDocuments, b: WorkspaceDocuments) =>
  a.text === b.text && a.expectations === b.expectations;

/** A 1-based range of the workspace text, as in engine diagnostics. */
export interface TextRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A message shown to the user until dismissed (or for a few seconds, when `transient`). */
export interface Notice {
  readonly id: string;
  readonly tone: 'info' | 'success' | 'warning' | 'error';
  readonly text: string;
  readonly transient?: boolean;
  /** Optional buttons, e.g. "Load the other tab's version". */
  readonly actions?: ReadonlyArray<{ readonly label: string; readonly run: () => void }>;
}

/** A request for the editor to select and reveal a range of the text. */
export interface RevealRequest {
  readonly range: TextRange;
  /** Increases with every request, so asking twice for the same range is two requests. */
  readonly seq: number;
  /** False: reveal without moving the keyboard focus into the editor (default true). */
  readonly focus?: boolean;
}

export interface WorkspaceSlice {
  /** The workspace: multi-document YAML. The single source of truth. */
  text: string;
  /**
   * The expectations document, checked live against the policies: the second document of
   * the workspace, saved and shared with it.
   */
  expectationsText: string;
  /**
   * One undo history for every change of `text` and `expectationsText`;
   * `history.present.text === text`, except while typed text shown with `showTypedText`
   * waits for its undo step (`flushPendingEdits`).
   */
  history: History<WorkspaceDocuments>;
  /** What made the last change of the text. */
  lastChange: 'typed' | 'command' | 'load' | 'undo' | 'redo' | 'restore';
  /** Writes typed text still waiting in the editor's debounce into the store, now. */
  flushPendingEdits: () => void;
  /** True when the text holds changes the user made since loading an example or files. */
  edited: boolean;
  /**
   * Replaces the text and records one undo step. Typing (`'editor'`) is coalesced into
   * bursts; every `'command'` (graph action, import) is a step of its own.
   */
  setText: (text: string, origin: EditOrigin) => void;
  /** Replaces the expectations and records one undo step, coalesced like `setText`. */
  setExpectationsText: (text: string, origin?: EditOrigin) => void;
  /**
   * Puts expectations into the present undo step, without a step of their own: saved ones
   * on start-up, or a shared link's completing the load step that brought its YAML.
   */
  restoreExpectations: (text: string) => void;
  /**
   * Puts typed text in the store at once, so the analysis and the graph follow the keys,
   * without an undo step: the editor records the burst later with `setText(text, 'editor')`
   * (registered with `onFlushPendingEdits`), so typing is grouped into undo steps exactly
   * as when the text reached the store only then.
   */
  showTypedText: (text: string) => void;
  /** Starts from saved text with a fresh history (on start-up; not undoable). */
  restoreWorkspace: (text: string, edited: boolean) => void;
  /** Replaces the whole workspace with loaded content (an example, opened files); undoable. */
  loadWorkspace: (text: string) => void;
  undo: () => void;
  redo: () => void;
  /** A request for the editor to select and reveal a range; `seq` makes repeats distinct. */
  revealRequest: RevealRequest | null;
  /** Asks the editor to move the cursor to `range`, select it and scroll it into view. */
  revealInEditor: (range: TextRange, options?: { readonly focus?: boolean }) => void;
  /** Width of the YAML pane in px (null: a default from the window width). */
  yamlWidth: number | null;
  yamlCollapsed: boolean;
  setYamlWidth: (width: number) => void;
  setYamlCollapsed: (collapsed: boolean) => void;
  /** Whether the workspace is saved in this browser (set by the persistence module). */
  saveStatus: 'saved' | 'pending' | 'paused' | 'error';
  /** A one-line hint shown in the header (e.g. what to do on a first visit), or null. */
  hint: string | null;
  setHint: (hint: string | null) => void;
  notices: readonly Notice[];
  notify: (notice: Omit<Notice, 'id'> & { readonly id?: string }) => void;
  dismissNotice: (id: string) => void;
}

/**
 * Functions that write text still waiting in the editor's typing debounce into the store.
 * They run before undo/redo (otherwise undo would skip that text, and the pending text would
 * then overwrite the undone state) and before loads; commands should call
 * `flushPendingEdits()` before computing their new text from `text`.
 */
const pendingEditFlushes = new Set<() => void>();

/** Registers a flush of pending typed text; returns the unregister function. */
export function onFlushPendingEdits(flush: () => void): () => void {
  pendingEditFlushes.add(flush);
  return () => pendingEditFlushes.delete(flush);
}

function flushAll(): void {
  for (const flush of pendingEditFlushes) flush();
}

let noticeCounter = 0;
let revealCounter = 0;

export const createWorkspaceSlice: StateCreator<WorkspaceSlice> = (set, get) => ({
  text: '',
  expectationsText: EXAMPLE_EXPECTATIONS,
  history: createHistory({ text: '', expectations: EXAMPLE_EXPECTATIONS }),
  edited: false,
  lastChange: 'restore',
  flushPendingEdits: flushAll,
  setText: (text, origin) => {
    const { history } = get();
    const documents = { text, expectations: history.present.expectations };
    const next = recordChange(history, documents, origin, Date.now(), 'workspace', sameDocuments);
    if (next === history) return;
    set({
      text,
      history: next,
      edited: true,
      lastChange: origin === 'editor' ? 'typed' : 'command',
    });
  },
  setExpectationsText: (expectations, origin = 'editor') => {
    const { history } = get();
    // The YAML as last recorded: typed YAML still pending is flushed by the caller's undo.
    const documents = { text: history.present.text, expectations };
    const next = recordChange(
      history,
      documents,
      origin,
      Date.now(),
      'expectations',
      sameDocuments,
    );
    if (next === history) return;
    set({ expectationsText: expectations, history: next, edited: true });
  },
  restoreExpectations: (expectations) => {
    const { history } = get();
    set({
      expectationsText: expectations,
      history: { ...history, present: { ...history.present, expectations } },
    });
  },
  showTypedText: (text) => {
    if (text !== get().text) set({ text, edited: true, lastChange: 'typed' });
  },
  restoreWorkspace: (text, edited) =>
    set({
      text,
      history: createHistory({ text, expectations: get().expectationsText }),
      edited,
      lastChange: 'restore',
    }),
  loadWorkspace: (text) => {
    flushAll();
    const { history: before } = get();
    const documents = { text, expectations: before.present.expectations };
    const history = recordChange(
      before,
      documents,
      'command',
      Date.now(),
      'workspace',
      sameDocuments,
    );
    set({ text, history, edited: false, lastChange: 'load', hint: null });
  },
  undo: () => {
    flushAll();
    const history = undoHistory(get().history);
    if (history !== get().history) set(stepTo(history, 'undo'));
  },
  redo: () => {
    flushAll();
    const history = redoHistory(get().history);
    if (history !== get().history) set(stepTo(history, 'redo'));
  },
  revealRequest: null,
  revealInEditor: (range, options) =>
    set({
      revealRequest: {
        range,
        seq: ++revealCounter,
        ...(options?.focus === false ? { focus: false } : {}),
      },
    }),
  yamlWidth: null,
  yamlCollapsed: false,
  setYamlWidth: (yamlWidth) => set({ yamlWidth }),
  setYamlCollapsed: (yamlCollapsed) => set({ yamlCollapsed }),
  saveStatus: 'saved',
  hint: null,
  setHint: (hint) => set({ hint }),
  notices: [],
  notify: (notice) => {
    const id = notice.id ?? `notice-${++noticeCounter}`;
    set({ notices: [...get().notices.filter((n) => n.id !== id), { ...notice, id }] });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
});

/** The store after an undo or redo: both documents as the step holds them. */
function stepTo(history: History<WorkspaceDocuments>, change: 'undo' | 'redo') {
  return {
    text: history.present.text,
    expectationsText: history.present.expectations,
    history,
    edited: true,
    lastChange: change,
  };
}

/** Selectors for the undo/redo buttons. */
export const selectCanUndo = (state: WorkspaceSlice) => state.history.past.length > 0;
export const selectCanRedo = (state: WorkspaceSlice) => state.history.future.length > 0;
