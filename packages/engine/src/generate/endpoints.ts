/**
 * Turning an intent's ends into concrete flow endpoints to evaluate: a pod is itself, a
 * namespace source is each pod of the namespaces it selects (and a probe for later pods,
 * see `futurePods.ts`), a CIDR is probed at its first and last address.
 */
import ipaddr from 'ipaddr.js';
import { parseCidr } from '../compile';
import type { Cluster, FlowEndpoint } from '../model';
import type { Labels } from '../selector';
import type { IntentAddresses, IntentDestination, IntentSource } from './intent';
import { internetBlocks } from './internet';

/**
 * The endpoints that stand for an intent's source. For a namespace: the pods of every
 * namespace whose labels include `namespaceLabels` (the probes of later pods included when
 * the cluster has them).
 */
export function sourceEndpoints(
  cluster: Cluster,
  source: IntentSource,
  namespaceLabels?: Labels,
): FlowEndpoint[] {
  switch (source.kind) {
    case 'pod':
      return [{ kind: 'pod', id: source.id }];
    case 'namespace': {
      const namespaces = new Set(selectedNamespaces(cluster, source.name, namespaceLabels));
      return cluster.pods
        .filter((p) => namespaces.has(p.namespace))
        .map((p) => ({ kind: 'pod', id: p.id }));
    }
    case 'cidr':
    case 'internet':
      return addressEnds(cluster, source);
  }
}

/** The namespaces a namespace source selects: by name, or by the chosen labels. */
export function selectedNamespaces(
  cluster: Cluster,
  name: string,
  labels: Labels | undefined,
): string[] {
  if (labels === undefined) return [name];
  return cluster.namespaces
    .filter((ns) => Object.entries(labels).every(([key, value]) => ns.labels[key] === value))
    .map((ns) => ns.name);
}

export function destinationEndpoints(
  cluster: Cluster,
  destination: IntentDestination,
): FlowEndpoint[] {
  return destination.kind === 'pod'
    ? [{ kind: 'pod', id: destination.id }]
    : addressEnds(cluster, destination);
}

/** The probe addresses of a CIDR or of the Internet preset (outside its holes). */
function addressEnds(cluster: Cluster, addresses: IntentAddresses): FlowEndpoint[] {
  const cidrs =
    addresses.kind === 'internet' ? internetBlocks(cluster).map((b) => b.cidr) : [addresses.cidr];
  return cidrs.flatMap((cidr) => cidrEnds(cidr)).map((ip) => ({ kind: 'ip', ip }));
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
