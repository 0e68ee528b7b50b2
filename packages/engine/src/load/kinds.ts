/**
 * The kinds the engine understands, which of them are cluster-scoped, and the API
 * versions the apiserver still serves for them.
 */

/** Kinds the engine reads; everything else is kept but reported as ignored. */
export const KNOWN_KINDS: ReadonlySet<string> = new Set([
  'Namespace',
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Service',
  'NetworkPolicy',
  'Node',
  'ClusterNetworkPolicy',
]);

/**
 * Well-known cluster-scoped kinds: they get no default namespace. Unknown kinds not
 * listed here are treated as namespaced, like most custom resources.
 */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'ClusterIssuer',
  'GlobalNetworkPolicy',
  'AdminNetworkPolicy',
  'BaselineAdminNetworkPolicy',
  'ClusterNetworkPolicy',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** `kind: List` and typed lists (`PodList`) as `kubectl get -o yaml` prints them. */
export function isListKind(kind: string): boolean {
  return kind === 'List' || (kind.length > 4 && kind.endsWith('List'));
}

/** The API versions served today for each known kind. */
const SERVED_VERSIONS: Readonly<Record<string, string>> = {
  Namespace: 'v1',
  Pod: 'v1',
  Service: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  NetworkPolicy: 'networking.k8s.io/v1',
};

/**
 * Group versions the apiserver used to serve and the release that removed them:
 * `extensions/v1beta1` NetworkPolicy and workloads, `apps/v1beta1|2` in 1.16,
 * `batch/v1beta1` CronJob in 1.25. `kubectl apply` then fails with "no matches for kind".
 */
const REMOVED_IN: Readonly<Record<string, string>> = {
  'extensions/v1beta1': '1.16',
  'apps/v1beta1': '1.16',
  'apps/v1beta2': '1.16',
  'batch/v1beta1': '1.25',
  'batch/v2alpha1': '1.21',
};

/** A message when `apiVersion` is not served for `kind`, or undefined when it is fine. */
export function unservedVersionMessage(apiVersion: string, kind: string): string | undefined {
  const served = SERVED_VERSIONS[kind];
  if (!served || served === apiVersion) return undefined;
  const removedIn = REMOVED_IN[apiVersion];
  const since = removedIn ? ` since Kubernetes ${removedIn}` : '';
  return `${kind} ${apiVersion} is not served${since}, use ${served}`;
}
