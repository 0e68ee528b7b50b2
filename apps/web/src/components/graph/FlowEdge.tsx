import { memo } from 'react';
import { EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { useAppStore } from '../../state/store';
import { curved, floatingSegment, type Rect } from './edgeGeometry';
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

/** `TCP:6379,UDP:53` → `TCP 6379, UDP 53`; `all` → `all ports`. */
export function portsLabel(ports: readonly string[]): string {
  if (ports.includes('all')) return 'all ports';
  const shown = ports.slice(0, 2).map((p) => p.replace(':', ' '));
  return ports.length > 2 ? `${shown.join(', ')} +${ports.length - 2}` : shown.join(', ');
}

/** An aggregate's pod pairs, short: `✓ 4`, `✕ 25` or `✓ 4 · ✕ 21`. */
function countsLabel({ allowed, denied }: { allowed: number; denied: number }): string {
  if (denied === 0) return `✓ ${allowed}`;
  if (allowed === 0) return `✕ ${denied}`;
  return `✓ ${allowed} · ✕ ${denied}`;
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
  const { view, dimmed, changed, expectation } = data;
  const seg = curved(floatingSegment(rectOf(sourceNode), rectOf(targetNode), 5));
  const path = `M ${seg.sx},${seg.sy} Q ${seg.cx},${seg.cy} ${seg.tx},${seg.ty}`;
  const { mx, my } = seg;
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
  const verdictLabel = view.counts
    ? countsLabel(view.counts)
    : view.verdict === 'allowed'
      ? portsLabel(view.ports)
      : view.verdict === 'unknown' || view.verdict === 'ambiguous'
        ? `? ${view.verdict}`
        : '✕';
  // A cluster tier's decision is named on the edge: a NetworkPolicy cannot change it.
  const label = view.tier ? `${view.tier} ${verdictLabel}` : verdictLabel;
  const className = [
    styles.edge,
    styles[view.verdict],
    dimmed ? styles.dimmed : '',
    selected ? styles.selected : '',
    changed ? styles[`changed_${changed}`] : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <g className={className} data-testid="flow-edge" {...attrs}>
        <path d={path} className={styles.hit} />
        <path d={path} className={styles.line} markerEnd={`url(#netpol-arrow-${view.verdict})`} />
      </g>
      <EdgeLabelRenderer>
        <button
          type="button"
          className={`${styles.label} ${styles[`label_${view.verdict}`]} ${dimmed ? styles.dimmed : ''} nodrag nopan`}
          style={{ transform: `translate(-50%, -50%) translate(${mx}px, ${my}px)` }}
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
          {label}
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
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
