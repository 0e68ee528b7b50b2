/**
 * One undo history for the workspace text, whoever changed it (typing, graph commands,
 * imports). Pure functions over an immutable value, so the store only swaps values and the
 * coalescing rules can be unit-tested.
 */

/** Who changed the text: the editor (typing), or a command (graph action, import, example). */
export type EditOrigin = 'editor' | 'command';

export interface History {
  /** Older texts, oldest first. */
  readonly past: readonly string[];
  readonly present: string;
  /** Texts undone, the next one to redo last. */
  readonly future: readonly string[];
  /** When the last typed change was recorded (ms); typing within the burst window merges. */
  readonly lastTypedAt: number | null;
}

/** Typed changes closer together than this form one undo step (a typing burst). */
export const TYPING_BURST_MS = 1000;
/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;

export function createHistory(text: string): History {
  return { past: [], present: text, future: [], lastTypedAt: null };
}

/**
 * Records a new text. A typed change that follows another typed change within
 * {@link TYPING_BURST_MS} replaces the present (one undo step for the burst); anything else
 * pushes the present onto the past. Any change clears the redo stack.
 */
export function recordChange(
  history: History,
  text: string,
  origin: EditOrigin,
  now: number,
): History {
  if (text === history.present) return history;
  const typing = origin === 'editor';
  const inBurst =
    typing && history.lastTypedAt !== null && now - history.lastTypedAt < TYPING_BURST_MS;
  if (inBurst) {
    return { ...history, present: text, future: [], lastTypedAt: now };
  }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: text, future: [], lastTypedAt: typing ? now : null };
}

/** Steps back one change; returns the same history when there is nothing to undo. */
export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [...history.future, history.present],
    lastTypedAt: null,
  };
}

/** Steps forward one undone change; returns the same history when there is nothing to redo. */
export function redo(history: History): History {
  const next = history.future.at(-1);
  if (next === undefined) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: history.future.slice(0, -1),
    lastTypedAt: null,
  };
}

/** Starts a fresh history at `text` (a new workspace: nothing before it to undo to). */
export function resetHistory(text: string): History {
  return createHistory(text);
}
