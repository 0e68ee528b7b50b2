import { useEffect } from 'react';
import { allActions, isEnabled } from './actions';
import { inEditor, isTyping, matchesKeys } from './keys';

/**
 * The one keydown listener for every action's keys. While a modal dialog is open only
 * `everywhere` chords work (the dialog owns its keys: Enter, Escape, Tab).
 */
export function useActionShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const editor = inEditor(event.target);
      const typing = isTyping(event.target) || editor;
      const dialogOpen = document.querySelector('dialog[open]') !== null;
      for (const action of allActions()) {
        if (!action.keys?.some((keys) => matchesKeys(event, keys))) continue;
        const scope = action.scope ?? 'not-typing';
        if (scope === 'not-typing' && typing) continue;
        if (scope === 'outside-editor' && editor) continue;
        if (scope !== 'everywhere' && dialogOpen) continue;
        if (!isEnabled(action)) continue;
        event.preventDefault();
        action.run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
