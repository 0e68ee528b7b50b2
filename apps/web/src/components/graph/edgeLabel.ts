import type { FlowEdgeView } from '../../analysis/flowEdges';

/** `TCP:6379,UDP:53` → `TCP 6379, UDP 53`; `all` → `all ports`. */
export function portsLabel(ports: readonly string[]): string {
  if (ports.includes('all')) return 'all ports';
  const shown = ports.slice(0, 2).map((p) => p.replace(':', ' '));
  return ports.length > 2 ? `${shown.join(', ')} +${ports.length - 2}` : shown.join(', ');
}

/** An aggregate's pod pairs, short: `✓ 4`, `✕ 25` or `✓ 4 · ✕ 21`. */
function countsLabel({ allowed, denied }: { allowed: number; denied: number }): string {
  if (denied === 0) return `✓ ${allowed}`;
  if (allowed === 0) return `✕ ${denied}`;
  return `✓ ${allowed} · ✕ ${denied}`;
}

/**
 * The text on an edge's label: its ports when allowed, ✕ when denied, `? unknown` or
 * `? ambiguous`, counts for an aggregate; prefixed by the cluster tier that decided the
 * flow (Admin, Baseline), which a NetworkPolicy cannot change.
 */
export function edgeLabelText(view: FlowEdgeView): string {
  const text = view.counts
    ? countsLabel(view.counts)
    : view.verdict === 'allowed'
      ? portsLabel(view.ports)
      : view.verdict === 'unknown' || view.verdict === 'ambiguous'
        ? `? ${view.verdict}`
        : '✕';
  return view.tier ? `${view.tier} ${text}` : text;
}
