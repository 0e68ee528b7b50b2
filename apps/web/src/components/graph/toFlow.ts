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
import type { FlowChange } from '../../analysis/changedFlows';
import type { PolicyFocus } from '../../analysis/policyFocus';
import type { Rect } from './edgeGeometry';
import { edgeLabelText } from './edgeLabel';
import { labelWidth, placeLabels } from './labelPlacement';
import { COMPACT_ABOVE, type Layout } from './layout';

/** How a pod relates to the focused (selected) pod. */
export type FocusRole = 'selected' | 'both' | 'reaches' | 'reached' | 'none';

/** `compact`: big graphs draw pods with their name and isolation only (far fewer DOM nodes). */
/** How a pod relates to the selected policy: selected by it, admitted by its rules, or neither. */
export type PolicyRole = 'target' | 'peer' | 'other';
export type PodNodeData = { pod: PodView; focus: FocusRole | null; compact: boolean; highlight: PolicyRole | null };

/** `collapsed`: drawn as one tile on the namespace map; `drillable`: the map, where it can open. */
export type NamespaceNodeData = {
  ns: NamespaceView;
  expandable: boolean;
  expanded: boolean;
  collapsed: boolean;
  drillable: boolean;
};
export type CidrNodeData = { cidr: string; label?: string; added?: true };
/** A drawn label: where along the curve, and how wide (the box the placement checked). */
export type EdgeLabelSpot = { t: number; width: number };
export type FlowEdgeData = {
  view: FlowEdgeView;
  dimmed: boolean;
  /** Null: no free spot, so no label (the edge explains itself on hover and click). */
  label: EdgeLabelSpot | null;
  changed?: FlowChange;
  /** An expectation is about this flow: whether it holds. */
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
  /** Flows changed by the last text change, or since the baseline in compare mode. */
  readonly changed: ReadonlyMap<string, FlowChange>;
  /** Edges an expectation is about: edge id → whether it holds. */
  readonly pinned?: ReadonlyMap<string, 'pass' | 'fail'>;
  readonly policy: PolicyFocus | null;
  /** Namespaces drawn as tiles (the namespace map), their pods not drawn. */
  readonly collapsed: ReadonlySet<string>;
  /** The namespace map is on (namespaces open one at a time). */
  readonly namespaceMap: boolean;
}

function policyRole(policy: PolicyFocus | null, podId: string): PolicyRole | null {
  if (!policy) return null;
  return policy.targets.has(podId) ? 'target' : policy.peers.has(podId) ? 'peer' : 'other';
}

/** Namespace header height in flow units (the label placement keeps labels off it). */
const NS_HEADER = 44;

/** Every node's rectangle in flow coordinates (pods absolute), as React Flow will place them. */
export function nodeRects(view: ClusterView, layout: Layout, positions: Readonly<Record<string, XY>>) {
  const rects = new Map<string, Rect>();
  const headers: Rect[] = [];
  for (const ns of view.namespaces) {
    const box = layout.namespaces.get(ns.name);
    if (!box) continue;
    const at = positions[namespaceNodeId(ns.name)] ?? box;
    rects.set(namespaceNodeId(ns.name), { x: at.x, y: at.y, width: box.width, height: box.height });
    headers.push({ x: at.x, y: at.y, width: box.width, height: NS_HEADER });
    for (const id of ns.podIds) {
      const pod = layout.pods.get(id);
      if (!pod) continue;
      const rel = positions[id] ?? pod;
      rects.set(id, { x: at.x + rel.x, y: at.y + rel.y, width: pod.width, height: pod.height });
    }
  }
  for (const cidr of view.cidrs) {
    const box = layout.cidrs.get(cidr.id);
    if (box) rects.set(cidr.id, { ...box, ...positions[cidr.id] });
  }
  return { rects, headers };
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
      data: {
        ns,
        expandable: input.plan.aggregated && !input.namespaceMap,
        expanded: input.expandedNamespace === ns.name,
        collapsed: input.collapsed.has(ns.name),
        drillable: input.namespaceMap,
      },
      selected: input.selectedNamespace === ns.name,
      zIndex: 0,
    });
  }
  for (const pod of view.pods) {
    const box = layout.pods.get(pod.id);
    if (!box || input.collapsed.has(pod.namespace)) continue;
    nodes.push({
      id: pod.id,
      type: 'pod',
      parentId: namespaceNodeId(pod.namespace),
      extent: 'parent',
      position: positions[pod.id] ?? { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { pod, focus: roles.get(pod.id) ?? null, compact, highlight: policyRole(input.policy, pod.id) },
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
      data: { cidr: cidr.cidr, ...(cidr.label ? { label: cidr.label } : {}), ...(cidr.added ? { added: true } : {}) },
    });
  }
  return nodes;
}

/** The React Flow edges, labelled where there is room; with a focused pod, edges not touching it are dimmed. */
export function toEdges(input: ProjectionInput): FlowEdge[] {
  const focus = input.selectedPod;
  const { rects, headers } = nodeRects(input.view, input.layout, input.positions);
  const requests = input.plan.edges.flatMap((view) => {
    const source = rects.get(view.from);
    const target = rects.get(view.to);
    if (!source || !target) return [];
    const priority = (view.id === input.selectedFlowId ? 2 : 0) + (input.changed.has(view.id) ? 1 : 0);
    return [{ id: view.id, source, target, text: edgeLabelText(view), priority }];
  });
  const obstacles = [...headers, ...input.view.pods.flatMap((p) => rects.get(p.id) ?? []), ...input.view.cidrs.flatMap((c) => rects.get(c.id) ?? [])];
  const spots = placeLabels(requests, obstacles);
  return input.plan.edges.map((view) => {
    const spot = spots.get(view.id);
    return {
      id: view.id,
      type: 'flow',
      source: view.from,
      target: view.to,
      data: {
        view,
        dimmed:
          (focus !== null && view.from !== focus && view.to !== focus) ||
          (input.policy !== null && !input.policy.targets.has(view.from) && !input.policy.targets.has(view.to)),
        label: spot ? { t: spot.t, width: labelWidth(edgeLabelText(view)) } : null,
        changed: input.changed.get(view.id),
        ...(input.pinned?.has(view.id) ? { expectation: input.pinned.get(view.id) } : {}),
      },
      selected: view.id === input.selectedFlowId,
      // Above the namespace groups (0), level with the pods (1): pods, drawn later, stay on top.
      zIndex: 1,
    };
  });
}
