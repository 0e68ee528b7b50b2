import { create } from 'zustand';
import { useAppStore } from '../../state/store';

/** Content waiting to replace the workspace until the user confirms. */
export interface ReplaceRequest {
  /** What is being loaded, for the dialog ("the example “web-deny-all”", "2 files"). */
  readonly what: string;
  readonly text: string;
  /** Files may also be added to the workspace instead of replacing it. */
  readonly canAppend: boolean;
}

interface ReplaceRequestState {
  readonly pending: ReplaceRequest | null;
  readonly set: (pending: ReplaceRequest | null) => void;
}

/** The one pending replacement (a tiny store of its own: it is UI state, not workspace). */
export const useReplaceRequest = create<ReplaceRequestState>()((set) => ({
  pending: null,
  set: (pending) => set({ pending }),
}));

/**
 * Loads content into the workspace: at once when the workspace has no edits of the user's,
 * else after the user confirms in the replace dialog. Either way it is one undo step.
 */
export function requestReplace(request: ReplaceRequest): void {
  useAppStore.getState().flushPendingEdits();
  if (!useAppStore.getState().edited) {
    useAppStore.getState().loadWorkspace(request.text);
    return;
  }
  useReplaceRequest.getState().set(request);
}

/** Appends documents to the workspace, separated by `---` (one undo step). */
export function appendToWorkspace(text: string): void {
  const { text: current, setText, flushPendingEdits } = useAppStore.getState();
  flushPendingEdits();
  const base = current.trimEnd();
  setText(base === '' ? text : `${base}\n---\n${text}`, 'command');
}
