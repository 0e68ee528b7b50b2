import { useAnalysis } from './analysisStore';
import { changedFlows, type FlowChange } from './changedFlows';
import type { Derivation } from './derive';
import type { Verdicts } from './graphData';
import { clusterViewOf, verdictsOf } from './selectors';

/**
 * The analysis before the last change of the text, for each analysis seen. Re-analyses
 * of the same text (none today, but cheap to allow) keep the same "before".
 */
const before = new WeakMap<Derivation, Derivation | null>();
let last: Derivation | null = null;
const cache = new WeakMap<Verdicts, Map<string, FlowChange>>();
const NONE: ReadonlyMap<string, FlowChange> = new Map();

function previousOf(derivation: Derivation): Derivation | null {
  if (!before.has(derivation)) {
    const previous = last && last.text === derivation.text ? (before.get(last) ?? null) : last;
    before.set(derivation, previous);
  }
  if (last !== derivation) last = derivation;
  return before.get(derivation) ?? null;
}

/**
 * The flows the last change of the workspace text changed (`changedFlows`), for the
 * graph's port filter: `gained` or `lost` by flow key, until the next change of the text.
 */
export function useChangedFlows(port: string, protocol: Verdicts['protocol']): ReadonlyMap<string, FlowChange> {
  const derivation = useAnalysis();
  if (!derivation) return NONE;
  const previous = previousOf(derivation);
  if (!previous) return NONE;
  const view = clusterViewOf(derivation);
  const verdicts = verdictsOf(view, port, protocol);
  let changes = cache.get(verdicts);
  if (!changes) {
    const old = clusterViewOf(previous);
    changes = changedFlows({ view: old, verdicts: verdictsOf(old, port, protocol) }, { view, verdicts });
    cache.set(verdicts, changes);
  }
  return changes;
}
