/**
 * Key chords of the action registry: written as lists like ['Mod', 'Shift', 'Z'], where
 * `Mod` is Ctrl (Cmd on macOS). A dozen fixed chords need no library: what is ours either
 * way is the scoping (Monaco, form fields, open dialogs), in `useActionShortcuts`.
 */
export type Keys = readonly string[];

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const MODIFIERS = ['Mod', 'Ctrl', 'Shift', 'Alt'];

/** Does the event press exactly this chord (no other modifier)? */
export function matchesKeys(event: KeyboardEvent, keys: Keys): boolean {
  const mod = keys.includes('Mod');
  const shift = keys.includes('Shift');
  const alt = keys.includes('Alt');
  const key = keys.find((k) => !MODIFIERS.includes(k));
  if (key === undefined) return false;
  if ((event.ctrlKey || event.metaKey) !== mod || event.altKey !== alt) return false;
  // '?' is Shift+/ on most layouts: for a printable symbol, the character decides, not Shift.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && event.shiftKey !== shift) return false;
  return symbol ? event.key === key : event.key.toLowerCase() === key.toLowerCase();
}

/** How a chord reads on this platform: `Ctrl+K`, or `⌘K` on macOS. */
export function formatKeys(keys: Keys): string {
  const shown = keys.map((k) => (k === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : k));
  return isMac ? shown.join('') : shown.join('+');
}

/** Inside a form field (where keys are text) — Monaco's hidden textarea included. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Inside the YAML editor, which owns its own chords (Ctrl+K chords, Ctrl+Z, Tab). */
export function inEditor(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.monaco-editor') !== null;
}
