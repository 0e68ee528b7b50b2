/**
 * ClusterNetworkPolicy predicates: does a subject select a pod, does a peer match the far
 * end of a flow (yes, no, or maybe for `domainNames`), does a protocol entry match.
 */
import type {
  ClusterPeer,
  ClusterProtocolMatch,
  ClusterRule,
  CompiledClusterPolicy,
} from '../clusterPolicy';
import { cidrContains } from '../compile';
import type { NodeInfo, PodEndpoint } from '../model';
import type { ResolvedEndpoint } from './endpoint';
import { peerFacts } from './endpoint';
import type { ProbePort } from './match';
import { namespaceMatcherMatches, podMatcherMatches, resolveNamedPort } from './match';
import type { PolicyModel } from './model';

export type Match = 'yes' | 'no' | 'maybe';

/** Host-network pods are never subjects ("not included in subject selection"). */
export function subjectSelects(
  model: PolicyModel,
  policy: CompiledClusterPolicy,
  pod: PodEndpoint,
): boolean {
  if (pod.hostNetwork) return false;
  return selectionMatches(model, policy.subject, pod);
}

function selectionMatches(
  model: PolicyModel,
  selection: CompiledClusterPolicy['subject'],
  pod: PodEndpoint,
): boolean {
  const nsLabels = model.namespaceLabels[pod.namespace] ?? {};
  return (
    namespaceMatcherMatches(selection.namespaces, pod.namespace, nsLabels) &&
    podMatcherMatches(selection.pods, pod.labels)
  );
}

/** The nodes that own one of the endpoint's addresses (a host-network pod has its node's). */
function nodesAt(model: PolicyModel, other: ResolvedEndpoint): NodeInfo[] {
  const ips = otherIps(model, other);
  return (model.cluster.nodes ?? []).filter((node) => node.ips.some((ip) => ips.has(ip)));
}

function otherIps(model: PolicyModel, other: ResolvedEndpoint): Set<string> {
  if (other.kind === 'pod') return new Set(other.pod.ips);
  if (other.kind === 'ip') return new Set([other.label]);
  return new Set();
}

export function peerMatch(
  model: PolicyModel,
  peer: ClusterPeer,
  rule: ClusterRule,
  other: ResolvedEndpoint,
): Match {
  switch (peer.kind) {
    case 'pods':
      // Host-network pods are not `namespaces`/`pods` peers; their IP is the node's.
      return other.kind === 'pod' &&
        !other.pod.hostNetwork &&
        selectionMatches(model, peer, other.pod)
        ? 'yes'
        : 'no';
    case 'nodes':
      return nodesAt(model, other).some((node) => podMatcherMatches(peer.nodes, node.labels))
        ? 'yes'
        : 'no';
    case 'networks': {
      const ips = peerFacts(model, other).ips;
      return peer.cidrs.some((cidr) => ips.some((ip) => cidrContains(cidr, ip))) ? 'yes' : 'no';
    }
    case 'domainNames':
      // Which names resolve to an address is DNS knowledge the engine does not have; the
      // modelled pods and nodes are not what a domain name names.
      return other.kind === 'ip' && nodesAt(model, other).length === 0 ? 'maybe' : 'no';
    case 'unknown':
      // Fail closed: an Accept matches nothing, a Deny or Pass matches everything.
      return rule.action === 'Accept' ? 'no' : 'yes';
  }
}

/** The index of the first protocol entry that matches, `all` without `protocols`, or undefined. */
export function protocolMatch(
  protocols: readonly ClusterProtocolMatch[] | undefined,
  probe: ProbePort,
  destination: ResolvedEndpoint,
): number | 'all' | undefined {
  if (!protocols) return 'all';
  const found = protocols.find((entry) => {
    if (probe.number === undefined) return false;
    if (entry.kind === 'ports') {
      return (
        entry.protocol === probe.protocol && probe.number >= entry.from && probe.number <= entry.to
      );
    }
    // A named port is a container port of the destination pod: name, number and protocol.
    if (destination.kind !== 'pod' || destination.pod.hostNetwork) return false;
    return resolveNamedPort(destination.pod.ports, entry.name, probe.protocol) === probe.number;
  });
  return found?.index;
}

/**
 * Whether some ClusterNetworkPolicy in force selects the pod and has rules for a direction:
 * its flows that way may be decided by a tier even where no NetworkPolicy isolates it.
 */
export function tierSubject(
  model: PolicyModel,
  podId: string,
): { ingress: boolean; egress: boolean } {
  const index = model.podIndex[podId];
  const pod = index === undefined ? undefined : model.cluster.pods[index];
  const selecting = pod
    ? (model.clusterPolicies ?? []).filter((p) => subjectSelects(model, p, pod))
    : [];
  return {
    ingress: selecting.some((p) => p.ingress.length > 0),
    egress: selecting.some((p) => p.egress.length > 0),
  };
}
