/**
 * The reachability diff over the engine's compact matrices, never over pods². Pods present
 * on both sides are grouped by their (before class, after class): two pods with the same
 * pair of classes are told apart by neither side, so every pair of such groups changes (or
 * not) as one. Each group pair is compared once, and port-set differences are memoised by
 * the two port-set ids.
 */
import type { CompactMatrix } from '../matrix';
import type { PortSet } from '../model';
import { formatPortDifference, subtractPorts } from './portDiff';
import type { UncertainChange } from './uncertainChanges';
import { uncertainChanges } from './uncertainChanges';

/** A change between two groups: the ports gained and lost, as CLI labels (`TCP:80`, `all`). */
export interface GroupChange {
  readonly from: number;
  readonly to: number;
  readonly gained: readonly string[];
  readonly lost: readonly string[];
}

export interface CompactDiff {
  /** Pods on both sides, in the after side's order. */
  readonly pods: readonly string[];
  /** Per common pod: its group. */
  readonly groupOf: Int32Array;
  /** Per group: its pods (indices into `pods`). */
  readonly members: readonly (readonly number[])[];
  /** Group pairs whose pairs of distinct pods changed. */
  readonly changes: readonly GroupChange[];
  readonly addedPods: readonly string[];
  readonly removedPods: readonly string[];
  /** Pairs that became or stopped being unknown or ambiguous (see `uncertainChanges`). */
  readonly uncertain: readonly UncertainChange[];
}

/**
 * Compares two compact matrices of the same kind (both any-port, or both for the same
 * port). `before` and `after` may hold different pods; pairs are over pods on both sides.
 */
export function diffCompactMatrices(before: CompactMatrix, after: CompactMatrix): CompactDiff {
  const beforeIndex = new Map(before.pods.map((id, i) => [id, i]));
  const afterIds = new Set(after.pods);
  const pods: string[] = [];
  const groupKeys = new Map<number, number>();
  const groupOf: number[] = [];
  const members: number[][] = [];
  const groupClasses: { b: number; a: number }[] = [];
  after.pods.forEach((id, a) => {
    const b = beforeIndex.get(id);
    if (b === undefined) return;
    const cb = before.classOf[b] as number;
    const ca = after.classOf[a] as number;
    const key = cb * after.classCount + ca;
    let group = groupKeys.get(key);
    if (group === undefined) {
      group = members.length;
      groupKeys.set(key, group);
      members.push([]);
      groupClasses.push({ b: cb, a: ca });
    }
    (members[group] as number[]).push(pods.length);
    groupOf.push(group);
    pods.push(id);
  });
  const changes: GroupChange[] = [];
  const differ = cellDiffer(before, after);
  for (let s = 0; s < members.length; s++) {
    for (let d = 0; d < members.length; d++) {
      // A group alone with itself has no pair of distinct pods.
      if (s === d && (members[s] as number[]).length < 2) continue;
      const src = groupClasses[s] as { b: number; a: number };
      const dst = groupClasses[d] as { b: number; a: number };
      const change = differ(src.b, dst.b, src.a, dst.a);
      if (change) changes.push({ from: s, to: d, ...change });
    }
  }
  const beforeIds = new Set(before.pods);
  return {
    pods,
    groupOf: Int32Array.from(groupOf),
    members,
    changes,
    addedPods: after.pods.filter((id) => !beforeIds.has(id)),
    removedPods: before.pods.filter((id) => !afterIds.has(id)),
    uncertain: uncertainChanges(before, after),
  };
}

type Differ = (
  sb: number,
  db: number,
  sa: number,
  da: number,
) => { gained: readonly string[]; lost: readonly string[] } | undefined;

/** Compares one cell of each matrix: by port sets (any port) or by the allowed bit. */
function cellDiffer(before: CompactMatrix, after: CompactMatrix): Differ {
  // `allowedBits` layout (see CompactMatrix): bit s * classCount + d, 32 per word.
  const allowed = (m: CompactMatrix, s: number, d: number) => {
    const bit = s * m.classCount + d;
    return ((m.allowedBits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  };
  const beforeSets = before.pairPortSet;
  const afterSets = after.pairPortSet;
  if (!beforeSets || !afterSets || !before.portSets || !after.portSets) {
    const label = [`${after.protocol ?? 'TCP'}:${String(after.port)}`];
    const gained = { gained: label, lost: [] };
    const lost = { gained: [], lost: label };
    return (sb, db, sa, da) => {
      const was = allowed(before, sb, db);
      if (was === allowed(after, sa, da)) return undefined;
      return was ? lost : gained;
    };
  }
  const beforePortSets = before.portSets;
  const afterPortSets = after.portSets;
  // A port-set id says it all: a pair is allowed exactly when its port set is not empty.
  const memo = new Map<number, { gained: string[]; lost: string[] } | null>();
  return (sb, db, sa, da) => {
    const x = beforeSets[sb * before.classCount + db] as number;
    const y = afterSets[sa * after.classCount + da] as number;
    const key = x * afterPortSets.length + y;
    let change = memo.get(key);
    if (change === undefined) {
      const was = beforePortSets[x] as PortSet;
      const is = afterPortSets[y] as PortSet;
      const gained = subtractPorts(is, was);
      const lost = subtractPorts(was, is);
      change =
        gained.length + lost.length === 0
          ? null
          : { gained: formatPortDifference(gained), lost: formatPortDifference(lost) };
      memo.set(key, change);
    }
    return change ?? undefined;
  };
}

/** Ordered pairs of distinct pods a group change stands for. */
export function pairCount(diff: CompactDiff, change: GroupChange): number {
  const from = (diff.members[change.from] as readonly number[]).length;
  const to = (diff.members[change.to] as readonly number[]).length;
  return from * to - (change.from === change.to ? from : 0);
}

/** Pairs of distinct common pods whose ports did not change. */
export function unchangedPairs(diff: CompactDiff): number {
  const n = diff.pods.length;
  return diff.changes.reduce(
    (left, change) => left - pairCount(diff, change),
    n * Math.max(0, n - 1),
  );
}
