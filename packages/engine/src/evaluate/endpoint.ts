import type { FlowEndpoint, PodEndpoint } from '../model';
import type { ParsedIp } from '../compile';
import { parseIp } from '../compile';
import type { PeerFacts } from './match';
import type { PolicyModel } from './model';

/** A flow endpoint looked up in the model. */
export type ResolvedEndpoint =
  | {
      readonly kind: 'pod';
      readonly index: number;
      readonly pod: PodEndpoint;
      readonly label: string;
    }
  | { readonly kind: 'ip'; readonly ip: ParsedIp | undefined; readonly label: string }
  | { readonly kind: 'unknown'; readonly label: string };

/**
 * Resolves an endpoint. An IP that belongs to a known pod is that pod (a connection to a pod's
 * address reaches the pod); any other IP is outside the cluster's pods.
 */
export function resolveEndpoint(
  model: PolicyModel,
  endpoint: FlowEndpoint | string,
): ResolvedEndpoint {
  const normalized = typeof endpoint === 'string' ? parseEndpointText(endpoint) : endpoint;
  if (normalized.kind === 'pod') {
    const index = model.podIndex[normalized.id];
    if (index === undefined) return { kind: 'unknown', label: normalized.id };
    return {
      kind: 'pod',
      index,
      pod: model.cluster.pods[index] as PodEndpoint,
      label: normalized.id,
    };
  }
  const byIp = model.podByIp[normalized.ip];
  if (byIp !== undefined) {
    const pod = model.cluster.pods[byIp] as PodEndpoint;
    return { kind: 'pod', index: byIp, pod, label: pod.id };
  }
  return { kind: 'ip', ip: parseIp(normalized.ip), label: normalized.ip };
}

/** `ns/name` is a pod; anything else is read as an IP address. */
function parseEndpointText(text: string): FlowEndpoint {
  return text.includes('/') ? { kind: 'pod', id: text } : { kind: 'ip', ip: text };
}

/** What a peer matcher sees of this endpoint. */
export function peerFacts(model: PolicyModel, endpoint: ResolvedEndpoint): PeerFacts {
  if (endpoint.kind === 'pod') {
    const ips: ParsedIp[] = [];
    for (const text of endpoint.pod.ips) {
      const ip = parseIp(text);
      if (ip) ips.push(ip);
    }
    return {
      pod: endpoint.pod,
      namespaceLabels: model.namespaceLabels[endpoint.pod.namespace],
      ips,
    };
  }
  return { ips: endpoint.kind === 'ip' && endpoint.ip ? [endpoint.ip] : [] };
}
