/**
 * The app's one store. It holds the workspace YAML text (the source of truth) and view
 * state; everything else (objects, verdicts, nodes, edges) is derived from the text by
 * memoised selectors and never stored here.
 *
 * Two slices, each owned by one part of the app:
 * - workspaceSlice: the text, its undo history, persistence, editor requests;
 * - graphSlice: selection, filters, node positions and other view state of the graph;
 * - compareSlice: the compare baseline and whether compare mode is on;
 * - expectSlice: the expectations document and which document the YAML pane shows.
 */
import { create } from 'zustand';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspaceSlice';
import { createGraphSlice, type GraphSlice } from './graphSlice';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createExpectSlice, type ExpectSlice } from './expectSlice';

// Each slice is written against its own state only (`StateCreator<ItsSlice>`), so slices
// never import this file and the store is the one place that knows all of them.
export type AppState = WorkspaceSlice & GraphSlice & CompareSlice & ExpectSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createWorkspaceSlice(...args),
  ...createGraphSlice(...args),
  ...createCompareSlice(...args),
  ...createExpectSlice(...args),
}));
