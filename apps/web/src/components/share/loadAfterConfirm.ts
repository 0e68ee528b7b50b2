import { useAppStore } from '../../state/store';
import { requestReplace, useReplaceRequest } from '../importExport/replaceRequest';

/**
 * Loads `text` as the workspace through the workspace's own replace mechanism (at once when
 * the workspace holds no edits of the user's, else after the replace dialog). Resolves to
 * whether the text was loaded (false: the user kept their work).
 */
export function loadAfterConfirm(what: string, text: string): Promise<boolean> {
  const loaded = () => useAppStore.getState().text === text;
  useAppStore.getState().flushPendingEdits();
  if (loaded()) return Promise.resolve(true);
  requestReplace({ what, text, canAppend: false });
  if (useReplaceRequest.getState().pending === null) return Promise.resolve(loaded());
  return new Promise((resolve) => {
    const unsubscribe = useReplaceRequest.subscribe((state) => {
      if (state.pending !== null) return;
      unsubscribe();
      resolve(loaded());
    });
  });
}
