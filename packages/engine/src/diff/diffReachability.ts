/**
 * `diffReachability`: what changed between two workspaces, pair by pair, in the CLI's
 * contract shape. Both sides are computed as compact matrices of the same kind (any port,
 * or one port) and compared group by group (see `compactDiff.ts`).
 */
import type { PolicyModel } from '../evaluate';
import { computeMatrixCompact } from '../matrix';
import type { MatrixOptions } from '../matrix';
import type { CompactDiff } from './compactDiff';
import { diffCompactMatrices, unchangedPairs } from './compactDiff';
import type { PairChange } from './pairChanges';
import { pairChanges } from './pairChanges';
import type { UncertainChange } from './uncertainChanges';

export interface ReachabilityDiff {
  /** Pairs that may use ports after that they could not before (those ports). */
  readonly gained: readonly PairChange[];
  /** Pairs that lost ports (those ports). */
  readonly lost: readonly PairChange[];
  readonly addedPods: readonly string[];
  readonly removedPods: readonly string[];
  /** Pairs of distinct pods on both sides whose ports did not change. */
  readonly unchanged: number;
  /** Pairs that became or stopped being unknown or ambiguous, with both verdicts. */
  readonly uncertain: readonly UncertainChange[];
}

/** The compact diff of two models: every changed pair without listing pods². */
export function diffModels(
  before: PolicyModel,
  after: PolicyModel,
  options: MatrixOptions = {},
): CompactDiff {
  return diffCompactMatrices(
    computeMatrixCompact(before, options),
    computeMatrixCompact(after, options),
  );
}

/**
 * Every pair of distinct pods present on both sides whose allowed ports changed: `gained`
 * lists the ports allowed after and not before, `lost` the reverse. Sorted by source,
 * then destination.
 */
export function diffReachability(
  before: PolicyModel,
  after: PolicyModel,
  options: MatrixOptions = {},
): ReachabilityDiff {
  return expandDiff(diffModels(before, after, options));
}

/** Lists the pairs of a compact diff (for small diffs; large ones stream `pairChanges`). */
export function expandDiff(diff: CompactDiff): ReachabilityDiff {
  return {
    gained: [...pairChanges(diff, 'gained')],
    lost: [...pairChanges(diff, 'lost')],
    addedPods: diff.addedPods,
    removedPods: diff.removedPods,
    unchanged: unchangedPairs(diff),
    uncertain: diff.uncertain,
  };
}
