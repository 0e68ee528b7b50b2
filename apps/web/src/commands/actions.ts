/**
 * The one registry of user actions (the idea of excalidraw's actions): each action is
 * declared once, with its label and keys, and drives the header buttons, the shortcuts,
 * the `?` help and the command palette. Parts of the app register theirs while mounted
 * (`useRegisterActions`); the registry keeps them in registration order.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Keys } from './keys';

/**
 * Where a shortcut works: `everywhere` (also in form fields and the editor: Ctrl+S),
 * `outside-editor` (form fields yes, the YAML editor no: Ctrl+K, which Monaco owns there),
 * `not-typing` (neither: single keys like `?`, and undo, which fields and Monaco do themselves).
 */
export type KeyScope = 'everywhere' | 'outside-editor' | 'not-typing';

export interface Action {
  readonly id: string;
  /** As the palette and menus show it: "Allow traffic…". */
  readonly label: string;
  readonly section: 'Workspace' | 'Edit' | 'View' | 'Graph' | 'Help';
  /** Chords; the first is the one shown. */
  readonly keys?: readonly Keys[];
  readonly scope?: KeyScope;
  /** Other words the palette matches ("policy", "edge"). */
  readonly keywords?: string;
  enabled?(): boolean;
  run(): void;
}

/** Keys the help lists that are not actions (they belong to a widget): Esc, arrows, Monaco's. */
export interface KeyHint {
  readonly keys: Keys;
  readonly description: string;
}

const actions = new Map<string, Action>();
let snapshot: readonly Action[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  snapshot = [...actions.values()];
  for (const listener of listeners) listener();
}

/** Registers actions (replacing any with the same id); returns the function that removes them. */
export function registerActions(list: readonly Action[]): () => void {
  for (const action of list) actions.set(action.id, action);
  changed();
  return () => {
    for (const action of list) if (actions.get(action.id) === action) actions.delete(action.id);
    changed();
  };
}

export function allActions(): readonly Action[] {
  return snapshot;
}

export function getAction(id: string): Action | undefined {
  return actions.get(id);
}

export function isEnabled(action: Action): boolean {
  return action.enabled ? action.enabled() : true;
}

/** Runs an action by id if it is registered and enabled; returns whether it ran. */
export function runAction(id: string): boolean {
  const action = actions.get(id);
  if (!action || !isEnabled(action)) return false;
  action.run();
  return true;
}

export function useActions(): readonly Action[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}

/** Registers `list` while the component is mounted. Pass a stable (memoised) list. */
export function useRegisterActions(list: readonly Action[]): void {
  useEffect(() => registerActions(list), [list]);
}
