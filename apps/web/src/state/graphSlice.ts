import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface GraphSlice {
  /** The selected pod id (`ns/name`), or null. */
  selectedPod: string | null;
  selectPod: (id: string | null) => void;
}

export const createGraphSlice: StateCreator<AppState, [], [], GraphSlice> = (set) => ({
  selectedPod: null,
  selectPod: (selectedPod) => set({ selectedPod }),
});
