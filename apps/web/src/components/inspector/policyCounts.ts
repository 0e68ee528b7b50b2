import { STALE_FILE } from '../../analysis/derive';
import { plural } from '../common/plural';

/** What the workspace summary counts: policies in force, and stale copies apart. */
export interface PolicyCounts {
  readonly networkPolicies: number;
  readonly clusterPolicies: number;
  /** Policies (of either kind) drawn from the last valid version of a broken document. */
  readonly stale: number;
}

/**
 * Counts NetworkPolicies and ClusterNetworkPolicies in force. A stale copy (from the last
 * valid text of a document with a syntax error) is not in force, of either kind, so it is
 * counted apart.
 */
export function policyCounts(
  policies: readonly { readonly ref: { readonly file: string } }[],
  clusterPolicies: readonly { readonly ref: { readonly file: string } }[],
): PolicyCounts {
  const isStale = (p: { readonly ref: { readonly file: string } }) => p.ref.file === STALE_FILE;
  const staleNp = policies.filter(isStale).length;
  const staleCnp = clusterPolicies.filter(isStale).length;
  return {
    networkPolicies: policies.length - staleNp,
    clusterPolicies: clusterPolicies.length - staleCnp,
    stale: staleNp + staleCnp,
  };
}

/**
 * "3 policies in force" when only NetworkPolicies exist (the kind is then implied);
 * "2 NetworkPolicies and 1 ClusterNetworkPolicy in force" once a cluster policy is, since
 * the two kinds decide traffic in different tiers and a single number would hide which.
 */
export function inForceText(counts: PolicyCounts): string {
  if (counts.clusterPolicies === 0) return `${plural(counts.networkPolicies, 'policy')} in force`;
  return (
    `${plural(counts.networkPolicies, 'NetworkPolicy', 'NetworkPolicies')} and ` +
    `${plural(counts.clusterPolicies, 'ClusterNetworkPolicy', 'ClusterNetworkPolicies')} in force`
  );
}
