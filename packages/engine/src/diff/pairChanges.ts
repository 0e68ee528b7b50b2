/**
 * The changed pairs of a compact diff, one at a time, sorted by source then destination
 * id, and their counts. A 10,000-pod diff can change tens of millions of pairs: callers
 * stream them (the CLI writes them as it goes) instead of holding them all.
 */
import type { CompactDiff, GroupChange } from './compactDiff';
import { pairCount, unchangedPairs } from './compactDiff';

export interface PairChange {
  readonly from: string;
  readonly to: string;
  readonly ports: readonly string[];
}

export type ChangeKind = 'gained' | 'lost';

export interface DiffCounts {
  readonly gained: number;
  readonly lost: number;
  readonly unchanged: number;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Pairs that gained (or lost) ports, in order of source id, then destination id. */
export function* pairChanges(diff: CompactDiff, kind: ChangeKind): Generator<PairChange> {
  const groups = diff.members.length;
  const table: (GroupChange | undefined)[] = new Array(groups * groups);
  const rowChanged = new Array<boolean>(groups).fill(false);
  for (const change of diff.changes) {
    if (change[kind].length === 0) continue;
    table[change.from * groups + change.to] = change;
    rowChanged[change.from] = true;
  }
  const ids = diff.pods;
  const order = ids.map((_, i) => i).sort((a, b) => compare(ids[a] as string, ids[b] as string));
  for (const i of order) {
    const row = (diff.groupOf[i] as number) * groups;
    if (!rowChanged[diff.groupOf[i] as number]) continue;
    for (const j of order) {
      if (i === j) continue;
      const change = table[row + (diff.groupOf[j] as number)];
      if (change) yield { from: ids[i] as string, to: ids[j] as string, ports: change[kind] };
    }
  }
}

/** How many pairs gained ports, lost ports (a pair may do both), and did not change. */
export function diffCounts(diff: CompactDiff): DiffCounts {
  let gained = 0;
  let lost = 0;
  for (const change of diff.changes) {
    const pairs = pairCount(diff, change);
    if (change.gained.length > 0) gained += pairs;
    if (change.lost.length > 0) lost += pairs;
  }
  return { gained, lost, unchanged: unchangedPairs(diff) };
}
