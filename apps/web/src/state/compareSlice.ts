import type { StateCreator } from 'zustand';

/**
 * A baseline to compare the workspace with: a snapshot taken with "Save as baseline", or
 * a file opened with "Compare with…". It is saved with the workspace (as view state) but
 * is no part of the text: not in share links, not in the undo history.
 */
export interface Baseline {
  readonly text: string;
  /** Where it came from: a file name, or "snapshot". */
  readonly label: string;
  /** Milliseconds since the epoch. */
  readonly takenAt: number;
}

export interface CompareSlice {
  baseline: Baseline | null;
  /** In compare mode the graph marks flows gained and lost since the baseline. */
  comparing: boolean;
  /** Sets the baseline and enters compare mode. */
  compareWith: (baseline: Baseline) => void;
  setComparing: (comparing: boolean) => void;
  clearBaseline: () => void;
}

export const createCompareSlice: StateCreator<CompareSlice> = (set) => ({
  baseline: null,
  comparing: false,
  compareWith: (baseline) => set({ baseline, comparing: true }),
  setComparing: (comparing) => set((s) => ({ comparing: comparing && s.baseline !== null })),
  clearBaseline: () => set({ baseline: null, comparing: false }),
});

/** A saved baseline read back defensively (saved data may be old or edited by hand). */
export function readBaseline(value: unknown): Baseline | null {
  if (typeof value !== 'object' || value === null) return null;
  const { text, label, takenAt } = value as Record<string, unknown>;
  if (typeof text !== 'string' || typeof label !== 'string' || typeof takenAt !== 'number')
    return null;
  return { text, label, takenAt };
}
