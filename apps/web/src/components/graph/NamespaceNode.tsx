import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import type { NamespaceNode as NamespaceNodeType } from './toFlow';
import styles from './GraphNodes.module.css';
import { plural } from '../common/plural';

/** A namespace: a labelled group holding its pods. */
function NamespaceNodeView({ data, selected }: NodeProps<NamespaceNodeType>) {
  const { ns, expandable, expanded, collapsed, drillable } = data;
  const expandNamespace = useAppStore((s) => s.expandNamespace);
  const toggleCollapsed = useAppStore((s) => s.toggleNamespaceCollapsed);
  return (
    <div
      className={`${styles.namespace} ${collapsed ? styles.nsCollapsed : ''}`}
      data-testid="namespace-node"
      data-namespace={ns.name}
      data-collapsed={collapsed ? 'true' : undefined}
      data-selected={selected ? 'true' : undefined}
      title={collapsed ? `namespace ${ns.name}` : undefined}
    >
      <Handle type="target" position={Position.Left} className={styles.targetHandle} isConnectable={false} />
      <div className={styles.nsHeader}>
        {!collapsed && <span className={styles.nsKind}>namespace</span>}
        <span className={styles.nsName}>{ns.name}</span>
        {ns.implied && (
          <span className={styles.nsImplied} title="No Namespace object declares it">
            implied
          </span>
        )}
        <span className={styles.nsCount}>
          {plural(ns.podIds.length, 'pod')}
        </span>
        {expandable && (
          <button
            type="button"
            className={`${styles.nsExpand} nodrag`}
            onClick={(e) => {
              e.stopPropagation();
              expandNamespace(expanded ? null : ns.name);
            }}
          >
            {expanded ? 'collapse edges' : 'expand edges'}
          </button>
        )}
        {!drillable && (
          <button
            type="button"
            className={`${styles.nsExpand} ${styles.nsFold} nodrag`}
            data-testid="namespace-collapse"
            aria-pressed={collapsed}
            aria-label={collapsed ? `Expand namespace ${ns.name}` : `Collapse namespace ${ns.name}`}
            title={collapsed ? `Show the pods of ${ns.name}` : `Draw ${ns.name} as one node`}
            onClick={(e) => {
              e.stopPropagation();
              toggleCollapsed(ns.name);
            }}
          >
            {/* A glyph, not a word: a narrow namespace's header keeps room for its name. */}
            {collapsed ? '+' : '−'}
          </button>
        )}
        {drillable && (
          <button
            type="button"
            className={`${styles.nsExpand} nodrag`}
            data-testid="namespace-drill"
            onClick={(e) => {
              e.stopPropagation();
              expandNamespace(collapsed ? ns.name : null);
            }}
          >
            {collapsed ? 'show pods' : 'fold'}
          </button>
        )}
      </div>
      <Handle
        type="source"
        position={Position.Right}
        className={`${styles.sourceHandle} ${styles.nsHandle}`}
        title="Drag to a pod to allow traffic from this namespace"
      />
    </div>
  );
}

export const NamespaceNode = memo(NamespaceNodeView);
