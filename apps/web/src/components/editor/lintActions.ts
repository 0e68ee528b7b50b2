/**
 * Lints in the editor: markers at the field each finding is about, and Monaco quick fixes
 * (code actions) that apply the engine's own fix edits. The provider is registered once
 * for YAML and reads the lints of the text currently shown (set by the editor component).
 */
import { applyEdits } from '@netpol/engine';
import type { LintFinding } from '@netpol/engine';
import { useAppStore } from '../../state/store';
import { monaco } from './monacoSetup';

/** Applies a finding's fix to the store's text as a command: one undo step of its own. */
const APPLY_FIX = 'netpol.applyLintFix';

/** The owner of lint markers (engine diagnostics and monaco-yaml have their own). */
export const LINT_MARKER_OWNER = 'netpol-lint';

const SEVERITY = { error: 8, warning: 4, info: 2 } as const;

export function lintMarkers(lints: readonly LintFinding[]): monaco.editor.IMarkerData[] {
  return lints.map((f) => {
    const { startLine, startColumn, endLine, endColumn } = f.range;
    const empty = startLine === endLine && endColumn <= startColumn;
    return {
      severity: SEVERITY[f.severity],
      message: f.message,
      code: f.code,
      source: 'netpol lint',
      startLineNumber: startLine,
      startColumn,
      endLineNumber: endLine,
      endColumn: empty ? startColumn + 1 : endColumn,
    };
  });
}

let shown: { lints: readonly LintFinding[]; text: string | null } = { lints: [], text: null };
let registered = false;

/** Tells the quick-fix provider which lints belong to which text. */
export function setShownLints(lints: readonly LintFinding[], text: string | null): void {
  shown = { lints, text };
}

/** Registers the quick-fix provider (once per page). */
export function registerLintQuickFixes(): void {
  if (registered) return;
  registered = true;
  monaco.editor.registerCommand(APPLY_FIX, (_accessor, finding: LintFinding) => {
    useAppStore.getState().flushPendingEdits();
    const { text, setText } = useAppStore.getState();
    if (!finding.fix || text !== shown.text) return;
    setText(applyEdits(text, finding.fix.edits), 'command');
  });
  monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(model, _range, context) {
      // The fix edits are offsets into the analysed text: never apply them to another one.
      if (shown.text === null || model.getValue() !== shown.text)
        return { actions: [], dispose() {} };
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        const finding = shown.lints.find(
          (f) =>
            f.fix &&
            f.code === marker.code &&
            f.range.startLine === marker.startLineNumber &&
            f.range.startColumn === marker.startColumn,
        );
        if (!finding?.fix) continue;
        actions.push({
          title: `${finding.fix.title} (${finding.code})`,
          kind: 'quickfix',
          isPreferred: true,
          diagnostics: [marker],
          // A command, not a workspace edit: the store's text changes as one undo step
          // (an edit of the model would join the typing burst around it).
          command: { id: APPLY_FIX, title: finding.fix.title, arguments: [finding] },
        });
      }
      return { actions, dispose() {} };
    },
  });
}
