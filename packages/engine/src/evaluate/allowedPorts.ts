import type { Direction, FlowEndpoint, PodEndpoint, PortSet } from '../model';
import type { ResolvedEndpoint } from './endpoint';
import { peerFacts, resolveEndpoint } from './endpoint';
import type { PolicyModel } from './model';
import {
  ALL_PORTS,
  intersectPortSets,
  NO_PORTS,
  portSetOf,
  unionPortSets,
} from './portSet';
import { isolatingPolicies, rulesMatchingPeer } from './rules';
import { portRanges } from './portRanges';
import { tieredPortScan } from './tieredPorts';

export { portRanges };

function asEndpoint(end: string | FlowEndpoint): FlowEndpoint {
  if (typeof end !== 'string') return end;
  return end.includes('/') ? { kind: 'pod', id: end } : { kind: 'ip', ip: end };
}

/**
 * The ports on which `from` may reach `to`: the union of what the matching rules allow on
 * each side, egress ∩ ingress. Named ports are resolved on the destination pod. Agrees port
 * by port with `evaluateFlow`. Endpoints are pod ids (`ns/name`), IPs, or FlowEndpoints.
 */
export function allowedPorts(
  model: PolicyModel,
  from: string | FlowEndpoint,
  to: string | FlowEndpoint,
): PortSet {
  const source = resolveEndpoint(model, from);
  const destination = resolveEndpoint(model, to);
  if (source.kind === 'pod' && destination.kind === 'pod' && source.index === destination.index)
    return ALL_PORTS;
  if ((model.clusterPolicies?.length ?? 0) > 0)
    return tieredPortScan(model, asEndpoint(from), asEndpoint(to)).ports;
  const destinationPod = destination.kind === 'pod' ? destination.pod : undefined;
  return intersectPortSets(
    sidePorts(model, 'egress', source, destination, destinationPod),
    sidePorts(model, 'ingress', destination, source, destinationPod),
  );
}

function sidePorts(
  model: PolicyModel,
  direction: Direction,
  subject: ResolvedEndpoint,
  other: ResolvedEndpoint,
  destination: PodEndpoint | undefined,
): PortSet {
  if (subject.kind === 'unknown' || other.kind === 'unknown') return NO_PORTS;
  if (subject.kind === 'ip' || subject.pod.hostNetwork) return ALL_PORTS;
  const policies = isolatingPolicies(model, direction, subject.index);
  if (policies.length === 0) return ALL_PORTS;
  const sets = rulesMatchingPeer(policies, direction, peerFacts(model, other)).map(({ rule }) =>
    rule.ports.kind === 'all'
      ? ALL_PORTS
      : portSetOf(rule.ports.ports.flatMap((p) => portRanges(p, destination))),
  );
  return unionPortSets(sets);
}
