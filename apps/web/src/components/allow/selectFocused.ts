
import type { FlowPair } from '../../state/graphSlice';
import { parseNodeId } from '../../analysis/graphData';

/**
 * Keyboard selection in the graph: the focused React Flow node (`data-id` is our node id:
 * `ns/pod` or `ns:<name>`) or edge (its `flow-edge` path carries the pair) is selected as
 * a click would select it. Returns whether something was selected.
 */
export function selectFocused(
  target: EventTarget | null,
  select: {
    selectPod: (id: string) => void;
    selectNamespace: (name: string) => void;
    selectFlow: (flow: FlowPair) => void;
  },
): boolean {
  if (!(target instanceof Element)) return false;
  if (target.classList.contains('react-flow__node')) {
    const id = target.getAttribute('data-id') ?? '';
    const node = parseNodeId(id);
    if (node.kind === 'namespace') select.selectNamespace(node.name);
    else if (id && node.kind === 'pod') select.selectPod(id);
    return id !== '';
  }
  if (target.classList.contains('react-flow__edge')) {
    const edge = target.querySelector('[data-testid="flow-edge"]');
    const from = edge?.getAttribute('data-from');
    const to = edge?.getAttribute('data-to');
    if (from && to) select.selectFlow({ from, to });
    return Boolean(from && to);
  }
  return false;
}
