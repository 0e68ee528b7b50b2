import type { Edge, Node } from '@xyflow/react';
import type { FlowEdgeView, EdgePlan } from '../../analysis/flowEdges';
import {
  isAllowed,
  namespaceNodeId,
  type ClusterView,
  type NamespaceView,
  type PodView,
  type Verdicts,
} from '../../analysis/graphData';
import type { XY } from '../../state/graphSlice';
import type { Layout } from './layout';

/** How a pod relates to the focused (selected) pod. */
export type FocusRole = 'selected' | 'both' | 'reaches' | 'reached' | 'none';

/** `compact`: big graphs draw pods with their name and isolation only (far fewer DOM nodes). */
export type PodNodeData = { pod: PodView; focus: FocusRole | null; compact: boolean };

/** Above this many pods, pod nodes are drawn compact. */
export const COMPACT_ABOVE = 200;
export type NamespaceNodeData = { ns: NamespaceView; expandable: boolean; expanded: boolean };
export type CidrNodeData = { cidr: string };
export type FlowEdgeData = {
  view: FlowEdgeView;
  dimmed: boolean;
  changed?: 'gained' | 'lost';
  expectation?: 'pass' | 'fail';
};

export type PodNode = Node<PodNodeData, 'pod'>;
export type NamespaceNode = Node<NamespaceNodeData, 'namespace'>;
export type CidrNode = Node<CidrNodeData, 'cidr'>;
export type GraphNode = PodNode | NamespaceNode | CidrNode;
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

/** Colours every pod by whether it can reach the selected pod and be reached from it. */
export function focusRoles(view: ClusterView, v: Verdicts, selected: string | null): Map<string, FocusRole> {
  const roles = new Map<string, FocusRole>();
  if (!selected || !view.podsById.has(selected)) return roles;
  for (const pod of view.pods) {
    if (pod.id === selected) {
      roles.set(pod.id, 'selected');
      continue;
    }
    const reaches = isAllowed(v, pod.id, selected);
    const reached = isAllowed(v, selected, pod.id);
    roles.set(pod.id, reaches && reached ? 'both' : reaches ? 'reaches' : reached ? 'reached' : 'none');
  }
  return roles;
}

interface ProjectionInput {
  readonly view: ClusterView;
  readonly layout: Layout;
  readonly plan: EdgePlan;
  readonly roles: ReadonlyMap<string, FocusRole>;
  readonly positions: Readonly<Record<string, XY>>;
  readonly selectedPod: string | null;
  readonly selectedNamespace: string | null;
  readonly selectedFlowId: string | null;
  readonly expandedNamespace: string | null;
  /** Compare mode: edge id → how the flow changed since the baseline. */
  readonly changed?: ReadonlyMap<string, 'gained' | 'lost'> | undefined;
  /** Edges an expectation is about: edge id → whether it holds. */
  readonly pinned?: ReadonlyMap<string, 'pass' | 'fail'>;
}

/** The React Flow nodes: namespace groups first (parents precede children), then pods, then CIDRs. */
export function toNodes(input: ProjectionInput): GraphNode[] {
  const { view, layout, roles, positions } = input;
  const nodes: GraphNode[] = [];
  const compact = view.pods.length > COMPACT_ABOVE;
  for (const ns of view.namespaces) {
    const box = layout.namespaces.get(ns.name);
    if (!box) continue;
    const id = namespaceNodeId(ns.name);
    nodes.push({
      id,
      type: 'namespace',
      position: positions[id] ?? { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { ns, expandable: input.plan.aggregated, expanded: input.expandedNamespace === ns.name },
      selected: input.selectedNamespace === ns.name,
      zIndex: 0,
    });
  }
  for (const pod of view.pods) {
    const box = layout.pods.get(pod.id);
    if (!box) continue;
    nodes.push({
      id: pod.id,
      type: 'pod',
      parentId: namespaceNodeId(pod.namespace),
      extent: 'parent',
      position: positions[pod.id] ?? { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { pod, focus: roles.get(pod.id) ?? null, compact },
      selected: input.selectedPod === pod.id,
      zIndex: 1,
    });
  }
  for (const cidr of view.cidrs) {
    const box = layout.cidrs.get(cidr.id);
    if (!box) continue;
    nodes.push({
      id: cidr.id,
      type: 'cidr',
      position: positions[cidr.id] ?? { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { cidr: cidr.cidr },
    });
  }
  return nodes;
}

/** The React Flow edges; with a focused pod, edges not touching it are dimmed. */
export function toEdges(input: ProjectionInput): FlowEdge[] {
  const focus = input.selectedPod;
  return input.plan.edges.map((view) => ({
    id: view.id,
    type: 'flow',
    source: view.from,
    target: view.to,
    data: {
      view,
      dimmed: focus !== null && view.from !== focus && view.to !== focus,
      ...(input.changed?.has(view.id) ? { changed: input.changed.get(view.id) } : {}),
      ...(input.pinned?.has(view.id) ? { expectation: input.pinned.get(view.id) } : {}),
    },
    selected: view.id === input.selectedFlowId,
    // Above the namespace groups (0), level with the pods (1): pods, drawn later, stay on top.
    zIndex: 1,
  }));
}
