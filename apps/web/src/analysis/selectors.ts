import type { Protocol } from '@netpol/engine';
import { useAppStore } from '../state/store';
import { useAnalysis } from './analysisStore';
import type { Derivation } from './derive';
import { clusterView, verdicts, withAddedNetworks, type ClusterView, type Verdicts } from './graphData';

/**
 * Memoised selectors over the analysis: each derived value is computed once per
 * analysis (and filter), however many components read it.
 */
const views = new WeakMap<Derivation, ClusterView>();
// Keyed by the engine model, not the view: the view with added networks has the same
// reachability, and recomputing it for a node the user adds would be waste.
const verdictCache = new WeakMap<ClusterView['model'], Map<string, Verdicts>>();
const withAdded = new WeakMap<ClusterView, { added: readonly string[]; view: ClusterView }>();

export function clusterViewOf(derivation: Derivation): ClusterView {
  let view = views.get(derivation);
  if (!view) {
    view = clusterView(derivation);
    views.set(derivation, view);
  }
  return view;
}

export function verdictsOf(view: ClusterView, port: string, protocol: Protocol): Verdicts {
  let byFilter = verdictCache.get(view.model);
  if (!byFilter) {
    byFilter = new Map();
    verdictCache.set(view.model, byFilter);
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
  const added = useAppStore((s) => s.addedNetworks);
  if (!derivation) return null;
  const base = clusterViewOf(derivation);
  // One merged view per (analysis, added list): every reader gets the same object.
  const cached = withAdded.get(base);
  if (cached && cached.added === added) return cached.view;
  const view = withAddedNetworks(base, added);
  withAdded.set(base, { added, view });
  return view;
}

/** Reachability for the port and protocol chosen in the filters. */
export function useVerdicts(): { view: ClusterView; verdicts: Verdicts } | null {
  const view = useClusterView();
  const port = useAppStore((s) => s.portFilter);
  const protocol = useAppStore((s) => s.protocolFilter);
  return view ? { view, verdicts: verdictsOf(view, port, protocol) } : null;
}
