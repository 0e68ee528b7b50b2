/**
 * Compare mode's changes: the flows gained and lost since a baseline, for the port and
 * protocol the graph shows. Built over the engine's compact matrices (the baseline's and
 * the current picture's), so it costs one more matrix, not a pair-by-pair walk. The map is
 * keyed like the graph's edges (`from->to`), as `changedFlows.ts` is for the last edit.
 */
import { analyze, diffCompactMatrices, diffCounts, pairChanges } from '@netpol/engine';
import type { CompactDiff, DiffCounts, PairChange } from '@netpol/engine';
import { reachability } from './engineAdapter';
import type { Verdicts } from './graphData';

export type FlowChange = 'gained' | 'lost';

export interface CompareResult {
  /** Edge id (`from->to`) → how the flow changed. At most `MAX_MARKED` entries. */
  readonly changed: ReadonlyMap<string, FlowChange>;
  /** The first changes of each kind, for the list (sorted by source, then destination). */
  readonly gained: readonly PairChange[];
  readonly lost: readonly PairChange[];
  readonly counts: DiffCounts;
  readonly addedPods: readonly string[];
  readonly removedPods: readonly string[];
}

/** Changes marked on the graph and listed; the counts stay exact beyond it. */
export const MAX_MARKED = 500;

const baselineModels = new Map<string, ReturnType<typeof analyze>['model']>();

/** The baseline's policy model, analysed once per baseline text (the last few kept). */
function baselineModel(text: string) {
  let model = baselineModels.get(text);
  if (!model) {
    model = analyze([{ file: 'baseline.yaml', text }]).model;
    if (baselineModels.size >= 3) baselineModels.clear();
    baselineModels.set(text, model);
  }
  return model;
}

function firstOf(diff: CompactDiff, kind: FlowChange): PairChange[] {
  const out: PairChange[] = [];
  for (const change of pairChanges(diff, kind)) {
    if (out.length >= MAX_MARKED) break;
    out.push(change);
  }
  return out;
}

export function compareFlows(baselineText: string, current: Verdicts): CompareResult {
  const model = baselineModel(baselineText);
  const before = reachability(model, current.port, current.protocol);
  const diff = diffCompactMatrices(before, current.matrix);
  const gained = firstOf(diff, 'gained');
  const lost = firstOf(diff, 'lost');
  const changed = new Map<string, FlowChange>();
  // A pair that gained some ports and lost others counts as gained: it is allowed now.
  for (const c of lost) changed.set(`${c.from}->${c.to}`, 'lost');
  for (const c of gained) changed.set(`${c.from}->${c.to}`, 'gained');
  return {
    changed,
    gained,
    lost,
    counts: diffCounts(diff),
    addedPods: diff.addedPods,
    removedPods: diff.removedPods,
  };
}
