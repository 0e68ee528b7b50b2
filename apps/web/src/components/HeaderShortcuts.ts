/**
 * The keyboard shortcuts listed in the help dialog (`?`). The app's own are below; other
 * parts of the app (the graph) add theirs with `registerShortcutHelp`.
 */
export interface ShortcutHelp {
  /** Keys as shown, e.g. ['Ctrl', 'Z']; "Ctrl" means Cmd on macOS. */
  readonly keys: readonly string[];
  readonly description: string;
}

const shortcuts: ShortcutHelp[] = [
  { keys: ['Ctrl', 'Z'], description: 'Undo (typing and graph edits share one history)' },
  { keys: ['Ctrl', 'Shift', 'Z'], description: 'Redo (also Ctrl+Y)' },
  { keys: ['Ctrl', 'O'], description: 'Open YAML or JSON files' },
  { keys: ['Ctrl', 'S'], description: 'Download all manifests (netpol-canvas.yaml)' },
  { keys: ['Ctrl', 'B'], description: 'Show or hide the YAML pane' },
  { keys: ['?'], description: 'Show this list' },
  { keys: ['Esc'], description: 'Close a menu or dialog' },
];

/** Adds a shortcut to the help dialog's list (its handler is the caller's business). */
export function registerShortcutHelp(shortcut: ShortcutHelp): void {
  if (!shortcuts.some((s) => s.keys.join('+') === shortcut.keys.join('+')))
    shortcuts.push(shortcut);
}

export function shortcutHelp(): readonly ShortcutHelp[] {
  return shortcuts;
}
