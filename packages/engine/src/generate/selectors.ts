/**
 * Choosing the labels a generated policy selects a pod by, "like a person would": the
 * most specific label the pod's workload shares, preferring labels that say what the pod
 * *does* (`role`, `tier`, `type`) over labels that only name it (`app`, `name`).
 */
import type { Cluster, PodEndpoint } from '../model/cluster';
import type { Labels } from '../selector/labelSelector';

/**
 * Label keys that identify one pod or one rollout rather than the workload: selecting on
 * them would miss the other replicas (`pod-template-hash` differs per ReplicaSet,
 * `statefulset.kubernetes.io/pod-name` per pod, `job-name`/`batch.kubernetes.io/*` per Job run).
 */
const EXCLUDED_KEYS = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'pod-template-generation',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'job-name',
  'controller-uid',
]);
const EXCLUDED_PREFIXES = ['batch.kubernetes.io/'];

/** Keys that express a role: a policy on them states intent ("redis clients may talk to redis"). */
const ROLE_KEYS = ['role', 'type', 'tier', 'component', 'app.kubernetes.io/component'];
/** Keys that name the workload. */
const IDENTITY_KEYS = [
  'app',
  'name',
  'app.kubernetes.io/name',
  'k8s-app',
  'app.kubernetes.io/instance',
];
/** Keys that change with every release: a policy on them breaks on the next upgrade. */
const VOLATILE_KEYS = [
  'version',
  'app.kubernetes.io/version',
  'helm.sh/chart',
  'chart',
  'heritage',
  'release',
  'app.kubernetes.io/managed-by',
];

/** How a label key ranks when two labels select equally few pods (lower is preferred). */
export type LabelKind = 'role' | 'identity' | 'other' | 'volatile';
const KIND_RANK: Readonly<Record<LabelKind, number>> = {
  role: 0,
  identity: 1,
  other: 2,
  volatile: 3,
};

/** One label a policy could select the pod by, with how much it selects. */
export interface SelectorCandidate {
  readonly key: string;
  readonly value: string;
  readonly kind: LabelKind;
  /** Pods of the pod's namespace that carry this label (the pod included). */
  readonly podsInNamespace: number;
  /** Pods of the whole cluster that carry it. */
  readonly podsInCluster: number;
}

export interface SelectorProposal {
  readonly podId: string;
  /** Every usable label, best first. */
  readonly candidates: readonly SelectorCandidate[];
  /**
   * The labels to select the pod by: usually one label; more when no single label is as
   * specific as the pod's labels together. Empty when the pod has no usable label.
   */
  readonly preferred: Labels;
  /** How many pods of the namespace `preferred` selects. */
  readonly preferredSelects: number;
}

/** True for labels that a workload's pods share (not per-pod or per-rollout ones). */
export function isSelectableLabelKey(key: string): boolean {
  return !EXCLUDED_KEYS.has(key) && !EXCLUDED_PREFIXES.some((prefix) => key.startsWith(prefix));
}

export function labelKind(key: string): LabelKind {
  if (ROLE_KEYS.includes(key)) return 'role';
  if (IDENTITY_KEYS.includes(key)) return 'identity';
  if (VOLATILE_KEYS.includes(key)) return 'volatile';
  return 'other';
}

/** The labels of a pod a selector may use. */
export function selectableLabels(labels: Labels): Labels {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => isSelectableLabelKey(key)));
}

/**
 * Proposes the labels to select pod `podId` by. The preferred choice is the label that
 * selects the fewest pods of the namespace (every label of the pod selects its whole
 * workload, since per-pod labels are excluded); ties go to role-like keys, then identity
 * keys, then other keys, then version-like keys; then by key name, for stability.
 * Returns undefined when the pod is unknown.
 */
export function proposeSelectors(cluster: Cluster, podId: string): SelectorProposal | undefined {
  const pod = cluster.pods.find((p) => p.id === podId);
  if (pod === undefined) return undefined;
  const sameNamespace = cluster.pods.filter((p) => p.namespace === pod.namespace);
  const candidates = Object.entries(selectableLabels(pod.labels))
    .map(([key, value]): SelectorCandidate => ({
      key,
      value,
      kind: labelKind(key),
      podsInNamespace: countMatching(sameNamespace, { [key]: value }),
      podsInCluster: countMatching(cluster.pods, { [key]: value }),
    }))
    .sort(compareCandidates);
  const preferred = narrowest(candidates, sameNamespace);
  return {
    podId,
    candidates,
    preferred,
    preferredSelects: countMatching(sameNamespace, preferred),
  };
}

function compareCandidates(a: SelectorCandidate, b: SelectorCandidate): number {
  return (
    a.podsInNamespace - b.podsInNamespace ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.podsInCluster - b.podsInCluster ||
    a.key.localeCompare(b.key)
  );
}

/**
 * Starts from the best single label and adds the next-best labels only while that makes
 * the selection smaller, stopping once it is as small as all the labels together allow
 * (pods `{app: web, tier: front}` beside `{app: web, tier: back}` and `{app: api, tier: front}`
 * need both labels).
 */
function narrowest(candidates: readonly SelectorCandidate[], pods: readonly PodEndpoint[]): Labels {
  const [best, ...rest] = candidates;
  if (best === undefined) return {};
  const all = Object.fromEntries(candidates.map((c) => [c.key, c.value]));
  const floor = countMatching(pods, all);
  const chosen: Record<string, string> = { [best.key]: best.value };
  let count = best.podsInNamespace;
  for (const next of rest) {
    if (count <= floor) break;
    const tried = { ...chosen, [next.key]: next.value };
    const triedCount = countMatching(pods, tried);
    if (triedCount < count) {
      chosen[next.key] = next.value;
      count = triedCount;
    }
  }
  return chosen;
}

function countMatching(pods: readonly PodEndpoint[], labels: Labels): number {
  let count = 0;
  for (const pod of pods) if (hasAll(pod.labels, labels)) count++;
  return count;
}

function hasAll(labels: Labels, required: Labels): boolean {
  for (const [key, value] of Object.entries(required)) if (labels[key] !== value) return false;
  return true;
}
