/**
 * The DNS rule an egress-isolated pod needs: without it, a policy that allows "web → api"
 * by egress silently breaks name resolution, and the pod can reach nothing by name.
 */
import { NAMESPACE_NAME_LABEL } from '../cluster';
import type { Cluster, NetworkPolicyPeer } from '../model';
import { ruleFor } from './build';

/**
 * The label kube-dns and CoreDNS deployments keep on their pods (CoreDNS kept kube-dns's
 * label so that existing policies and Services still select it).
 */
export const CLUSTER_DNS_LABEL = { key: 'k8s-app', value: 'kube-dns' } as const;

/** The namespaces whose pods carry the cluster DNS label; [] when the workspace has no DNS pods. */
export function clusterDnsNamespaces(cluster: Cluster): string[] {
  const namespaces = cluster.pods
    .filter((pod) => pod.labels[CLUSTER_DNS_LABEL.key] === CLUSTER_DNS_LABEL.value)
    .map((pod) => pod.namespace);
  return [...new Set(namespaces)].sort();
}

/**
 * Egress to DNS on UDP and TCP 53 (TCP for large answers): to the cluster DNS pods when the
 * workspace models them, else to any destination (`to` left out), since the DNS pods'
 * addresses are unknown here.
 */
export function dnsRule(cluster: Cluster): Record<string, unknown> {
  const ports = [
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP', port: 53 },
  ] as const;
  const namespaces = clusterDnsNamespaces(cluster);
  if (namespaces.length === 0) return { ports: [...ports] };
  const peers: NetworkPolicyPeer[] = namespaces.map((namespace) => ({
    namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } },
    podSelector: { matchLabels: { [CLUSTER_DNS_LABEL.key]: CLUSTER_DNS_LABEL.value } },
  }));
  return ruleFor('egress', peers, ports);
}
