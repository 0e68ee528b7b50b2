import type { PolicyEdit } from '@netpol/engine';
import { allowFlow } from '../../commands/graphCommands';
import { runCommand } from '../../commands/command';
import { minimalReplacement } from '../editor/textDiff';
import { useAppStore } from '../../state/store';
import type { TextRange } from '../../state/workspaceSlice';
import { INTERNET_ID, type EndpointId } from './allowIntent';
import { parseNodeId } from '../../analysis/graphData';

/** Line/column (1-based) of an offset of `text`. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The whole lines of `after` that differ from `before`. */
export function changedLines(before: string, after: string): TextRange | null {
  const change = minimalReplacement(before, after);
  if (!change) return null;
  const start = position(after, change.start);
  const end = position(after, change.start + change.text.length);
  return {
    startLine: start.line,
    startColumn: 1,
    endLine: Math.max(start.line, end.line),
    endColumn: end.column,
  };
}

/**
 * Writes the edits, then shows what changed: the YAML pane reveals the new or changed
 * document (without taking focus), the flow is selected (so the graph and Explain show
 * it), and a notice offers Undo.
 */
export function writeAllowEdits(
  edits: readonly PolicyEdit[],
  flow: { from: EndpointId; to: EndpointId },
): boolean {
  const store = useAppStore.getState();
  store.flushPendingEdits();
  const before = useAppStore.getState().text;
  if (!runCommand(allowFlow, { edits })) return false;
  const after = useAppStore.getState().text;
  const range = changedLines(before, after);
  if (range) store.revealInEditor(range, { focus: false });
  if (
    flow.from !== INTERNET_ID &&
    flow.to !== INTERNET_ID &&
    parseNodeId(flow.from).kind !== 'namespace'
  )
    store.selectFlow(flow);
  const names = edits
    .map((e) => `${e.policy.metadata.namespace}/${e.policy.metadata.name}`)
    .join(' and ');
  // One notice for the last Create: a second Create replaces it (Undo undoes the last one).
  const id = 'allow-created';
  store.notify({
    id,
    tone: 'success',
    text: edits.some((e) => e.kind === 'extend')
      ? `Added a rule to ${names}.`
      : `Created ${names}.`,
    actions: [
      {
        label: 'Undo',
        run: () => {
          useAppStore.getState().dismissNotice(id);
          useAppStore.getState().undo();
        },
      },
    ],
  });
  return true;
}
