import { useEffect } from 'react';
import { useAppStore } from '../state/store';

export interface ShortcutActions {
  readonly openFiles: () => void;
  readonly downloadAll: () => void;
  readonly toggleYaml: () => void;
  readonly help: () => void;
}

function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function inEditor(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('.monaco-editor') !== null;
}

/**
 * The app's global keyboard shortcuts (listed in HeaderShortcuts). Undo/redo inside the
 * editor are bound by the editor itself to the same store actions; in form fields the
 * browser's own undo applies.
 */
export function useGlobalShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const typing = isTextInput(event.target) || inEditor(event.target);
      let run: (() => void) | null = null;
      if (mod && key === 'z' && !typing) {
        run = event.shiftKey ? useAppStore.getState().redo : useAppStore.getState().undo;
      } else if (mod && key === 'y' && !typing) run = useAppStore.getState().redo;
      else if (mod && key === 'o') run = actions.openFiles;
      else if (mod && key === 's') run = actions.downloadAll;
      else if (mod && key === 'b') run = actions.toggleYaml;
      else if (event.key === '?' && !typing && !mod) run = actions.help;
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
