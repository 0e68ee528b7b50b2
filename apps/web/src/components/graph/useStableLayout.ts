import { useRef } from 'react';
import { isAllowedAt, type ClusterView } from '../../analysis/graphData';
import { verdictsOf } from '../../analysis/selectors';
import { layoutCluster, structureKey, type AllowedPair, type Dagre, type Layout } from './layout';

/** Past this many pods the layout ignores flows (enumerating every pair would cost too much). */
const FLOWS_UP_TO_PODS = 1500;

/** The pod pairs a policy decides (one side isolated) and allows on some port. */
export function allowedPairs(view: ClusterView): AllowedPair[] {
  if (view.pods.length > FLOWS_UP_TO_PODS) return [];
  const v = verdictsOf(view, '', 'TCP');
  const pairs: AllowedPair[] = [];
  const index = view.pods.map((p) => v.index.get(p.id) ?? -1);
  view.pods.forEach((a, i) => {
    view.pods.forEach((b, j) => {
      if (i === j || !(a.egressIsolated || b.ingressIsolated)) return;
      const ai = index[i] as number;
      const bj = index[j] as number;
      if (ai >= 0 && bj >= 0 && isAllowedAt(v, ai, bj)) pairs.push([a.id, b.id]);
    });
  });
  return pairs;
}

/**
 * The layered layout, computed from the allowed flows when the pods or namespaces change
 * (or on Re-layout, which bumps `epoch`), and kept while only policies or labels change:
 * editing a policy never moves a node.
 */
export function useStableLayout(
  view: ClusterView | null,
  engine: { dagre: Dagre | null; ready: boolean },
  epoch: number,
  collapsed: ReadonlySet<string>,
): Layout | null {
  const cache = useRef<{ key: string; layout: Layout } | null>(null);
  if (!view || !engine.ready) return null;
  const key = `${structureKey(view)}#${epoch}#${[...collapsed].join(',')}`;
  if (cache.current?.key !== key) {
    cache.current = { key, layout: layoutCluster(view, allowedPairs(view), engine.dagre, collapsed) };
  }
  return cache.current.layout;
}
