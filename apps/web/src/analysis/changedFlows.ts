import type { ClusterView, Verdicts } from './graphData';

/** One version of the workspace as the graph sees it: its pods and their reachability. */
export interface FlowSnapshot {
  readonly view: ClusterView;
  readonly verdicts: Verdicts;
}

/** How a flow changed: `gained` = now allowed, or more ports; `lost` = now denied, or fewer ports. */
export type FlowChange = 'gained' | 'lost';

/** The key of a pod-to-pod flow, the same as its edge's id: `ns/a->ns/b`. */
export const flowKey = (from: string, to: string) => `${from}->${to}`;

/** Past this many changed flows the map stops growing (a deny-all over 5,000 pods changes 25 million). */
export const CHANGED_LIMIT = 5000;

/** The allowed ports of a class pair as one comparable value: null when denied. */
function portsOf(v: Verdicts, sourceClass: number, destinationClass: number): readonly string[] | null {
  const m = v.matrix;
  const bit = sourceClass * m.classCount + destinationClass;
  if (((m.allowedBits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return null;
  if (v.port !== undefined || !m.pairPortSet) return ['all'];
  return v.portLabels[m.pairPortSet[bit] as number] ?? [];
}

/** Whether the port label `inner` (`TCP:80`, `TCP:80-90`, `TCP:http`) lies inside `outer`. */
function portWithin(inner: string, outer: string): boolean {
  if (inner === outer) return true;
  const range = /^(\w+):(\d+)(?:-(\d+))?$/;
  const a = range.exec(inner);
  const b = range.exec(outer);
  if (!a || !b || a[1] !== b[1]) return false;
  const lo = (m: RegExpExecArray) => Number(m[2]);
  const hi = (m: RegExpExecArray) => Number(m[3] ?? m[2]);
  return lo(a) >= lo(b) && hi(a) <= hi(b);
}

/** Compares two port lists as the CLI prints them; undefined when equal. */
export function comparePorts(before: readonly string[] | null, after: readonly string[] | null): FlowChange | undefined {
  if (before === after) return undefined;
  if (before === null) return 'gained';
  if (after === null) return 'lost';
  if (before.length === after.length && before.every((p, i) => p === after[i])) return undefined;
  if (after.includes('all')) return 'gained';
  if (before.includes('all')) return 'lost';
  return before.every((p) => after.some((q) => portWithin(p, q))) ? 'gained' : 'lost';
}

/**
 * The flows a change of the workspace text changed: pod pairs present before and after
 * whose verdict or port set differs (for the same port filter). A paste that replaces
 * every pod changes no flow. Pods are grouped by their pair of matrix classes (before,
 * after): pods in one group are told apart by no policy of either version, so only group
 * pairs are compared, and a 5,000-pod workspace costs no more than its classes.
 */
export function changedFlows(
  before: FlowSnapshot,
  after: FlowSnapshot,
  limit = CHANGED_LIMIT,
): Map<string, FlowChange> {
  const changes = new Map<string, FlowChange>();
  const groups = new Map<string, { before: number; after: number; pods: string[] }>();
  for (const pod of after.view.pods) {
    const i = before.verdicts.index.get(pod.id);
    const j = after.verdicts.index.get(pod.id);
    if (i === undefined || j === undefined) continue;
    const cb = before.verdicts.matrix.classOf[i] as number;
    const ca = after.verdicts.matrix.classOf[j] as number;
    const key = `${cb}/${ca}`;
    let group = groups.get(key);
    if (!group) {
      group = { before: cb, after: ca, pods: [] };
      groups.set(key, group);
    }
    group.pods.push(pod.id);
  }
  const list = [...groups.values()];
  for (const a of list) {
    for (const b of list) {
      const change = comparePorts(portsOf(before.verdicts, a.before, b.before), portsOf(after.verdicts, a.after, b.after));
      if (!change) continue;
      for (const from of a.pods) {
        for (const to of b.pods) {
          if (from === to) continue;
          if (changes.size >= limit) return changes;
          changes.set(flowKey(from, to), change);
        }
      }
    }
  }
  return changes;
}
