/**
 * The tiny predicates evaluation is made of: does a target select a pod, does a peer match
 * the other end of a flow, does a port match. Each Kubernetes subtlety is decided here once.
 */
import type {
  CompiledPeer,
  CompiledPolicy,
  CompiledPort,
  NamespaceMatcher,
  PodEndpoint,
  PodMatcher,
  PodPort,
  ProbedPort,
  Protocol,
} from '../model';
import type { Labels } from '../selector';
import { selectorMatches } from '../selector';
import type { ParsedIp } from '../compile';
import { ipBlockContains } from '../compile';
import { assertNever } from '../util';

/**
 * The other end of a flow, as a peer matcher sees it: a pod (with its namespace's labels)
 * or an address outside the known pods. `ips` are the addresses ipBlock peers test.
 */
export interface PeerFacts {
  readonly pod?: PodEndpoint;
  readonly namespaceLabels?: Labels;
  readonly ips: readonly ParsedIp[];
}

export function podMatcherMatches(matcher: PodMatcher, labels: Labels): boolean {
  switch (matcher.kind) {
    case 'all':
      return true;
    case 'selector':
      return selectorMatches(matcher.selector, labels);
    case 'none':
      return false;
    default:
      return assertNever(matcher, 'matcher');
  }
}

export function namespaceMatcherMatches(
  matcher: NamespaceMatcher,
  namespace: string,
  labels: Labels,
): boolean {
  switch (matcher.kind) {
    case 'all':
      return true;
    case 'exact':
      return matcher.namespace === namespace;
    case 'selector':
      return selectorMatches(matcher.selector, labels);
    case 'none':
      return false;
    default:
      return assertNever(matcher, 'matcher');
  }
}

/**
 * hostNetwork pods: the Kubernetes docs (Concepts › Network Policies › "NetworkPolicy and
 * hostNetwork pods") say the behaviour is undefined and name the most common
 * implementation, which we follow: the plugin cannot tell a hostNetwork pod's traffic from
 * its node's, so (1) no policy isolates a hostNetwork pod, and (2) podSelector and
 * namespaceSelector peers never match one; its traffic is treated like the node's, so only
 * an ipBlock covering its (node) IP matches it.
 * The node exception ("traffic to and from the node where a Pod is running is always
 * allowed") is not modelled beyond this: the engine does not know which node a pod runs on,
 * nor node IPs, so it cannot tell which flows come from a pod's own node.
 */
export function targetSelects(policy: CompiledPolicy, pod: PodEndpoint): boolean {
  if (pod.hostNetwork || pod.namespace !== policy.target.namespace) return false;
  return podMatcherMatches(policy.target.pods, pod.labels);
}

/** Does one peer of a rule match the other end of the flow? */
export function peerMatches(peer: CompiledPeer, facts: PeerFacts): boolean {
  switch (peer.kind) {
    case 'pods': {
      // Selector peers only ever match pods (never external addresses), and not hostNetwork pods.
      const pod = facts.pod;
      if (!pod || pod.hostNetwork) return false;
      return (
        namespaceMatcherMatches(peer.namespaces, pod.namespace, facts.namespaceLabels ?? {}) &&
        podMatcherMatches(peer.pods, pod.labels)
      );
    }
    case 'ipBlock':
      // ipBlock matches pod IPs when known as well as external addresses.
      return facts.ips.some((ip) => ipBlockContains(peer.cidr, peer.except, ip));
    case 'none':
      return false;
    default:
      return assertNever(peer, 'matcher');
  }
}

/** The probed port: a number, and the name it was given (if it was given by name). */
export type ProbePort = ProbedPort;

/** A named container port of a pod, on one protocol (names are unique within a pod). */
export function resolveNamedPort(
  ports: readonly PodPort[],
  name: string,
  protocol: Protocol,
): number | undefined {
  return ports.find((p) => p.name === name && p.protocol === protocol)?.port;
}

/**
 * Does a rule's port entry match the probed port? A named port is looked up on the
 * DESTINATION pod's containers, for egress rules too; toward an external address it never
 * matches, as there is no container to name the port.
 */
export function portMatches(
  port: CompiledPort,
  probe: ProbePort,
  destination: PodEndpoint | undefined,
): boolean {
  if (port.kind === 'none' || port.protocol !== probe.protocol) return false;
  switch (port.kind) {
    case 'protocol':
      return true;
    case 'number':
      return probe.number === port.port;
    case 'range':
      return probe.number !== undefined && probe.number >= port.from && probe.number <= port.to;
    case 'named': {
      if (!destination || probe.number === undefined) return false;
      return resolveNamedPort(destination.ports, port.name, port.protocol) === probe.number;
    }
    default:
      return assertNever(port, 'matcher');
  }
}
