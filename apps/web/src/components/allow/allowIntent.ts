import type { AllowIntent, IntentDestination, IntentSource, PodPort, Protocol } from '@netpol/engine';
import type { ClusterView } from '../../analysis/graphData';

/** A drawn edge's source node as an intent's source: a pod, a namespace or a CIDR. */
export function intentSource(nodeId: string): IntentSource {
  if (nodeId.startsWith('ns:')) return { kind: 'namespace', name: nodeId.slice(3) };
  if (nodeId.startsWith('cidr:')) return { kind: 'cidr', cidr: nodeId.slice(5) };
  return { kind: 'pod', id: nodeId };
}

/** A drawn edge's destination: a pod or a CIDR; null for a namespace (not a destination). */
export function intentDestination(nodeId: string): IntentDestination | null {
  if (nodeId.startsWith('ns:')) return null;
  if (nodeId.startsWith('cidr:')) return { kind: 'cidr', cidr: nodeId.slice(5) };
  return { kind: 'pod', id: nodeId };
}

/** The port proposed for a destination: its first container port (as a number), else all ports. */
export function proposedPort(view: ClusterView, destination: IntentDestination): PodPort | undefined {
  return destination.kind === 'pod' ? view.podsById.get(destination.id)?.ports[0] : undefined;
}

/** The port field as typed: '' → all ports; digits → a number; else a named port. */
export function intentOf(
  from: IntentSource,
  to: IntentDestination,
  portText: string,
  protocol: Protocol,
): AllowIntent {
  const t = portText.trim();
  if (t === '') return { from, to, protocol };
  return { from, to, protocol, port: /^\d+$/.test(t) ? Number(t) : t };
}
