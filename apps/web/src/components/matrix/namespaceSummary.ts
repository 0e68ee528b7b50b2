import type { ClusterView, Verdicts } from '../../analysis/graphData';

/** One namespace pair: how many of its pod pairs are allowed, out of how many. */
export interface NamespaceCell {
  readonly from: string;
  readonly to: string;
  readonly allowed: number;
  readonly total: number;
}

export type CellState = 'allowed' | 'partly' | 'denied' | 'empty';

export const cellState = (c: NamespaceCell): CellState =>
  c.total === 0 ? 'empty' : c.allowed === c.total ? 'allowed' : c.allowed === 0 ? 'denied' : 'partly';

/**
 * Namespace × namespace reachability for the filter: for each ordered pair of namespaces,
 * the allowed and total pod pairs (a pod and itself not counted). Pods are counted by
 * (namespace, matrix class) first, since pods of one class are told apart by no policy,
 * so a 5,000-pod cluster costs its classes, not its 25 million pairs.
 */
export function namespaceSummary(view: ClusterView, v: Verdicts): { namespaces: string[]; cells: NamespaceCell[][] } {
  // `ns-2` before `ns-10`, as the pod matrix orders pods.
  const namespaces = view.namespaces.map((n) => n.name).sort(new Intl.Collator('en', { numeric: true }).compare);
  const nsIndex = new Map(namespaces.map((n, i) => [n, i]));
  const groups = new Map<string, { ns: number; cls: number; size: number }>();
  for (const pod of view.pods) {
    const row = v.index.get(pod.id);
    const ns = nsIndex.get(pod.namespace);
    if (row === undefined || ns === undefined) continue;
    const cls = v.matrix.classOf[row] as number;
    const key = `${ns}/${cls}`;
    const g = groups.get(key) ?? { ns, cls, size: 0 };
    g.size += 1;
    groups.set(key, g);
  }
  const allowed = namespaces.map(() => new Array<number>(namespaces.length).fill(0));
  const total = namespaces.map(() => new Array<number>(namespaces.length).fill(0));
  const { allowedBits, classCount } = v.matrix;
  const list = [...groups.values()];
  for (const a of list) {
    for (const b of list) {
      const pairs = a === b ? a.size * (a.size - 1) : a.size * b.size;
      if (pairs === 0) continue;
      const bit = a.cls * classCount + b.cls;
      const ok = ((allowedBits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
      (total[a.ns] as number[])[b.ns]! += pairs;
      if (ok) (allowed[a.ns] as number[])[b.ns]! += pairs;
    }
  }
  const cells = namespaces.map((from, i) =>
    namespaces.map((to, j) => ({ from, to, allowed: allowed[i]?.[j] ?? 0, total: total[i]?.[j] ?? 0 })),
  );
  return { namespaces, cells };
}
