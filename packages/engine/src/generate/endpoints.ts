/**
 * Turning an intent's ends into concrete flow endpoints to evaluate: a pod is itself, a
 * namespace is each of its pods, a CIDR is probed at its first and last address.
 */
import ipaddr from 'ipaddr.js';
import { parseCidr } from '../compile/cidr';
import type { Cluster } from '../model/cluster';
import type { FlowEndpoint } from '../model/verdict';
import type { IntentDestination, IntentSource } from './intent';

/** The endpoints that stand for an intent's source; empty for a namespace without pods. */
export function sourceEndpoints(cluster: Cluster, source: IntentSource): FlowEndpoint[] {
  switch (source.kind) {
    case 'pod':
      return [{ kind: 'pod', id: source.id }];
    case 'namespace':
      return cluster.pods
        .filter((p) => p.namespace === source.name)
        .map((p) => ({ kind: 'pod', id: p.id }));
    case 'cidr':
      return cidrEnds(source.cidr).map((ip) => ({ kind: 'ip', ip }));
  }
}

export function destinationEndpoints(destination: IntentDestination): FlowEndpoint[] {
  return destination.kind === 'pod'
    ? [{ kind: 'pod', id: destination.id }]
    : cidrEnds(destination.cidr).map((ip) => ({ kind: 'ip', ip }));
}

/** The first and last address of a CIDR (one address for a /32 or /128); [] when unparsable. */
export function cidrEnds(cidr: string): string[] {
  const parsed = parseCidr(cidr);
  if (!parsed) return [];
  const first = parsed.bytes.map((byte, i) => byte & maskByte(parsed.prefix, i));
  const last = parsed.bytes.map(
    (byte, i) => (byte & maskByte(parsed.prefix, i)) | (~maskByte(parsed.prefix, i) & 0xff),
  );
  const text = (bytes: number[]) => ipaddr.fromByteArray(bytes).toString();
  return parsed.prefix === parsed.bytes.length * 8 ? [text(first)] : [text(first), text(last)];
}

function maskByte(prefix: number, byteIndex: number): number {
  const bits = Math.max(0, Math.min(8, prefix - byteIndex * 8));
  return (0xff << (8 - bits)) & 0xff;
}
