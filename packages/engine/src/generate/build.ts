/**
 * Builds the NetworkPolicy objects for an intent, once the labels are chosen. Pure
 * object construction: which policies are needed is decided by the caller.
 */
// The apiserver puts `kubernetes.io/metadata.name` on every Namespace (Kubernetes ≥ 1.21): the
// stable way for a policy to name one namespace.
import { NAMESPACE_NAME_LABEL } from '../cluster';
import type {
  IPBlock,
  NetworkPolicyObject,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  Protocol,
} from '../model';
import type { Labels } from '../selector';

/** One end of a flow as a policy peer sees it. */
export type PeerEnd =
  | {
      readonly kind: 'pods';
      readonly namespace: string;
      readonly labels: Labels;
      readonly podName?: string;
    }
  /** Namespaces selected by `labels` (one namespace: `name` is its name). */
  | { readonly kind: 'namespace'; readonly name: string; readonly labels: Labels }
  | { readonly kind: 'addresses'; readonly blocks: readonly IPBlock[]; readonly name: string };

/**
 * The peers selecting `end` from a policy in `policyNamespace`. A `podSelector` alone means
 * the policy's own namespace; for another namespace the peer carries BOTH selectors in one
 * element (AND), never two elements (which would be OR and allow far more). Several
 * ipBlocks (IPv4 and IPv6 of the Internet preset) are several peers: that OR is meant.
 */
export function peersFor(end: PeerEnd, policyNamespace: string): NetworkPolicyPeer[] {
  switch (end.kind) {
    case 'addresses':
      return end.blocks.map((block) => ({ ipBlock: ipBlockOf(block) }));
    case 'namespace':
      return [{ namespaceSelector: { matchLabels: { ...end.labels } } }];
    case 'pods': {
      const namespaceSelector = { matchLabels: { [NAMESPACE_NAME_LABEL]: end.namespace } };
      const hasLabels = Object.keys(end.labels).length > 0;
      if (end.namespace === policyNamespace)
        return [{ podSelector: { matchLabels: { ...end.labels } } }];
      // An empty podSelector beside a namespaceSelector adds nothing: leave it out.
      return [
        hasLabels
          ? { namespaceSelector, podSelector: { matchLabels: { ...end.labels } } }
          : { namespaceSelector },
      ];
    }
  }
}

function ipBlockOf(block: IPBlock): IPBlock {
  const except = block.except ?? [];
  return except.length > 0 ? { cidr: block.cidr, except: [...except] } : { cidr: block.cidr };
}

/** `ports` of a rule: absent (all ports) when no port is asked for. */
export function portsFor(
  port: number | string | undefined,
  protocol: Protocol,
): NetworkPolicyPort[] | undefined {
  return port === undefined ? undefined : [{ protocol, port }];
}

/** One rule of `direction`: peers under `from`/`to`, `ports` left out for all ports. */
export function ruleFor(
  direction: 'ingress' | 'egress',
  peers: readonly NetworkPolicyPeer[],
  ports: readonly NetworkPolicyPort[] | undefined,
): Record<string, unknown> {
  const withPorts = ports === undefined ? {} : { ports: [...ports] };
  return direction === 'ingress'
    ? { from: [...peers], ...withPorts }
    : { to: [...peers], ...withPorts };
}

/**
 * A policy for the pods labelled `selected` in `namespace` with the given rules of one
 * direction. `policyTypes` is written out so the policy isolates only that direction.
 */
export function oneDirectionPolicy(
  direction: 'ingress' | 'egress',
  name: string,
  namespace: string,
  selected: Labels,
  rules: readonly Record<string, unknown>[],
): NetworkPolicyObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec: {
      podSelector: { matchLabels: { ...selected } },
      policyTypes: [direction === 'ingress' ? 'Ingress' : 'Egress'],
      [direction]: rules,
    },
  };
}
