/**
 * The expectations document in its own Monaco model (lazily loaded with the YAML editor):
 * typing is written to the store (debounced) as undo steps of the workspace's one history
 * (Ctrl/Cmd+Z here undoes the last change of either document, as in the YAML editor), and
 * the document's own problems are markers at their line and column.
 */
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '@netpol/engine';
import { monaco } from '../editor/monacoSetup';
import { toMarkers } from '../editor/markers';
import { useAppStore } from '../../state/store';
import { onFlushPendingEdits } from '../../state/workspaceSlice';
import styles from '../editor/YamlEditor.module.css';

export const EXPECTATIONS_MODEL_URI = 'file:///workspace/netpol-expectations.yaml';
const OWNER = 'netpol-expectations';
const DEBOUNCE_MS = 150;

function expectationsModel(): monaco.editor.ITextModel {
  const uri = monaco.Uri.parse(EXPECTATIONS_MODEL_URI);
  const text = useAppStore.getState().expectationsText;
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, 'yaml', uri);
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  if (model.getValue() !== text) model.setValue(text);
  return model;
}

export default function ExpectationsEditor({
  diagnostics,
}: {
  diagnostics: readonly Diagnostic[];
}) {
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const model = expectationsModel();
    const editor = monaco.editor.create(container.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineHeight: 20,
      tabSize: 2,
      insertSpaces: true,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      ariaLabel: 'Expectations YAML editor',
      editContext: false,
      stickyScroll: { enabled: false },
      wordWrap: 'on',
    });
    editorRef.current = editor;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      useAppStore.getState().setExpectationsText(model.getValue());
    };
    const typed = model.onDidChangeContent(() => {
      clearTimeout(timer);
      timer = setTimeout(write, DEBOUNCE_MS);
    });
    // Undo must see the last keys as a step of their own before stepping back.
    const unregisterFlush = onFlushPendingEdits(() => {
      if (timer === undefined) return;
      clearTimeout(timer);
      write();
    });
    const { KeyMod, KeyCode } = monaco;
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => useAppStore.getState().undo());
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () =>
      useAppStore.getState().redo(),
    );
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => useAppStore.getState().redo());
    // Text set elsewhere (a restored workspace, undo, redo) reaches the model.
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (
        state.expectationsText !== previous.expectationsText &&
        state.expectationsText !== model.getValue()
      )
        model.setValue(state.expectationsText);
    });
    return () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        write();
      }
      unsubscribe();
      unregisterFlush();
      typed.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, OWNER, toMarkers(diagnostics));
  }, [diagnostics]);

  return <div ref={container} className={styles.editor} data-testid="expectations-editor" />;
}
