import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { PodNode as PodNodeType } from './toFlow';
import { keyLabels } from './keyLabels';
import styles from './GraphNodes.module.css';
import { plural } from '../common/plural';

/** A pod, or a workload drawn as one pod with its replica count. */
function PodNodeView({ data, selected }: NodeProps<PodNodeType>) {
  const { pod, focus } = data;
  // A pod the selected policy neither selects nor admits is dimmed, like an unrelated pod under focus.
  const highlight = data.highlight === 'other' ? 'none' : data.highlight;
  if (data.compact) return <CompactPod pod={pod} focus={focus} selected={selected} highlight={highlight} />;
  const labels = keyLabels(pod.labels, 2);
  const isolated = pod.ingressIsolated || pod.egressIsolated;
  return (
    <div
      className={styles.pod}
      data-testid="pod-node"
      data-pod={pod.id}
      data-count={pod.members ? pod.members.length : undefined}
      data-focus={focus ?? undefined}
      data-highlight={highlight ?? undefined}
      data-selected={selected ? 'true' : undefined}
      data-stale={pod.stale ? 'true' : undefined}
      title={pod.stale ? 'Drawn from the last valid version of a document that has errors now' : pod.id}
    >
      <Handle type="target" position={Position.Left} className={styles.targetHandle} isConnectable={false} />
      <div className={styles.podHeader}>
        <span className={styles.podName}>{pod.name}</span>
        {pod.replicas !== undefined && pod.replicas !== 1 && (
          <span className={styles.replicas} title={`${pod.kind} with ${plural(pod.replicas, 'replica')}`}>
            ×{pod.replicas}
          </span>
        )}
      </div>
      <div className={styles.labels}>
        {labels.map((l) => (
          <span key={l} className={styles.label} title={l}>
            {l}
          </span>
        ))}
      </div>
      <div className={styles.badges}>
        {pod.ingressIsolated && <span className={styles.badgeIsolated}>ingress isolated</span>}
        {pod.egressIsolated && <span className={styles.badgeIsolated}>egress isolated</span>}
        {(pod.tierIngress || pod.tierEgress) && (
          <span className={styles.badgeIsolated} title="A ClusterNetworkPolicy selects this pod: a tier may decide its traffic">
            cluster tiers
          </span>
        )}
        {!isolated && !pod.tierIngress && !pod.tierEgress && <span className={styles.badgeOpen}>unrestricted</span>}
        {pod.stale && <span className={styles.badgeStale}>stale</span>}
      </div>
      <Handle
        type="source"
        position={Position.Right}
        className={styles.sourceHandle}
        title="Drag to another pod to allow traffic"
      />
    </div>
  );
}

/** The same pod in a big graph: name and isolation colour only. */
function CompactPod({
  pod,
  focus,
  selected,
  highlight,
}: {
  pod: PodNodeType['data']['pod'];
  focus: PodNodeType['data']['focus'];
  selected?: boolean;
  highlight: 'target' | 'peer' | 'none' | null;
}) {
  const isolation = pod.ingressIsolated && pod.egressIsolated ? 'both' : pod.ingressIsolated ? 'ingress' : pod.egressIsolated ? 'egress' : 'none';
  return (
    <div
      className={`${styles.pod} ${styles.compact}`}
      data-testid="pod-node"
      data-pod={pod.id}
      data-count={pod.members ? pod.members.length : undefined}
      data-focus={focus ?? undefined}
      data-highlight={highlight ?? undefined}
      data-selected={selected ? 'true' : undefined}
      data-stale={pod.stale ? 'true' : undefined}
      data-isolation={isolation}
      title={`${pod.id}: ${isolation === 'none' ? 'unrestricted' : `${isolation} isolated`}`}
    >
      <Handle type="target" position={Position.Left} className={styles.targetHandle} isConnectable={false} />
      <span className={styles.podName}>{pod.name}</span>
      <Handle type="source" position={Position.Right} className={styles.sourceHandle} />
    </div>
  );
}

export const PodNode = memo(PodNodeView);
