/**
 * The expectations document in its own Monaco model (lazily loaded with the YAML editor):
 * typing is written to the store (debounced), and the document's own problems are
 * markers at their line and column.
 */
import { useEffect, useRef } from 'react';
import type { Diagnostic } from '@netpol/engine';
import { monaco } from '../editor/monacoSetup';
import { toMarkers } from '../editor/markers';
import { useAppStore } from '../../state/store';
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
    // Text set elsewhere (a restored workspace) reaches the model.
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
