import type { EdgePlan, FlowEdgeView } from './flowEdges';
import { pairPorts, type ClusterView, type Verdicts } from './graphData';

/**
 * The edge plan with an edge for every marked pod pair it lacks (changed since the compare
 * baseline, or pinned by an expectation) (a gained flow between
 * pods no policy isolates any more has no edge of its own). Aggregated plans are left as
 * they are: their namespace edges stand for many pairs.
 */
export function withComparedEdges<P extends EdgePlan>(
  plan: P,
  view: ClusterView,
  v: Verdicts,
  changed: ReadonlyMap<string, unknown>,
): P {
  if (plan.aggregated || changed.size === 0) return plan;
  const present = new Set(plan.edges.map((e) => e.id));
  const extra: FlowEdgeView[] = [];
  for (const id of changed.keys()) {
    if (present.has(id)) continue;
    const [from = '', to = ''] = id.split('->');
    if (!view.podsById.has(from) || !view.podsById.has(to)) continue;
    const ports = pairPorts(v, from, to);
    extra.push({ id, from, to, verdict: ports.length > 0 ? 'allowed' : 'denied', ports });
  }
  return extra.length === 0 ? plan : { ...plan, edges: [...plan.edges, ...extra] };
}
