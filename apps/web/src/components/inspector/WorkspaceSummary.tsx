import type { ClusterView } from '../../analysis/graphData';
import { plural } from '../common/plural';
import type { PolicyCounts } from './policyCounts';
import { inForceText } from './policyCounts';
import styles from './Inspector.module.css';

/**
 * The workspace in one line: pods, namespaces and the policies in force as the text stands.
 * Policies drawn from the last valid version of a document with a syntax error are counted
 * apart, so the summary never calls a stale copy "in force". ClusterNetworkPolicies are counted
 * as a kind of their own. An empty workspace gets a hint.
 */
export function WorkspaceSummary({
  view,
  counts,
  objectCount,
}: {
  readonly view: ClusterView;
  readonly counts: PolicyCounts;
  readonly objectCount: number;
}) {
  const { stale } = counts;
  // A grouped workload is one node but several pods.
  const pods = view.pods.reduce((n, p) => n + (p.members?.length ?? 1), 0);
  return (
    <>
      <p
        className={styles.summary}
        data-testid="workspace-summary"
        data-policies-in-force={counts.networkPolicies}
        data-cluster-policies-in-force={counts.clusterPolicies}
      >
        {plural(pods, 'pod')} · {plural(view.namespaces.length, 'namespace')} ·{' '}
        {inForceText(counts)}
      </p>
      {stale > 0 && (
        <p className={styles.problem} data-testid="stale-summary" data-stale-policies={stale}>
          {plural(stale, 'policy')} shown from {stale === 1 ? 'its' : 'their'} last valid version
          (the YAML has a syntax error there now)
        </p>
      )}
      {objectCount === 0 && (
        <p className={styles.hint} data-testid="empty-workspace-hint">
          The workspace is empty: paste manifests into the editor, drop files, or open an example.
        </p>
      )}
    </>
  );
}
