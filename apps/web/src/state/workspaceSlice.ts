import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Who changed the text: the editor (typing), or a command (graph action, import, undo). */
export type EditOrigin = 'editor' | 'command';

export interface WorkspaceSlice {
  /** The workspace: multi-document YAML. The single source of truth. */
  text: string;
  /** Replaces the text. Commands and the editor both come through here. */
  setText: (text: string, origin: EditOrigin) => void;
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set) => ({
  text: '',
  setText: (text) => set({ text }),
});
