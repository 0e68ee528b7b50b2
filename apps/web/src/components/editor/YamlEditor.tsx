/**
 * The Monaco YAML editor (its own lazily loaded chunk). The store's text is the truth:
 * typing is written to it (debounced), and every other change of the text (commands, undo,
 * imports) is applied to the model as one minimal edit so the cursor does not jump.
 * Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z inside the editor go to the store's one history.
 */
import { useEffect, useRef } from 'react';
import type { Diagnostic, LintFinding } from '@netpol/engine';
import { monaco } from './monacoSetup';
import { WORKSPACE_MODEL_URI } from './k8sSchema';
import { minimalReplacement } from './textDiff';
import { ENGINE_MARKER_OWNER, toMarkers } from './markers';
import { escapeThenTabLeaves } from './escapeThenTab';
import { guardYamlService } from './yamlServiceGuard';
import { usePolicyAtCursor } from './usePolicyAtCursor';
import {
  LINT_MARKER_OWNER,
  lintMarkers,
  registerLintQuickFixes,
  setShownLints,
} from './lintActions';
import { useAppStore } from '../../state/store';
import { onFlushPendingEdits, type RevealRequest } from '../../state/workspaceSlice';
import styles from './YamlEditor.module.css';

/**
 * Typed text reaches the store (and so the graph) at once after a pause, then at most once
 * per this many ms while keys keep coming; the text after the last key always arrives.
 */
export const TYPING_THROTTLE_MS = 50;
/**
 * A burst of typing becomes an undo step this long after its last key (with the history's
 * own 1 s grouping on top). The text is already in the store by then: see `showTypedText`.
 */
export const TYPING_DEBOUNCE_MS = 150;

/** The last reveal request the editor carried out (requests may come while it is hidden). */
let handledRevealSeq = 0;

function reveal(editor: monaco.editor.IStandaloneCodeEditor, request: RevealRequest) {
  handledRevealSeq = request.seq;
  const { startLine, startColumn, endLine, endColumn } = request.range;
  // Selected from its end back to its start, so the cursor sits at the start.
  const selection = new monaco.Selection(endLine, endColumn, startLine, startColumn);
  editor.setSelection(selection);
  editor.revealRangeInCenterIfOutsideViewport(selection);
  if (request.focus !== false) editor.focus();
}

function workspaceModel(): monaco.editor.ITextModel {
  const uri = monaco.Uri.parse(WORKSPACE_MODEL_URI);
  const text = useAppStore.getState().text;
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, 'yaml', uri);
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  if (model.getValue() !== text) model.setValue(text);
  return model;
}

/** Applies `text` to the editor as the smallest single edit; returns where the edit ends. */
function applyExternalText(editor: monaco.editor.IStandaloneCodeEditor, text: string) {
  const model = editor.getModel();
  const change = model && minimalReplacement(model.getValue(), text);
  if (!model || !change) return null;
  const start = model.getPositionAt(change.start);
  const end = model.getPositionAt(change.end);
  const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
  editor.executeEdits('netpol-canvas', [{ range, text: change.text }]);
  return model.getPositionAt(change.start + change.text.length);
}

export default function YamlEditor({
  diagnostics,
  lints = [],
  lintedText = null,
}: {
  diagnostics: readonly Diagnostic[];
  /** The engine's lints and the text they were computed on (markers and quick fixes). */
  lints?: readonly LintFinding[];
  lintedText?: string | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    if (!container.current) return;
    registerLintQuickFixes();
    const model = workspaceModel();
    const editor = monaco.editor.create(container.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineHeight: 20,
      tabSize: 2,
      insertSpaces: true,
      scrollBeyondLastLine: false,
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      ariaLabel: 'Workspace YAML editor',
      // Dark mode follows the system setting, as the rest of the app does (read at mount).
      theme: typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'vs-dark' : 'vs',
      quickSuggestions: { other: true, comments: false, strings: true },
      // A hidden textarea, not Chromium's EditContext: with EditContext keys reach the page
      // from a plain <div>, and page-level shortcuts (React Flow's Space-to-pan) swallow them.
      editContext: false,
      // Lines pinned over the top of the text made long manifests harder to read, not easier.
      stickyScroll: { enabled: false },
      scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 8 },
      // Long comments and strings wrap instead of hiding behind a horizontal scrollbar.
      wordWrap: 'on',
      wrappingIndent: 'same',
    });
    editorRef.current = editor;
    const tabEscape = escapeThenTabLeaves(editor);
    const yamlGuard = guardYamlService(monaco, editor, model, {
      wordWrap: 'on',
      folding: true,
      occurrencesHighlight: 'singleFile',
      selectionHighlight: true,
      matchBrackets: 'always',
      renderWhitespace: 'selection',
    });

    let showTimer: ReturnType<typeof setTimeout> | undefined;
    let recordTimer: ReturnType<typeof setTimeout> | undefined;
    let lastShownAt = -Infinity;
    let applyingExternal = false;
    const show = () => {
      clearTimeout(showTimer);
      showTimer = undefined;
      lastShownAt = performance.now();
      useAppStore.getState().showTypedText(model.getValue());
    };
    /** Records the typing as an undo step (and shows it, if not yet shown). */
    const flush = () => {
      if (recordTimer === undefined) return;
      clearTimeout(recordTimer);
      clearTimeout(showTimer);
      recordTimer = showTimer = undefined;
      useAppStore.getState().setText(model.getValue(), 'editor');
    };
    const typed = model.onDidChangeContent(() => {
      if (applyingExternal) return;
      clearTimeout(recordTimer);
      recordTimer = setTimeout(flush, TYPING_DEBOUNCE_MS);
      if (showTimer !== undefined) return; // `show` reads the latest text
      const wait = lastShownAt + TYPING_THROTTLE_MS - performance.now();
      // After a pause, at once: the analysis starts before Monaco paints the keystroke (a
      // timeout would run only after that frame, 15–20 ms later). Showing the text costs
      // about a millisecond; the analysis runs in a worker and the graph in a later task.
      if (wait <= 0) show();
      else showTimer = setTimeout(show, wait);
    });
    const unregisterFlush = onFlushPendingEdits(flush);

    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.text !== previous.text && state.text !== model.getValue()) {
        const historyStep = state.lastChange === 'undo' || state.lastChange === 'redo';
        yamlGuard.prepareFor(state.text);
        applyingExternal = true;
        const end = applyExternalText(editor, state.text);
        applyingExternal = false;
        // Undo/redo moves the cursor to the change, as editors do; commands leave it be;
        // a new workspace (example, files) starts at the top.
        if (state.lastChange === 'load' || state.lastChange === 'restore') {
          editor.setPosition({ lineNumber: 1, column: 1 });
          editor.setScrollTop(0);
        } else if (end && historyStep && editor.hasTextFocus()) {
          editor.setPosition(end);
          editor.revealPositionInCenterIfOutsideViewport(end);
        }
      }
      const request = state.revealRequest;
      if (request && request !== previous.revealRequest) reveal(editor, request);
    });
    const pending = useAppStore.getState().revealRequest;
    if (pending && pending.seq > handledRevealSeq) reveal(editor, pending);

    const { KeyMod, KeyCode } = monaco;
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, () => useAppStore.getState().undo());
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, () =>
      useAppStore.getState().redo(),
    );
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, () => useAppStore.getState().redo());

    if (window.__netpol) {
      window.__netpol.editor = {
        cursor: () => {
          const p = editor.getPosition();
          return { line: p?.lineNumber ?? 0, column: p?.column ?? 0 };
        },
        value: () => model.getValue(),
        markers: () =>
          monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
            line: m.startLineNumber,
            column: m.startColumn,
            message: m.message,
            owner: m.owner,
          })),
      };
    }

    return () => {
      if (window.__netpol) delete window.__netpol.editor;
      flush();
      unsubscribe();
      unregisterFlush();
      typed.dispose();
      tabEscape.dispose();
      yamlGuard.dispose();
      editor.dispose();
      editorRef.current = null;
    };
  }, []);
  // After the effect above, so the editor exists when it subscribes.
  usePolicyAtCursor(editorRef);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, ENGINE_MARKER_OWNER, toMarkers(diagnostics));
  }, [diagnostics]);

  useEffect(() => {
    setShownLints(lints, lintedText);
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelMarkers(model, LINT_MARKER_OWNER, lintMarkers(lints));
  }, [lints, lintedText]);

  return <div ref={container} className={styles.editor} data-testid="monaco-host" />;
}
