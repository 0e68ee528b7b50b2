import { STALE_FILE } from './derive';
import { podIsolation } from './engineAdapter';
import { engineIdOf, type ClusterView } from './graphData';
import { useClusterView } from './selectors';

/** Node ids whose outgoing / incoming flows depend on a last good (stale) version. */
export interface StaleEnds {
  readonly from: ReadonlySet<string>;
  readonly to: ReadonlySet<string>;
}

const NONE: StaleEnds = { from: new Set(), to: new Set() };
const cache = new WeakMap<ClusterView, StaleEnds>();

/**
 * Which flows are drawn from a last good version: those of a stale pod, the egress of a
 * pod isolated by a stale policy and the ingress of a pod it isolates for ingress.
 */
export function staleEndsOf(view: ClusterView): StaleEnds {
  const known = cache.get(view);
  if (known) return known;
  const stalePolicy = view.policies.some((p) => p.ref.file === STALE_FILE);
  const stalePods = view.pods.filter((p) => p.stale);
  let ends = NONE;
  if (stalePolicy || stalePods.length > 0) {
    const from = new Set(stalePods.map((p) => p.id));
    const to = new Set(from);
    if (stalePolicy) {
      for (const pod of view.pods) {
        const iso = podIsolation(view.model, engineIdOf(view, pod.id));
        if (iso.egress.some((ref) => ref.file === STALE_FILE)) from.add(pod.id);
        if (iso.ingress.some((ref) => ref.file === STALE_FILE)) to.add(pod.id);
      }
    }
    ends = { from, to };
  }
  cache.set(view, ends);
  return ends;
}

/** Is the flow `from → to` drawn from a last good version? */
export function useIsStaleFlow(from: string, to: string): boolean {
  const view = useClusterView();
  if (!view) return false;
  const ends = staleEndsOf(view);
  return ends.from.has(from) || ends.to.has(to);
}
