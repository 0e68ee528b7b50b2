/**
 * The subset of Kubernetes API object shapes the engine reads, as they appear in YAML.
 * Fields are optional and nullable because user input is; validation says what is wrong.
 */
import type { LabelSelector, Labels } from '../selector';

export interface ObjectMeta {
  readonly name?: string;
  readonly generateName?: string;
  readonly namespace?: string;
  readonly labels?: Labels | null;
  readonly annotations?: Readonly<Record<string, string>> | null;
}

export interface NetworkPolicyPort {
  readonly protocol?: string | null;
  readonly port?: number | string | null;
  readonly endPort?: number | null;
}

export interface IPBlock {
  readonly cidr: string;
  readonly except?: readonly string[] | null;
}

export interface NetworkPolicyPeer {
  readonly podSelector?: LabelSelector | null;
  readonly namespaceSelector?: LabelSelector | null;
  readonly ipBlock?: IPBlock | null;
}

export interface NetworkPolicyIngressRule {
  readonly ports?: readonly NetworkPolicyPort[] | null;
  readonly from?: readonly NetworkPolicyPeer[] | null;
}

export interface NetworkPolicyEgressRule {
  readonly ports?: readonly NetworkPolicyPort[] | null;
  readonly to?: readonly NetworkPolicyPeer[] | null;
}

export type PolicyType = 'Ingress' | 'Egress';

export interface NetworkPolicySpec {
  readonly podSelector?: LabelSelector | null;
  readonly ingress?: readonly NetworkPolicyIngressRule[] | null;
  readonly egress?: readonly NetworkPolicyEgressRule[] | null;
  readonly policyTypes?: readonly string[] | null;
}

export interface NetworkPolicyObject {
  readonly apiVersion: string;
  readonly kind: 'NetworkPolicy';
  readonly metadata: ObjectMeta;
  readonly spec: NetworkPolicySpec;
}

export interface ContainerPort {
  readonly name?: string;
  readonly containerPort?: number;
  readonly protocol?: string;
}

export interface PodSpecLike {
  readonly containers?: ReadonlyArray<{ readonly name?: string; readonly ports?: readonly ContainerPort[] | null }> | null;
  readonly initContainers?: ReadonlyArray<{ readonly name?: string; readonly ports?: readonly ContainerPort[] | null }> | null;
  readonly hostNetwork?: boolean;
}

/** Protocols a NetworkPolicy port may name. */
export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];
