import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { CidrNode as CidrNodeType } from './toFlow';
import styles from './GraphNodes.module.css';

/**
 * An external network: named by an ipBlock, or added by the user (`data-added`: in no
 * policy yet). A flow drawn from it is ingress; one dropped on it (as on a pod: the graph
 * finds the node under the pointer) is egress.
 */
function CidrNodeView({ data, id }: NodeProps<CidrNodeType>) {
  return (
    <div
      className={styles.cidr}
      data-testid="cidr-node"
      data-cidr={data.cidr}
      data-id={id}
      {...(data.added ? { 'data-added': 'true' } : {})}
      title={data.added ? 'Added by you; written into the YAML when you draw a flow to or from it' : undefined}
    >
      <Handle type="target" position={Position.Left} className={styles.targetHandle} isConnectable={false} />
      <span className={styles.nsKind}>external</span>
      <span className={styles.cidrText}>{data.label ?? data.cidr}</span>
      <Handle
        type="source"
        position={Position.Right}
        className={styles.sourceHandle}
        title="Drag to a pod to allow traffic from this network"
      />
    </div>
  );
}

export const CidrNode = memo(CidrNodeView);
