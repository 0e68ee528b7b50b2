import type { FlowEndpoint, Protocol } from '@netpol/engine';
import type { FlowPair } from '../state/graphSlice';
import { representativeIp } from './flowEdges';
import { portsBetween } from './engineAdapter';
import { engineIdOf, parseNodeId, type ClusterView, type Verdicts } from './graphData';

/** The concrete flow an explanation is computed for. */
export interface ExplainTarget {
  readonly from: FlowEndpoint;
  readonly to: FlowEndpoint;
  readonly port: number | string;
  readonly protocol: Protocol;
  /** Why this port was chosen when the filter says "any port". */
  readonly note?: string;
}

/** A graph node id (`ns/pod` or `cidr:<cidr>`) as a flow endpoint; null for namespaces. */
export function endpointOf(view: ClusterView, nodeId: string): FlowEndpoint | null {
  const network = view.cidrs.find((c) => c.id === nodeId);
  if (network) return { kind: 'ip', ip: representativeIp(network.cidr) };
  const node = parseNodeId(nodeId);
  if (node.kind === 'cidr') return { kind: 'ip', ip: representativeIp(node.cidr) };
  return view.podsById.has(nodeId) ? { kind: 'pod', id: engineIdOf(view, nodeId) } : null;
}

function firstPortOf(label: string): { protocol: Protocol; port: number } | null {
  const match = /^(TCP|UDP|SCTP):(\d+)/.exec(label);
  return match ? { protocol: match[1] as Protocol, port: Number(match[2]) } : null;
}

/**
 * Picks the flow to explain for a clicked pair. With a port filter, that port. With
 * "any port": an allowed port if there is one, else the destination's first container
 * port (the traffic a person most likely means), else 80.
 */
export function explainTarget(view: ClusterView, v: Verdicts, pair: FlowPair): ExplainTarget | null {
  const from = endpointOf(view, pair.from);
  const to = endpointOf(view, pair.to);
  if (!from || !to) return null;
  if (v.port !== undefined) return { from, to, port: v.port, protocol: v.protocol };
  const allowed = portsBetween(view.model, from, to);
  const first = allowed.map(firstPortOf).find((p) => p !== null);
  if (first) return { from, to, ...first, note: `allowed ports: ${allowed.join(', ')}` };
  const destination = view.podsById.get(pair.to);
  const containerPort = destination?.ports.find((p) => p.protocol === v.protocol) ?? destination?.ports[0];
  if (containerPort) {
    return {
      from,
      to,
      port: containerPort.port,
      protocol: containerPort.protocol,
      note: allowed.includes('all')
        ? 'every port is allowed'
        : `no port is allowed; shown for the destination's container port`,
    };
  }
  return { from, to, port: 80, protocol: v.protocol, note: allowed.includes('all') ? 'every port is allowed' : 'no port is allowed' };
}
