import type { InternalNode } from '@xyflow/react';
import { edgeLabelText } from '../graph/edgeLabel';
import type { FlowEdge, GraphNode } from '../graph/toFlow';
import { plural } from '../common/plural';
import type { PictureEdge, PictureNode } from './vectorPicture';

/** The drawn graph (React Flow's nodes with absolute positions, and its edges) as picture data. */
export function pictureOfGraph(
  nodes: readonly GraphNode[],
  edges: readonly FlowEdge[],
  internal: (id: string) => InternalNode | undefined,
): { nodes: PictureNode[]; edges: PictureEdge[] } {
  const rects = new Map(
    nodes.map((node) => {
      const at = internal(node.id)?.internals.positionAbsolute ?? node.position;
      return [node.id, { x: at.x, y: at.y, width: node.width ?? 0, height: node.height ?? 0 }] as const;
    }),
  );
  const out: PictureNode[] = [];
  for (const node of nodes) {
    const rect = rects.get(node.id);
    if (!rect) continue;
    if (node.type === 'namespace') out.push({ kind: 'namespace', rect, name: node.data.ns.name, detail: plural(node.data.ns.podIds.length, 'pod') });
    else if (node.type === 'cidr') out.push({ kind: 'cidr', rect, name: node.data.cidr });
    else {
      const { pod } = node.data;
      const isolated = [pod.ingressIsolated && 'ingress', pod.egressIsolated && 'egress'].filter(Boolean).join(' + ');
      out.push({ kind: 'pod', rect, name: pod.name, detail: isolated ? `${isolated} isolated` : 'unrestricted', isolated: isolated !== '' });
    }
  }
  const pictured: PictureEdge[] = [];
  for (const edge of edges) {
    const source = rects.get(edge.source);
    const target = rects.get(edge.target);
    if (!source || !target || !edge.data) continue;
    const { view, label, changed } = edge.data;
    pictured.push({ source, target, verdict: view.verdict, changed, label: label ? { ...label, text: edgeLabelText(view) } : undefined });
  }
  return { nodes: out, edges: pictured };
}
