/**
 * The labels a namespace peer may select by: every label of the namespace, with how many
 * namespaces each one selects. `kubernetes.io/metadata.name` (set by the apiserver, so it
 * cannot drift) names exactly one namespace; a shared label (`team=shop`) makes the intent
 * "any namespace with label X", including namespaces created later.
 */
import { NAMESPACE_NAME_LABEL } from '../cluster';
import type { Cluster } from '../model';

export interface NamespaceLabelCandidate {
  readonly key: string;
  readonly value: string;
  /** Namespaces of the workspace carrying the label. */
  readonly namespaces: readonly string[];
}

/** The namespace's labels, the name label first, then by key; [] for an unknown namespace. */
export function proposeNamespaceLabels(cluster: Cluster, name: string): NamespaceLabelCandidate[] {
  const namespace = cluster.namespaces.find((ns) => ns.name === name);
  if (!namespace) return [];
  const labels = { [NAMESPACE_NAME_LABEL]: name, ...namespace.labels };
  return Object.entries(labels)
    .map(([key, value]) => ({
      key,
      value,
      namespaces: cluster.namespaces.filter((ns) => ns.labels[key] === value).map((ns) => ns.name),
    }))
    .sort(
      (a, b) =>
        Number(b.key === NAMESPACE_NAME_LABEL) - Number(a.key === NAMESPACE_NAME_LABEL) ||
        a.key.localeCompare(b.key),
    );
}
