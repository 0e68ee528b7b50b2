import type { CompiledOrigin, CompiledPort, PortMatcher, Protocol } from '../model';
import { PROTOCOLS } from '../model';
import type { Plain } from '../util';
import { isPlain } from '../util';

/**
 * Compiles a rule's `ports`. Absent, null or empty `ports` means every port of every
 * protocol (NetworkPolicyIngressRule.ports: "If this field is empty or missing, this rule
 * matches all ports").
 */
export function compilePorts(
  raw: readonly unknown[] | undefined,
  path: string,
  originAt: (path: string) => CompiledOrigin,
): PortMatcher {
  if (!raw || raw.length === 0) return { kind: 'all' };
  return {
    kind: 'some',
    ports: raw.map((entry, index) => compilePort(entry, index, originAt(`${path}[${index}]`))),
  };
}

function compilePort(item: unknown, index: number, origin: CompiledOrigin): CompiledPort {
  // Go decodes a null list item as the zero struct, `{}`: every port of TCP once defaulted.
  const raw = item === null ? {} : item;
  if (!isPlain(raw))
    return { kind: 'none', index, origin, reason: 'the port entry is not an object' };
  const protocol = readProtocol(raw);
  if (protocol === undefined) {
    return {
      kind: 'none',
      index,
      origin,
      reason: `unsupported protocol ${String(raw['protocol'])}`,
    };
  }
  const port = raw['port'];
  // `port` absent: every port of the protocol.
  if (port === undefined || port === null) return { kind: 'protocol', protocol, index, origin };
  if (typeof port === 'string') {
    // A named port; `endPort` cannot be used with one (validation rejects it), so it is ignored.
    return { kind: 'named', protocol, name: port, index, origin };
  }
  if (typeof port !== 'number' || !Number.isInteger(port)) {
    return { kind: 'none', index, origin, reason: 'the port is neither a number nor a name' };
  }
  const endPort = raw['endPort'];
  if (typeof endPort === 'number' && Number.isInteger(endPort)) {
    // `endPort`: the inclusive range port..endPort (endPort < port matches nothing).
    return { kind: 'range', protocol, from: port, to: endPort, index, origin };
  }
  return { kind: 'number', protocol, port, index, origin };
}

/** `protocol` defaults to TCP when absent or null. */
function readProtocol(raw: Plain): Protocol | undefined {
  const value = raw['protocol'];
  if (value === undefined || value === null) return 'TCP';
  return PROTOCOLS.find((p) => p === value);
}
