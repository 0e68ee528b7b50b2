import type { Derivation } from '../../analysis/derive';
import { podIsolation } from '../../analysis/engineAdapter';
import { engineIdOf, type ClusterView, type PodView } from '../../analysis/graphData';
import { requestReveal, workspaceRange } from '../../analysis/reveal';
import { runCommand } from '../../commands/command';
import { editLabels } from '../../commands/graphCommands';
import { useAppStore } from '../../state/store';
import { LabelEditor } from './LabelEditor';
import { PolicyList } from './PolicyList';
import styles from './Inspector.module.css';
import { plural } from '../common/plural';

/** Where a workload keeps its pods' labels. */
export function labelsPath(kind: string): string | undefined {
  if (kind === 'Pod') return undefined;
  if (kind === 'CronJob') return 'spec.jobTemplate.spec.template.metadata.labels';
  return 'spec.template.metadata.labels';
}

/** The selected pod: identity, labels (editable), ports, isolation and its policies. */
export function PodDetails({ derivation, view, pod }: { derivation: Derivation; view: ClusterView; pod: PodView }) {
  const iso = podIsolation(view.model, engineIdOf(view, pod.id));
  const openAllow = useAppStore((s) => s.openAllowDialog);
  const selecting = view.policies.filter((p) =>
    [...iso.ingress, ...iso.egress].some((r) => r.file === p.ref.file && r.documentIndex === p.ref.documentIndex && r.itemIndex === p.ref.itemIndex),
  );
  const object = derivation.result.objects.find(
    (o) => o.ref.file === pod.source.file && o.ref.documentIndex === pod.source.documentIndex && o.ref.itemIndex === pod.source.itemIndex,
  );
  const range = object ? workspaceRange(derivation, pod.source.file, pod.source.documentIndex, object.range) : undefined;
  return (
    <section className={styles.section} data-testid="pod-details" data-pod={pod.id}>
      <h3 className={styles.h3}>
        <button type="button" className={styles.link} disabled={!range} onClick={() => range && requestReveal(range)}>
          {pod.name}
        </button>
      </h3>
      <div className={styles.meta}>
        {pod.kind}
        {pod.replicas !== undefined && pod.kind !== 'Pod' ? ` · ${plural(pod.replicas, 'replica')}` : ''} · namespace{' '}
        {pod.namespace}
        {pod.stale ? ' · drawn from its last valid version' : ''}
      </div>
      <h4 className={styles.h4}>Labels</h4>
      <LabelEditor
        labels={pod.labels}
        disabled={pod.stale}
        onSave={(labels) => runCommand(editLabels, { ref: pod.source, labels, path: labelsPath(pod.kind) })}
      />
      <h4 className={styles.h4}>Container ports</h4>
      <div className={styles.meta}>
        {pod.ports.length === 0 ? 'none declared' : pod.ports.map((p) => `${p.protocol} ${p.port}${p.name ? ` (${p.name})` : ''}`).join(', ')}
      </div>
      <h4 className={styles.h4}>Isolation</h4>
      <div className={styles.meta} data-testid="pod-isolation">
        ingress: {iso.ingress.length > 0 ? `isolated by ${iso.ingress.map((r) => r.name).join(', ')}` : 'open (no policy selects it)'}
        <br />
        egress: {iso.egress.length > 0 ? `isolated by ${iso.egress.map((r) => r.name).join(', ')}` : 'open (no policy selects it)'}
      </div>
      <div className={styles.row}>
        <button type="button" className={styles.small} data-testid="allow-to-pod" onClick={() => openAllow({ from: '', to: pod.id })}>
          Allow traffic to this pod…
        </button>
        <button type="button" className={styles.small} data-testid="allow-from-pod" onClick={() => openAllow({ from: pod.id, to: '' })}>
          Allow traffic from it…
        </button>
      </div>
      <h4 className={styles.h4}>Policies selecting it</h4>
      <PolicyList derivation={derivation} policies={selecting} />
    </section>
  );
}
