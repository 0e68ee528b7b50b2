import { useAnalysis } from '../../analysis/analysisStore';
import { clusterViewOf } from '../../analysis/selectors';
import { useAppStore } from '../../state/store';
import { NamespaceDetails } from './NamespaceDetails';
import { PodDetails } from './PodDetails';
import { PolicyList } from './PolicyList';
import styles from './Inspector.module.css';

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
  return (
    <section className={styles.section} data-testid="selection-overview">
      <p className={styles.hint}>
        {view.pods.length} pods in {view.namespaces.length} namespaces, {view.policies.length} policies in force.
        Click a pod to focus it, an edge to explain it; drag from a pod&apos;s handle to another pod to allow
        traffic.
      </p>
      <h3 className={styles.h3}>Policies</h3>
      <PolicyList derivation={derivation} policies={view.policies} />
    </section>
  );
}
