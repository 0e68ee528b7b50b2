import type { Cluster, CompiledPolicy, PodEndpoint } from '../model';
import type { CompiledClusterPolicy } from '../clusterPolicy';
import type { Labels } from '../selector';
import { NAMESPACE_NAME_LABEL } from '../cluster';
import { targetSelects } from './match';

/**
 * Everything evaluation needs, indexed once: plain arrays and null-prototype records, so
 * the model is JSON-serialisable and can be posted to a Web Worker.
 */
export interface PolicyModel {
  readonly cluster: Cluster;
  readonly policies: readonly CompiledPolicy[];
  /** Pod id → index in `cluster.pods`. */
  readonly podIndex: Readonly<Record<string, number>>;
  /** Pod IP → index of the first pod that has it. */
  readonly podByIp: Readonly<Record<string, number>>;
  /** Namespace name → labels (always with `kubernetes.io/metadata.name`). */
  readonly namespaceLabels: Readonly<Record<string, Labels>>;
  /** Per pod (same order as `cluster.pods`): indices of the policies isolating it for ingress. */
  readonly ingressPolicies: readonly (readonly number[])[];
  /** Per pod: indices of the policies isolating it for egress. */
  readonly egressPolicies: readonly (readonly number[])[];
  /** ClusterNetworkPolicies in force; absent or empty: NetworkPolicy semantics alone. */
  readonly clusterPolicies?: readonly CompiledClusterPolicy[];
}

/** Indexes a cluster and its compiled policies for evaluation. */
export function createPolicyModel(
  cluster: Cluster,
  policies: readonly CompiledPolicy[],
  clusterPolicies: readonly CompiledClusterPolicy[] = [],
): PolicyModel {
  const podIndex: Record<string, number> = Object.create(null);
  const podByIp: Record<string, number> = Object.create(null);
  const byNamespace = new Map<string, number[]>();
  cluster.pods.forEach((pod, index) => {
    podIndex[pod.id] ??= index;
    for (const ip of pod.ips) podByIp[ip] ??= index;
    const list = byNamespace.get(pod.namespace) ?? [];
    list.push(index);
    byNamespace.set(pod.namespace, list);
  });
  const namespaceLabels: Record<string, Labels> = Object.create(null);
  for (const ns of cluster.namespaces) namespaceLabels[ns.name] = ns.labels;
  for (const pod of cluster.pods)
    namespaceLabels[pod.namespace] ??= { [NAMESPACE_NAME_LABEL]: pod.namespace };

  const ingressPolicies: number[][] = cluster.pods.map(() => []);
  const egressPolicies: number[][] = cluster.pods.map(() => []);
  policies.forEach((policy, policyIndex) => {
    // A policy only ever selects pods of its own namespace.
    for (const podIdx of byNamespace.get(policy.target.namespace) ?? []) {
      if (!targetSelects(policy, cluster.pods[podIdx] as PodEndpoint)) continue;
      if (policy.isolates.ingress) ingressPolicies[podIdx]?.push(policyIndex);
      if (policy.isolates.egress) egressPolicies[podIdx]?.push(policyIndex);
    }
  });
  const model = {
    cluster,
    policies,
    podIndex,
    podByIp,
    namespaceLabels,
    ingressPolicies,
    egressPolicies,
  };
  return clusterPolicies.length > 0 ? { ...model, clusterPolicies } : model;
}
