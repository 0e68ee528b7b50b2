import type { PodEndpoint } from '../model/cluster';
import type { CompiledPort } from '../model/compiled';
import type { Direction, FlowEndpoint, PortRange, PortSet } from '../model/verdict';
import type { ResolvedEndpoint } from './endpoint';
import { peerFacts, resolveEndpoint } from './endpoint';
import { resolveNamedPort } from './match';
import type { PolicyModel } from './model';
import {
  ALL_PORTS,
  intersectPortSets,
  MAX_PORT,
  MIN_PORT,
  NO_PORTS,
  portSetOf,
  unionPortSets,
} from './portSet';
import { isolatingPolicies, rulesMatchingPeer } from './rules';

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

/** The ranges one port entry allows toward `destination` (named ports resolved on it). */
export function portRanges(port: CompiledPort, destination: PodEndpoint | undefined): PortRange[] {
  switch (port.kind) {
    case 'none':
      return [];
    case 'protocol':
      return [{ protocol: port.protocol, from: MIN_PORT, to: MAX_PORT }];
    case 'number':
      return [{ protocol: port.protocol, from: port.port, to: port.port }];
    case 'range':
      return [{ protocol: port.protocol, from: port.from, to: port.to }];
    case 'named': {
      const number = destination
        ? resolveNamedPort(destination.ports, port.name, port.protocol)
        : undefined;
      return number === undefined ? [] : [{ protocol: port.protocol, from: number, to: number }];
    }
    default: {
      const never: never = port;
      throw new Error(`unexpected port matcher ${JSON.stringify(never)}`);
    }
  }
}
