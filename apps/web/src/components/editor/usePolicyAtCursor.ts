import { useEffect, useRef, type RefObject } from 'react';
import { useAnalysis } from '../../analysis/analysisStore';
import { policyAtOffset } from '../../analysis/policyAtCursor';
import { useAppStore } from '../../state/store';
import type { monaco } from './monacoSetup';

/**
 * The policy view from the editor: putting the cursor in a policy's document (by mouse or
 * keyboard) selects that policy, as clicking it in the list does. Moves the app makes
 * (reveal, typing, undo) do not, and a cursor outside every policy leaves the selection
 * as it is, so a policy chosen in the list stays chosen while the user reads other YAML.
 */
export function usePolicyAtCursor(editorRef: RefObject<monaco.editor.IStandaloneCodeEditor | null>): void {
  const derivation = useAnalysis();
  const latest = useRef(derivation);
  latest.current = derivation;
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return undefined;
    const listener = editor.onDidChangeCursorPosition((e) => {
      // The user's own moves only: a move while the editor has no focus (a reveal the app
      // makes after a click in the policy list) must not override what was just chosen.
      if ((e.source !== 'mouse' && e.source !== 'keyboard') || !editor.hasTextFocus()) return;
      const model = editor.getModel();
      const current = latest.current;
      if (!model || !current) return;
      const id = policyAtOffset(current, model.getValue(), model.getOffsetAt(e.position));
      if (id && useAppStore.getState().selectedPolicy !== id) useAppStore.getState().selectPolicy(id);
    });
    return () => listener.dispose();
  }, [editorRef]);
}
