import { useAppStore } from '../state/store';

/**
 * A graph edit, declared once and used by buttons, menus, shortcuts and tests alike:
 * a pure function from the workspace text (and arguments) to the new text.
 */
export interface Command<Args> {
  readonly id: string;
  readonly label: string;
  readonly shortcut?: string;
  run(text: string, args: Args): string;
}

/**
 * Applies a command to the store's text. It goes through `setText(…, 'command')`, so the
 * editor shows the edit and the one undo history covers it. Returns false if nothing changed.
 */
export function runCommand<Args>(command: Command<Args>, args: Args): boolean {
  // Typed text still in the editor's debounce goes first, so the command edits what is shown.
  useAppStore.getState().flushPendingEdits();
  const { text, setText } = useAppStore.getState();
  const next = command.run(text, args);
  if (next === text) return false;
  setText(next, 'command');
  return true;
}
