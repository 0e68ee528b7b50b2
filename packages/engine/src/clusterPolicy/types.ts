/**
 * Compiled ClusterNetworkPolicies (`policy.networking.k8s.io/v1alpha2`): each object turned
 * once into small matchers, plain data like the compiled NetworkPolicies.
 */
import type {
  ClusterAction,
  ClusterPolicyRef,
  ClusterTier,
  CompiledCidr,
  CompiledOrigin,
  Direction,
  PodMatcher,
  Protocol,
  SourceRange,
} from '../model';

/** `namespaces` or `pods` (namespaceSelector AND podSelector); also the subject's shape. */
export interface PodsSelection {
  readonly namespaces: PodMatcher;
  readonly pods: PodMatcher;
}

export type ClusterPeer = (
  | ({ readonly kind: 'pods' } & PodsSelection)
  | { readonly kind: 'nodes'; readonly nodes: PodMatcher }
  | { readonly kind: 'networks'; readonly cidrs: readonly CompiledCidr[] }
  | { readonly kind: 'domainNames'; readonly names: readonly string[] }
  /**
   * A peer with no field this engine knows: upstream says to fail closed, i.e. an Accept
   * rule matches nothing and a Deny or Pass rule matches everything.
   */
  | { readonly kind: 'unknown' }
) & { readonly index: number; readonly origin: CompiledOrigin };

export type ClusterProtocolMatch = (
  | {
      readonly kind: 'ports';
      readonly protocol: Protocol;
      readonly from: number;
      readonly to: number;
    }
  | { readonly kind: 'named'; readonly name: string }
) & { readonly index: number; readonly origin: CompiledOrigin };

export interface ClusterRule {
  readonly direction: Direction;
  readonly index: number;
  readonly name?: string;
  readonly action: ClusterAction;
  readonly peers: readonly ClusterPeer[];
  /** Undefined when `protocols` is absent: every protocol and port. */
  readonly protocols?: readonly ClusterProtocolMatch[];
  readonly origin: CompiledOrigin;
}

export interface CompiledClusterPolicy {
  readonly ref: ClusterPolicyRef;
  readonly tier: ClusterTier;
  readonly priority: number;
  readonly subject: PodsSelection;
  readonly ingress: readonly ClusterRule[];
  readonly egress: readonly ClusterRule[];
  /** The whole object's text, for linking back. */
  readonly range: SourceRange;
}

/** The API group and version evaluated here; other groups' kinds of the same name are not. */
export const CNP_API_VERSION = 'policy.networking.k8s.io/v1alpha2';
export const CNP_KIND = 'ClusterNetworkPolicy';
