/**
 * Pairs whose verdict became, or stopped being, unknown or ambiguous (ClusterNetworkPolicy
 * `domainNames` peers, priority ties). The matrices list such cells in `uncertain` with
 * their allowed bit at 0, so the port diff alone would call "allowed → unknown" a plain
 * loss; this list says what each side really decided. Only cells listed as uncertain on
 * either side can qualify, so the cost follows those lists, never pods².
 */
import type { CompactMatrix } from '../matrix';
import { compactAllowed } from '../matrix';

/** A pair's verdict as `matrix --json` words it (`allowed` with any-port: some port). */
export type PairVerdict = 'allowed' | 'denied' | 'unknown' | 'ambiguous';

export interface UncertainChange {
  readonly from: string;
  readonly to: string;
  readonly before: PairVerdict;
  readonly after: PairVerdict;
}

/** Verdict of pod pair (i, j) of one matrix: its uncertain cell, else its allowed bit. */
function verdictOf(matrix: CompactMatrix): (i: number, j: number) => PairVerdict {
  const n = matrix.pods.length;
  const uncertain = new Map<number, PairVerdict>();
  for (const cell of matrix.uncertain ?? []) uncertain.set(cell.from * n + cell.to, cell.verdict);
  return (i, j) =>
    uncertain.get(i * n + j) ?? (compactAllowed(matrix, i, j) ? 'allowed' : 'denied');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pairs of distinct pods present on both sides whose verdict differs and is unknown or
 * ambiguous on at least one side, sorted by source then destination id.
 */
export function uncertainChanges(
  before: CompactMatrix,
  after: CompactMatrix,
): readonly UncertainChange[] {
  if ((before.uncertain?.length ?? 0) + (after.uncertain?.length ?? 0) === 0) return [];
  const beforeIndex = new Map(before.pods.map((id, i) => [id, i]));
  const afterIndex = new Map(after.pods.map((id, i) => [id, i]));
  const candidates = new Map<string, readonly [string, string]>();
  for (const side of [before, after])
    for (const cell of side.uncertain ?? []) {
      const from = side.pods[cell.from] as string;
      const to = side.pods[cell.to] as string;
      candidates.set(`${from}\n${to}`, [from, to]);
    }
  const was = verdictOf(before);
  const is = verdictOf(after);
  const changes: UncertainChange[] = [];
  for (const [from, to] of candidates.values()) {
    const bf = beforeIndex.get(from);
    const bt = beforeIndex.get(to);
    const af = afterIndex.get(from);
    const at = afterIndex.get(to);
    if (bf === undefined || bt === undefined || af === undefined || at === undefined) continue;
    const change = { from, to, before: was(bf, bt), after: is(af, at) };
    if (change.before !== change.after) changes.push(change);
  }
  return changes.sort((x, y) => compare(x.from, y.from) || compare(x.to, y.to));
}
