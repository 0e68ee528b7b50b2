/**
 * The kinds the engine understands, which of them are cluster-scoped, and the API
 * versions the apiserver still serves for them.
 */
import { suggestion } from '../util';

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

/**
 * The kinds each built-in API group serves (`kubectl api-resources`, Kubernetes 1.34;
 * `''` is the core group of `apiVersion: v1`). A kind outside its group's list is one
 * the apiserver does not serve: `kubectl apply` answers "no matches for kind".
 */
const BUILT_IN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  '': [
    'Binding',
    'ComponentStatus',
    'ConfigMap',
    'Endpoints',
    'Event',
    'LimitRange',
    'Namespace',
    'Node',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'Pod',
    'PodTemplate',
    'ReplicationController',
    'ResourceQuota',
    'Secret',
    'Service',
    'ServiceAccount',
  ],
  apps: ['ControllerRevision', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet'],
  batch: ['CronJob', 'Job'],
  'networking.k8s.io': ['Ingress', 'IngressClass', 'IPAddress', 'NetworkPolicy', 'ServiceCIDR'],
  policy: ['Eviction', 'PodDisruptionBudget'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
  'storage.k8s.io': [
    'CSIDriver',
    'CSINode',
    'CSIStorageCapacity',
    'StorageClass',
    'VolumeAttachment',
    'VolumeAttributesClass',
  ],
  autoscaling: ['HorizontalPodAutoscaler', 'Scale'],
  'admissionregistration.k8s.io': [
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
    'MutatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
  ],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'apiregistration.k8s.io': ['APIService'],
  'certificates.k8s.io': ['CertificateSigningRequest', 'ClusterTrustBundle'],
  'coordination.k8s.io': ['Lease', 'LeaseCandidate'],
  'discovery.k8s.io': ['EndpointSlice'],
  'events.k8s.io': ['Event'],
  'flowcontrol.apiserver.k8s.io': ['FlowSchema', 'PriorityLevelConfiguration'],
  'node.k8s.io': ['RuntimeClass'],
  'scheduling.k8s.io': ['PriorityClass'],
  'resource.k8s.io': ['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'],
  'authentication.k8s.io': ['SelfSubjectReview', 'TokenReview'],
  'authorization.k8s.io': [
    'LocalSubjectAccessReview',
    'SelfSubjectAccessReview',
    'SelfSubjectRulesReview',
    'SubjectAccessReview',
  ],
};

/** How the engine treats a kind it does not model. */
export type KindVerdict =
  /** A real kind of a built-in group, or any kind of another group (a CRD): ignored. */
  | { readonly kind: 'ignored' }
  /** A kind its built-in group does not serve: kubectl would refuse the object. */
  | { readonly kind: 'not-served'; readonly message: string; readonly hint?: string };

/** The API group of an `apiVersion` (`networking.k8s.io/v1` → `networking.k8s.io`, `v1` → ''). */
function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * Classifies a kind the engine does not read (`KNOWN_KINDS` are checked by validation).
 * Kinds compare case-sensitively, as the apiserver's REST mapper does: `networkpolicy`
 * is not served.
 */
export function classifyUnmodelledKind(apiVersion: string, kind: string): KindVerdict {
  const group = groupOf(apiVersion);
  if (!Object.hasOwn(BUILT_IN_GROUPS, group)) return { kind: 'ignored' };
  const served = BUILT_IN_GROUPS[group] ?? [];
  if (served.includes(kind)) return { kind: 'ignored' };
  const message = `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}`;
  const inGroup = suggestion(kind, served, Math.max(2, Math.floor(kind.length / 2)));
  if (inGroup) return { kind: 'not-served', message, hint: `Did you mean "${inGroup}"?` };
  const elsewhere = Object.entries(BUILT_IN_GROUPS).find(([, kinds]) => kinds.includes(kind));
  if (elsewhere) {
    const where = elsewhere[0] === '' ? 'apiVersion v1' : `the ${elsewhere[0]} API group`;
    return { kind: 'not-served', message, hint: `${kind} is served in ${where}` };
  }
  const anywhere = suggestion(kind, Object.values(BUILT_IN_GROUPS).flat());
  return anywhere
    ? { kind: 'not-served', message, hint: `Did you mean "${anywhere}"?` }
    : { kind: 'not-served', message };
}
