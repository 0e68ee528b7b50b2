import type { PodEndpoint } from '@netpol/engine';

/**
 * Raw Pods (a `kubectl get pods -o yaml` dump) of one workload, to draw as one node.
 * Workload manifests are one node already (the engine builds one representative pod).
 */
export interface PodGroup {
  /** `ns/<workload or group name>`: the node id the graph, edges and explanations use. */
  readonly id: string;
  readonly name: string;
  readonly ownerKind: string;
  /** Engine pod ids, sorted; the first stands for the group in the matrix and in explanations. */
  readonly members: readonly string[];
}

const HASH_LABEL = 'pod-template-hash';

/** The name of a Pod's workload: its controller (ReplicaSet → Deployment), else its labels. */
function groupName(pod: PodEndpoint): { name: string; kind: string } | undefined {
  if (pod.origin.kind !== 'Pod') return undefined;
  const owner = pod.origin.owner;
  if (owner) {
    const hash = pod.labels[HASH_LABEL];
    // A ReplicaSet of a Deployment is `<deployment>-<pod-template-hash>`: name the Deployment.
    if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`)) {
      return { name: owner.name.slice(0, -hash.length - 1), kind: 'Deployment' };
    }
    return { name: owner.name, kind: owner.kind };
  }
  const labels = Object.keys(pod.labels);
  if (labels.length === 0) return undefined;
  const app = pod.labels['app.kubernetes.io/name'] ?? pod.labels['app'];
  return { name: app ?? labels.sort().map((k) => `${k}=${pod.labels[k]}`).join(','), kind: 'Pod' };
}

/** Pods with no owner group by identical labels; pods with an owner by that owner. */
function groupKey(pod: PodEndpoint, name: string): string {
  if (pod.origin.owner) return `${pod.namespace}\u0000owner\u0000${pod.origin.owner.kind}/${pod.origin.owner.name}`;
  const labels = Object.keys(pod.labels).sort().map((k) => [k, pod.labels[k]]);
  return `${pod.namespace}\u0000labels\u0000${name}\u0000${JSON.stringify(labels)}`;
}

/**
 * Groups raw Pods of one workload. `classOf` is the engine's matrix class of a pod (pods no
 * policy tells apart): a group whose pods are not all in one class is NOT grouped, because
 * one node would then claim one verdict for pods that have different ones — the picture
 * must stay true. A group whose name is already a pod's id stays apart for the same reason.
 */
export function podGroups(
  pods: readonly PodEndpoint[],
  classOf: (podId: string) => number | undefined,
): PodGroup[] {
  const candidates = new Map<string, { name: string; kind: string; ns: string; members: PodEndpoint[] }>();
  for (const pod of pods) {
    const named = groupName(pod);
    if (!named) continue;
    const key = groupKey(pod, named.name);
    const entry = candidates.get(key) ?? { ...named, ns: pod.namespace, members: [] };
    entry.members.push(pod);
    candidates.set(key, entry);
  }
  const taken = new Set(pods.map((p) => p.id));
  const groups: PodGroup[] = [];
  for (const c of candidates.values()) {
    if (c.members.length < 2) continue;
    const id = `${c.ns}/${c.name}`;
    const classes = new Set(c.members.map((m) => classOf(m.id)));
    if (classes.size !== 1 || classes.has(undefined) || taken.has(id)) continue;
    taken.add(id);
    groups.push({ id, name: c.name, ownerKind: c.kind, members: c.members.map((m) => m.id).sort() });
  }
  return groups;
}
