import type { ClusterView } from './graphData';
import { namespaceNodeId } from './graphData';
import type { EdgePlan, FlowEdgeView } from './flowEdges';

/**
 * Folds the pods of the namespaces the user collapsed into their namespace node: each
 * edge with an end in a collapsed namespace is counted into one aggregated edge between
 * the (folded) ends, with allowed/denied counts of the pod pairs it stands for, as the
 * namespace map does. Flows inside one collapsed namespace have no edge to draw.
 */
export function collapseNamespaces(plan: EdgePlan, view: ClusterView, collapsed: ReadonlySet<string>): EdgePlan {
  if (collapsed.size === 0) return plan;
  const fold = (id: string) => {
    const ns = view.podsById.get(id)?.namespace;
    return ns !== undefined && collapsed.has(ns) ? namespaceNodeId(ns) : id;
  };
  const kept: FlowEdgeView[] = [];
  const sums = new Map<string, { from: string; to: string; allowed: number; denied: number }>();
  for (const edge of plan.edges) {
    const from = fold(edge.from);
    const to = fold(edge.to);
    if (from === edge.from && to === edge.to) {
      kept.push(edge);
      continue;
    }
    if (from === to) continue;
    const id = `${from}->${to}`;
    const sum = sums.get(id) ?? { from, to, allowed: 0, denied: 0 };
    sum.allowed += edge.counts?.allowed ?? (edge.verdict === 'allowed' ? 1 : 0);
    sum.denied += edge.counts?.denied ?? (edge.verdict === 'allowed' ? 0 : 1);
    sums.set(id, sum);
  }
  const folded: FlowEdgeView[] = [...sums.entries()].map(([id, s]) => ({
    id,
    from: s.from,
    to: s.to,
    verdict: s.denied === 0 ? 'allowed' : s.allowed === 0 ? 'denied' : 'mixed',
    ports: [],
    counts: { allowed: s.allowed, denied: s.denied },
  }));
  return { ...plan, edges: [...kept, ...folded] };
}
