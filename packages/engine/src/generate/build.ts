/**
 * Builds the NetworkPolicy objects for an intent, once the labels are chosen. Pure
 * object construction: which policies are needed is decided by the caller.
 */
// The apiserver puts `kubernetes.io/metadata.name` on every Namespace (Kubernetes ≥ 1.21): the
// stable way for a policy to name one namespace.
import { NAMESPACE_NAME_LABEL } from '../cluster';
import type {
  NetworkPolicyObject,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  Protocol,
} from '../model/k8s';
import type { Labels } from '../selector/labelSelector';

/** One end of a flow as a policy peer sees it. */
export type PeerEnd =
  | {
      readonly kind: 'pods';
      readonly namespace: string;
      readonly labels: Labels;
      readonly podName?: string;
    }
  | { readonly kind: 'namespace'; readonly name: string }
  | { readonly kind: 'cidr'; readonly cidr: string };

/**
 * The peer selecting `end` from a policy in `policyNamespace`. A `podSelector` alone means
 * the policy's own namespace; for another namespace the peer carries BOTH selectors in one
 * element (AND), never two elements (which would be OR and allow far more).
 */
export function peerFor(end: PeerEnd, policyNamespace: string): NetworkPolicyPeer {
  switch (end.kind) {
    case 'cidr':
      return { ipBlock: { cidr: end.cidr } };
    case 'namespace':
      return { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: end.name } } };
    case 'pods': {
      const namespaceSelector = { matchLabels: { [NAMESPACE_NAME_LABEL]: end.namespace } };
      const hasLabels = Object.keys(end.labels).length > 0;
      if (end.namespace === policyNamespace)
        return { podSelector: { matchLabels: { ...end.labels } } };
      // An empty podSelector beside a namespaceSelector adds nothing: leave it out.
      return hasLabels
        ? { namespaceSelector, podSelector: { matchLabels: { ...end.labels } } }
        : { namespaceSelector };
    }
  }
}

/** `ports` of a rule: absent (all ports) when no port is asked for. */
export function portsFor(
  port: number | string | undefined,
  protocol: Protocol,
): NetworkPolicyPort[] | undefined {
  return port === undefined ? undefined : [{ protocol, port }];
}

/**
 * A one-rule policy for the pods labelled `selected` in `namespace`: ingress from `peer`, or
 * egress to it. `policyTypes` is written out so the policy isolates only that direction.
 */
function oneRulePolicy(
  direction: 'Ingress' | 'Egress',
  name: string,
  namespace: string,
  selected: Labels,
  peer: NetworkPolicyPeer,
  ports: NetworkPolicyPort[] | undefined,
): NetworkPolicyObject {
  const withPorts = ports === undefined ? {} : { ports };
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec: {
      podSelector: { matchLabels: { ...selected } },
      policyTypes: [direction],
      ...(direction === 'Ingress'
        ? { ingress: [{ from: [peer], ...withPorts }] }
        : { egress: [{ to: [peer], ...withPorts }] }),
    },
  };
}

/** A policy that lets `peer` reach the pods labelled `target` in `namespace`. */
export function ingressPolicy(
  name: string,
  namespace: string,
  target: Labels,
  peer: NetworkPolicyPeer,
  ports: NetworkPolicyPort[] | undefined,
): NetworkPolicyObject {
  return oneRulePolicy('Ingress', name, namespace, target, peer, ports);
}

/** A policy that lets the pods labelled `source` in `namespace` reach `peer`. */
export function egressPolicy(
  name: string,
  namespace: string,
  source: Labels,
  peer: NetworkPolicyPeer,
  ports: NetworkPolicyPort[] | undefined,
): NetworkPolicyObject {
  return oneRulePolicy('Egress', name, namespace, source, peer, ports);
}
