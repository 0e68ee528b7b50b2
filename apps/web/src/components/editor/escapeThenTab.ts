import { monaco } from './monacoSetup';

/**
 * Tab indents inside the editor, so it would trap keyboard users. Escape, then Tab (or
 * Shift+Tab) leaves it: Escape switches Monaco's tab-focus mode on until the next other
 * key or until the editor loses focus. (Monaco's own Ctrl+M toggles the same mode for good.)
 */
export function escapeThenTabLeaves(editor: monaco.editor.IStandaloneCodeEditor): monaco.IDisposable {
  let armed = false;
  const disarm = () => {
    if (!armed) return;
    armed = false;
    editor.updateOptions({ tabFocusMode: false });
  };
  const keys = editor.onKeyDown((event) => {
    if (event.keyCode === monaco.KeyCode.Escape) {
      armed = true;
      editor.updateOptions({ tabFocusMode: true });
    } else if (event.keyCode !== monaco.KeyCode.Tab && event.keyCode !== monaco.KeyCode.Shift) {
      disarm();
    }
  });
  const blur = editor.onDidBlurEditorText(disarm);
  return {
    dispose: () => {
      keys.dispose();
      blur.dispose();
    },
  };
}
