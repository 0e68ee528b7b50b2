import type { Protocol } from '@netpol/engine';
import { useAppStore } from '../state/store';
import { useAnalysis } from './analysisStore';
import type { Derivation } from './derive';
import { clusterView, verdicts, type ClusterView, type Verdicts } from './graphData';

/**
 * Memoised selectors over the analysis: each derived value is computed once per
 * analysis (and filter), however many components read it.
 */
const views = new WeakMap<Derivation, ClusterView>();
const verdictCache = new WeakMap<ClusterView, Map<string, Verdicts>>();

export function clusterViewOf(derivation: Derivation): ClusterView {
  let view = views.get(derivation);
  if (!view) {
    view = clusterView(derivation);
    views.set(derivation, view);
  }
  return view;
}

export function verdictsOf(view: ClusterView, port: string, protocol: Protocol): Verdicts {
  let byFilter = verdictCache.get(view);
  if (!byFilter) {
    byFilter = new Map();
    verdictCache.set(view, byFilter);
  }
  const key = `${protocol}/${port.trim()}`;
  let v = byFilter.get(key);
  if (!v) {
    v = verdicts(view, port, protocol);
    byFilter.set(key, v);
  }
  return v;
}

/** The pods, namespaces and external networks of the current analysis. */
export function useClusterView(): ClusterView | null {
  const derivation = useAnalysis();
  return derivation ? clusterViewOf(derivation) : null;
}

/** Reachability for the port and protocol chosen in the filters. */
export function useVerdicts(): { view: ClusterView; verdicts: Verdicts } | null {
  const view = useClusterView();
  const port = useAppStore((s) => s.portFilter);
  const protocol = useAppStore((s) => s.protocolFilter);
  return view ? { view, verdicts: verdictsOf(view, port, protocol) } : null;
}
