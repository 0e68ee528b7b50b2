import { useAnalysis } from '../../analysis/analysisStore';
import { clusterViewOf } from '../../analysis/selectors';
import { useAppStore } from '../../state/store';
import { NamespaceDetails } from './NamespaceDetails';
import { PodDetails } from './PodDetails';
import { PolicyList } from './PolicyList';
import { ClusterPolicyList } from './ClusterPolicyList';
import styles from './Inspector.module.css';
import { WorkspaceSummary } from './WorkspaceSummary';
import { policyCounts } from './policyCounts';

/** Details and actions for the selected pod or namespace; an overview otherwise. */
export function SelectionSection() {
  const derivation = useAnalysis();
  const selectedPod = useAppStore((s) => s.selectedPod);
  const selectedNamespace = useAppStore((s) => s.selectedNamespace);
  if (!derivation) return null;
  const view = clusterViewOf(derivation);
  const pod = selectedPod ? view.podsById.get(selectedPod) : undefined;
  if (pod) return <PodDetails derivation={derivation} view={view} pod={pod} />;
  const ns = view.namespaces.find((n) => n.name === selectedNamespace);
  if (ns) return <NamespaceDetails derivation={derivation} view={view} ns={ns} />;
  const counts = policyCounts(view.policies, derivation.result.clusterPolicies ?? []);
  return (
    <section
      className={styles.section}
      data-testid="selection-overview"
      data-policies-in-force={counts.networkPolicies}
      data-cluster-policies-in-force={counts.clusterPolicies}
    >
      <WorkspaceSummary view={view} counts={counts} objectCount={derivation.result.objects.length} />
      <ul className={styles.tips}>
        <li>Click a pod to focus on it, an edge to see why.</li>
        <li>Drag from a pod&apos;s right handle to another pod to allow traffic.</li>
      </ul>
      <h4 className={styles.h4}>Policies</h4>
      <PolicyList derivation={derivation} policies={view.policies} />
      <ClusterPolicyList derivation={derivation} />
    </section>
  );
}
