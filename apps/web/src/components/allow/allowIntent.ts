import type {
  AllowIntent,
  IntentDestination,
  IntentSource,
  PodPort,
  Protocol,
} from '@netpol/engine';
import {
  externalNetworkId,
  INTERNET_NODE_ID,
  namespaceNodeId,
  parseNodeId,
  parsePortFilter,
} from '../../analysis/graphData';
import type { ClusterView } from '../../analysis/graphData';

/**
 * An end of the flow in the allow dialog, as a string: a pod `ns/name`, a namespace
 * `ns:<name>`, a CIDR `cidr:<cidr>` (the graph's node ids) or `internet` (the preset).
 * '' while nothing is picked.
 */
export type EndpointId = string;
export const INTERNET_ID = INTERNET_NODE_ID;

/** A drawn edge's source node as an intent's source; null when nothing is picked. */
export function intentSource(nodeId: EndpointId): IntentSource | null {
  if (nodeId === '') return null;
  return parseNodeId(nodeId);
}

/** A drawn edge's destination: a pod or addresses; null for a namespace (not a destination). */
export function intentDestination(nodeId: EndpointId): IntentDestination | null {
  const end = intentSource(nodeId);
  return end && end.kind !== 'namespace' ? end : null;
}

/** What a person types in a picker, as an endpoint id; null when it names nothing known. */
export function endpointFromText(view: ClusterView, typed: string): EndpointId | null {
  const text = typed.trim();
  if (text === '') return null;
  const external = externalNetworkId(text);
  if (external) return external;
  if (text.includes('/') && /^[0-9a-f:.]+\/\d+$/i.test(text)) return null; // a CIDR, but invalid
  if (view.podsById.has(text)) return text;
  const parsed = parseNodeId(text);
  const namespace = parsed.kind === 'namespace' ? parsed.name : text;
  if (view.namespaces.some((ns) => ns.name === namespace)) return namespaceNodeId(namespace);
  return null;
}

/** How an endpoint reads in a picker: `ns/name`, `ns`, the CIDR, `Internet`. */
export function endpointText(id: EndpointId): string {
  if (id === INTERNET_ID) return 'Internet';
  const node = parseNodeId(id);
  if (node.kind === 'namespace') return node.name;
  if (node.kind === 'cidr') return node.cidr;
  return id;
}

/** A long description: `pod ns/name`, `every pod of namespace ns, now and later`, … */
export function endpointDescription(id: EndpointId): string {
  if (id === '') return 'nothing picked yet';
  if (id === INTERNET_ID) return 'the Internet (public addresses)';
  const node = parseNodeId(id);
  if (node.kind === 'namespace') return `every pod of namespace ${node.name}, now and later`;
  if (node.kind === 'cidr') return `addresses in ${node.cidr}`;
  return `pod ${id}`;
}

/** The port proposed for a destination: its first container port (as a number), else all ports. */
export function proposedPort(
  view: ClusterView,
  destination: IntentDestination,
): PodPort | undefined {
  return destination.kind === 'pod' ? view.podsById.get(destination.id)?.ports[0] : undefined;
}

/** The port field as typed: '' → all ports; digits → a number; else a named port. */
export function intentOf(
  from: IntentSource,
  to: IntentDestination,
  portText: string,
  protocol: Protocol,
): AllowIntent {
  const port = parsePortFilter(portText);
  return port === undefined ? { from, to, protocol } : { from, to, protocol, port };
}
