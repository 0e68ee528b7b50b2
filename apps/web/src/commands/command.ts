import { useAppStore } from '../state/store';

/**
 * A graph edit, declared once and used by buttons, menus, shortcuts and tests alike:
 * a pure function from the workspace text (and arguments) to the new text.
 */
export interface Command<Args> {
  readonly id: string;
  readonly label: string;
  readonly shortcut?: string;
  run(text: string, args: Args): CommandOutcome;
}

/** The new text; with `message` when the edit could not be made (the text is then unchanged). */
export interface CommandOutcome {
  readonly text: string;
  readonly message?: string;
}

/**
 * Applies a command to the store's text. It goes through `setText(…, 'command')`, so the
 * editor shows the edit and the one undo history covers it. Returns false if nothing changed.
 */
export function runCommand<Args>(command: Command<Args>, args: Args): boolean {
  // Typed text still in the editor's debounce goes first, so the command edits what is shown.
  useAppStore.getState().flushPendingEdits();
  const { text, setText, notify } = useAppStore.getState();
  const outcome = command.run(text, args);
  if (outcome.message) {
    notify({ tone: 'warning', text: `${command.label}: ${outcome.message}`, transient: true });
    return false;
  }
  if (outcome.text === text) return false;
  setText(outcome.text, 'command');
  return true;
}
