import { memo } from 'react';
import { EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import type { Rect } from './edgeGeometry';
import { edgeLabelText } from './edgeLabel';
import { edgeCurve, LABEL_H, pointAt } from './labelPlacement';
import type { FlowEdge as FlowEdgeType } from './toFlow';
import styles from './FlowEdge.module.css';
import { plural } from '../common/plural';
import { useIsStaleFlow } from '../../analysis/stale';

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/**
 * A verdict edge: green when allowed (labelled with the ports), red when denied, amber
 * for a namespace aggregate with both. Drawn as a gentle curve between node borders; the data-*
 * attributes are the e2e contract.
 */
function FlowEdgeView({ id, source, target, data, selected }: EdgeProps<FlowEdgeType>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  const selectFlow = useAppStore((s) => s.selectFlow);
  const hoverFlow = useAppStore((s) => s.hoverFlow);
  const stale = useIsStaleFlow(data?.view.from ?? '', data?.view.to ?? '');
  if (!sourceNode || !targetNode || !data) return null;
  const { view, dimmed, label, changed, expectation } = data;
  const seg = edgeCurve(rectOf(sourceNode), rectOf(targetNode));
  const path = `M ${seg.sx},${seg.sy} Q ${seg.cx},${seg.cy} ${seg.tx},${seg.ty}`;
  // The label follows its curve while a node is dragged, at the spot placement chose.
  const at = label ? pointAt(seg, label.t) : null;
  const attrs = {
    'data-from': view.from,
    'data-to': view.to,
    'data-verdict': view.verdict,
    'data-ports': view.ports.join(','),
    ...(stale ? { 'data-stale': 'true' } : {}),
    ...(view.tier ? { 'data-tier': view.tier } : {}),
    ...(changed ? { 'data-changed': changed } : {}),
    ...(expectation ? { 'data-expectation': expectation } : {}),
  };
  const className = [
    styles.edge,
    styles[view.verdict],
    dimmed ? styles.dimmed : '',
    selected ? styles.selected : '',
    changed ? `${styles.changed} ${styles[`changed_${changed}`]}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <g className={className} data-testid="flow-edge" {...attrs}>
        <path d={path} className={styles.hit} />
        <path d={path} className={styles.line} markerEnd={`url(#netpol-arrow-${view.verdict})`} />
      </g>
      {label && at && (
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`${styles.label} ${styles[`label_${view.verdict}`]} ${dimmed ? styles.dimmed : ''} nodrag nopan`}
          style={{
            width: label.width,
            height: LABEL_H,
            transform: `translate(${at.x - label.width / 2}px, ${at.y - LABEL_H / 2}px)`,
          }}
          data-testid="flow-edge-label"
          data-edge-id={id}
          {...attrs}
          title={
            view.counts
              ? `${view.from} → ${view.to}: ${plural(view.counts.allowed, 'pod pair')} allowed, ${view.counts.denied} denied`
              : `${view.from} → ${view.to}: ${view.verdict}`
          }
          onClick={() => selectFlow({ from: view.from, to: view.to })}
          onMouseEnter={(e) => hoverFlow({ from: view.from, to: view.to, clientX: e.clientX, clientY: e.clientY })}
          onMouseLeave={() => hoverFlow(null)}
        >
          {edgeLabelText(view)}
          {expectation && (
            <span
              className={`${styles.expectation} ${styles[`expectation_${expectation}`]}`}
              data-testid="expectation-badge"
              title={
                expectation === 'pass'
                  ? 'An expectation about this flow holds'
                  : 'An expectation about this flow fails'
              }
            >
              {expectation === 'pass' ? 'expected ✓' : 'expected ✕'}
            </span>
          )}
        </button>
      </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
