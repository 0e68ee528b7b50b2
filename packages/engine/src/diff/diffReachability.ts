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

export interface PairChange {
  readonly from: string;
  readonly to: string;
  readonly ports: readonly string[];
}

export interface ReachabilityDiff {
  /** Pairs that may use ports after that they could not before (those ports). */
  readonly gained: readonly PairChange[];
  /** Pairs that lost ports (those ports). */
  readonly lost: readonly PairChange[];
  readonly addedPods: readonly string[];
  readonly removedPods: readonly string[];
  /** Pairs of distinct pods on both sides whose ports did not change. */
  readonly unchanged: number;
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

/** Lists the pairs of a compact diff. */
export function expandDiff(diff: CompactDiff): ReachabilityDiff {
  const gained: { from: number; to: number; ports: readonly string[] }[] = [];
  const lost: { from: number; to: number; ports: readonly string[] }[] = [];
  for (const change of diff.changes) {
    for (const i of diff.members[change.from] ?? []) {
      for (const j of diff.members[change.to] ?? []) {
        if (i === j) continue;
        if (change.gained.length > 0) gained.push({ from: i, to: j, ports: change.gained });
        if (change.lost.length > 0) lost.push({ from: i, to: j, ports: change.lost });
      }
    }
  }
  const ids = diff.pods;
  const order = (a: { from: number; to: number }, b: { from: number; to: number }) =>
    compare(ids[a.from] as string, ids[b.from] as string) ||
    compare(ids[a.to] as string, ids[b.to] as string);
  const named = (list: typeof gained): PairChange[] =>
    list
      .sort(order)
      .map((c) => ({ from: ids[c.from] as string, to: ids[c.to] as string, ports: c.ports }));
  return {
    gained: named(gained),
    lost: named(lost),
    addedPods: diff.addedPods,
    removedPods: diff.removedPods,
    unchanged: unchangedPairs(diff),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
