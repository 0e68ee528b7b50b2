import type { Labels } from '../selector';
import type { Protocol } from './k8s';
import type { ObjectRef } from './source';

export interface NamespaceInfo {
  readonly name: string;
  /** Always includes `kubernetes.io/metadata.name: <name>`, as the apiserver sets it. */
  readonly labels: Labels;
  /** True when pods or policies use the namespace but no Namespace object declares it. */
  readonly implied: boolean;
  readonly source?: ObjectRef;
}

/** A container port a pod exposes; `name` is '' for unnamed ports. */
export interface PodPort {
  readonly name: string;
  readonly port: number;
  readonly protocol: Protocol;
}

/** Where a pod came from: a Pod object, or the template of a workload. */
export interface PodOrigin {
  readonly kind: string;
  readonly name: string;
  /** Replica count of a workload (1 for a bare Pod; DaemonSet: undefined). */
  readonly replicas?: number;
  /** A Pod's controller (`ownerReferences` with `controller: true`): what the app groups by. */
  readonly owner?: { readonly kind: string; readonly name: string };
}

/**
 * A pod as the engine sees it: a network endpoint. A workload contributes one
 * representative pod built from its template and named after the workload.
 */
export interface PodEndpoint {
  /** `namespace/name`: the id used everywhere (CLI, app, tests). */
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly labels: Labels;
  /** `status.podIPs`/`status.podIP` when known; may be empty. */
  readonly ips: readonly string[];
  readonly ports: readonly PodPort[];
  readonly hostNetwork: boolean;
  readonly origin: PodOrigin;
  readonly source: ObjectRef;
}

export interface Cluster {
  readonly namespaces: readonly NamespaceInfo[];
  readonly pods: readonly PodEndpoint[];
  /** `kind: Node` objects: what ClusterNetworkPolicy `nodes` peers match. */
  readonly nodes?: readonly NodeInfo[];
}

/** A Node as ClusterNetworkPolicy sees it: labels, and the IPs of `status.addresses`. */
export interface NodeInfo {
  readonly name: string;
  readonly labels: Labels;
  readonly ips: readonly string[];
  readonly source: ObjectRef;
}
