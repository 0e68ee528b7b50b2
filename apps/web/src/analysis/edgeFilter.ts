import type { FlowChange } from './changedFlows';
import { parseNodeId } from './graphData';
import type { EdgePlan, FlowEdgeView } from './flowEdges';

/** Which verdicts the graph draws (the `verdict-filter` select). */
export type VerdictFilter = 'auto' | 'allowed' | 'denied' | 'all';
export const VERDICT_FILTERS: readonly VerdictFilter[] = ['auto', 'allowed', 'denied', 'all'];

/**
 * `auto` draws every verdict while policies decide at most this many pod pairs (a
 * workspace the size of the seed's, where each red edge is the point); above it, the
 * allowed flows plus the denied ones that matter now.
 */
export const AUTO_ALL_PAIRS = 30;

/** What makes a denied flow matter under `auto`: it just changed, or it touches the selection. */
export interface EdgeFocus {
  readonly changed: ReadonlyMap<string, FlowChange>;
  readonly selectedPod: string | null;
  readonly selectedNamespace: string | null;
  /** Pods of the selected policy (its targets and peers). */
  readonly policyPods?: ReadonlySet<string>;
}

export interface FilteredPlan extends EdgePlan {
  /** What `auto` resolved to, for the toolbar's note. */
  readonly effective: VerdictFilter | 'focus';
  /** Edges the verdict filter left out. */
  readonly filteredOut: number;
}

function namespaceOf(id: string): string | null {
  const node = parseNodeId(id);
  if (node.kind === 'namespace') return node.name;
  return id.includes('/') ? id.slice(0, id.indexOf('/')) : null;
}

function touches(edge: FlowEdgeView, focus: EdgeFocus): boolean {
  const ends = [edge.from, edge.to];
  if (focus.selectedPod && ends.includes(focus.selectedPod)) return true;
  if (focus.selectedNamespace && ends.some((id) => namespaceOf(id) === focus.selectedNamespace)) return true;
  return !!focus.policyPods && ends.some((id) => focus.policyPods?.has(id));
}

const hasAllowed = (e: FlowEdgeView) => e.verdict === 'allowed' || (e.counts?.allowed ?? 0) > 0;
const hasDenied = (e: FlowEdgeView) => e.verdict === 'denied' || (e.counts?.denied ?? 0) > 0;

/** Applies the verdict filter to a plan; `auto` looks at how many pod pairs policies decide. */
export function filterEdges(plan: EdgePlan, filter: VerdictFilter, focus: EdgeFocus): FilteredPlan {
  const effective = filter === 'auto' ? (plan.podEdgeCount <= AUTO_ALL_PAIRS ? 'all' : 'focus') : filter;
  const keep = (e: FlowEdgeView): boolean => {
    switch (effective) {
      case 'all':
        return true;
      case 'allowed':
        return hasAllowed(e);
      case 'denied':
        return hasDenied(e);
      case 'focus':
        return hasAllowed(e) || focus.changed.has(e.id) || touches(e, focus);
      default: {
        const never: never = effective;
        return never;
      }
    }
  };
  const edges = plan.edges.filter(keep);
  return { ...plan, edges, effective, filteredOut: plan.edges.length - edges.length };
}
