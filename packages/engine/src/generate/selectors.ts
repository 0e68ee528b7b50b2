/**
 * Choosing the labels a generated policy selects a pod by, "like a person would": the
 * most specific label the pod's workload shares, preferring labels that say what the pod
 * *does* (`role`, `tier`, `type`) over labels that only name it (`app`, `name`).
 *
 * The rule a reviewer applies: a selector must keep selecting the same workload after the
 * next rollout and for every replica. So two families of keys are never proposed (they
 * stay listed, marked, so the user can still pick them knowingly):
 * - per-pod / per-rollout keys, which the controllers stamp on each ReplicaSet, revision,
 *   pod or Job run (`pod-template-hash`, `controller-revision-hash`, …);
 * - release-scoped keys, which a person or a chart bumps on every release (`version`,
 *   `helm.sh/chart`, …).
 */
import type { Cluster, PodEndpoint } from '../model';
import type { Labels } from '../selector';

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
export type LabelKind = 'role' | 'identity' | 'other' | 'volatile' | 'per-pod';
const KIND_RANK: Readonly<Record<LabelKind, number>> = {
  role: 0,
  identity: 1,
  other: 2,
  volatile: 3,
  'per-pod': 4,
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
  /** Every label of the pod, best first; unstable ones (`kind` volatile or per-pod) last. */
  readonly candidates: readonly SelectorCandidate[];
  /**
   * The labels to select the pod by: usually one label; more when no single label is as
   * specific as the pod's stable labels together. Only stable labels; empty when the pod
   * has none (the dialog then proposes adding one).
   */
  readonly preferred: Labels;
  /** How many pods of the namespace `preferred` selects. */
  readonly preferredSelects: number;
}

/** True for labels that a workload's pods share (not per-pod or per-rollout ones). */
export function isSelectableLabelKey(key: string): boolean {
  return !EXCLUDED_KEYS.has(key) && !EXCLUDED_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** True for keys a proposal may use: neither per-pod nor release-scoped. */
export function isStableLabelKey(key: string): boolean {
  const kind = labelKind(key);
  return kind !== 'volatile' && kind !== 'per-pod';
}

export function labelKind(key: string): LabelKind {
  if (!isSelectableLabelKey(key)) return 'per-pod';
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
 * Proposes the labels to select pod `podId` by. Unstable labels are listed last and never
 * preferred. Among the stable ones the preferred choice is the label that selects the
 * fewest pods of the namespace; ties go to role-like keys, then identity keys, then other
 * keys; then by key name, for stability. Returns undefined when the pod is unknown.
 */
export function proposeSelectors(cluster: Cluster, podId: string): SelectorProposal | undefined {
  const pod = cluster.pods.find((p) => p.id === podId);
  if (pod === undefined) return undefined;
  const sameNamespace = cluster.pods.filter((p) => p.namespace === pod.namespace);
  const candidates = Object.entries(pod.labels)
    .map(([key, value]): SelectorCandidate => ({
      key,
      value,
      kind: labelKind(key),
      podsInNamespace: countMatching(sameNamespace, { [key]: value }),
      podsInCluster: countMatching(cluster.pods, { [key]: value }),
    }))
    .sort(compareCandidates);
  const preferred = narrowest(
    candidates.filter((c) => isStableLabelKey(c.key)),
    sameNamespace,
  );
  return {
    podId,
    candidates,
    preferred,
    preferredSelects: countMatching(sameNamespace, preferred),
  };
}

function compareCandidates(a: SelectorCandidate, b: SelectorCandidate): number {
  const unstable = (c: SelectorCandidate) => (isStableLabelKey(c.key) ? 0 : 1);
  return (
    unstable(a) - unstable(b) ||
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
