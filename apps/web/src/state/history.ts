/**
 * One undo history for the workspace, whoever changed it (typing, graph commands,
 * imports). Generic over what a step holds: the store keeps both documents (the YAML and
 * the expectations) in each step, so one Ctrl+Z order covers edits of either. Pure
 * functions over an immutable value, so the store only swaps values and the coalescing
 * rules can be unit-tested.
 */

/** Who changed the text: the editor (typing), or a command (graph action, import, example). */
export type EditOrigin = 'editor' | 'command';

export interface History<T = string> {
  /** Older texts, oldest first. */
  readonly past: readonly T[];
  readonly present: T;
  /** Texts undone, the next one to redo last. */
  readonly future: readonly T[];
  /** When the last typed change was recorded (ms); typing within the burst window merges. */
  readonly lastTypedAt: number | null;
  /** Which document the last typed change was in: typing in another one starts a step. */
  readonly lastTypedIn?: string;
}

/** Typed changes closer together than this form one undo step (a typing burst). */
export const TYPING_BURST_MS = 1000;
/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;

export function createHistory<T = string>(text: T): History<T> {
  return { past: [], present: text, future: [], lastTypedAt: null };
}

/**
 * Records a new text. A typed change that follows another typed change within
 * {@link TYPING_BURST_MS} replaces the present (one undo step for the burst); anything else
 * pushes the present onto the past. Any change clears the redo stack. `document` names
 * the document typed in (a burst never spans two); `same` says when nothing changed.
 */
export function recordChange<T = string>(
  history: History<T>,
  text: T,
  origin: EditOrigin,
  now: number,
  document = 'workspace',
  same: (a: T, b: T) => boolean = Object.is,
): History<T> {
  if (same(text, history.present)) return history;
  const typing = origin === 'editor';
  const inBurst =
    typing &&
    history.lastTypedAt !== null &&
    now - history.lastTypedAt < TYPING_BURST_MS &&
    (history.lastTypedIn ?? 'workspace') === document;
  if (inBurst) {
    return { ...history, present: text, future: [], lastTypedAt: now };
  }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return typing
    ? { past, present: text, future: [], lastTypedAt: now, lastTypedIn: document }
    : { past, present: text, future: [], lastTypedAt: null };
}

/** Steps back one change; returns the same history when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
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
export function redo<T>(history: History<T>): History<T> {
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
export function resetHistory<T = string>(text: T): History<T> {
  return createHistory(text);
}
