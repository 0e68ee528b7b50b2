import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  type FinalConnectionState,
  type NodeChange,
  type NodeMouseHandler,
  type EdgeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

import { useAppStore } from '../../state/store';
import { parseNodeId } from '../../analysis/graphData';
import { AllowDialog } from '../allow/AllowDialog';
import { selectFocused } from '../allow/selectFocused';
import { CidrNode } from './CidrNode';
import { EdgeHoverCard } from './EdgeHoverCard';
import { EdgeMarkers } from './EdgeMarkers';
import { FlowEdge } from './FlowEdge';
import { FIT_VIEW } from './fitOptions';
import { FocusLegend } from './FocusLegend';
import { GraphToolbar } from './GraphToolbar';
import { AddNetworkDialog } from './AddNetworkDialog';
import { NamespaceNode } from './NamespaceNode';
import { PodNode } from './PodNode';
import { structureKey } from './layout';
import { reuseUnchanged } from './reuseUnchanged';
import type { FlowEdge as FlowEdgeType, GraphNode } from './toFlow';
import { CompareBar } from '../compare/CompareBar';
import { useGraphProjection } from './useGraphProjection';
import { usePrefersDark } from './usePrefersDark';
import { useRefitOnResize } from './useRefitOnResize';
import styles from './GraphPane.module.css';

/** Above this many nodes React Flow draws only those in view. */
const VISIBLE_ONLY_ABOVE = 1500;

// Module-level, so React Flow never sees new types on a re-render.
const nodeTypes = { pod: PodNode, namespace: NamespaceNode, cidr: CidrNode };
const edgeTypes = { flow: FlowEdge };

/** The id of the graph node under a screen point, if any. */
function nodeAt(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  const node = element?.closest<HTMLElement>('.react-flow__node');
  return node?.dataset.id ?? null;
}

function GraphCanvas() {
  const projection = useGraphProjection();
  const dark = usePrefersDark();
  const [nodes, setNodes] = useState<GraphNode[]>(projection.nodes);
  const selectPod = useAppStore((s) => s.selectPod);
  const selectNamespace = useAppStore((s) => s.selectNamespace);
  const selectFlow = useAppStore((s) => s.selectFlow);
  const moveNode = useAppStore((s) => s.moveNode);
  const openAllowDialog = useAppStore((s) => s.openAllowDialog);
  const { fitView } = useReactFlow();

  // Fit the view when the set of namespaces and pods changes (a paste, an import), not
  // when only policies or labels change: the picture must not jump while editing.
  const epoch = useAppStore((s) => s.layoutEpoch);
  const namespaceFilter = useAppStore((s) => s.namespaceFilter);
  const expanded = useAppStore((s) => s.expandedNamespace);
  const opened = projection.namespaceMap ? `map:${expanded ?? ''}` : 'pods';
  const structure = projection.view ? `${structureKey(projection.view)}#${epoch}#${namespaceFilter}#${opened}` : '';
  const canvasRef = useRef<HTMLDivElement>(null);
  const { onMoveStart: noteMove, fitted: noteFitted } = useRefitOnResize(canvasRef, () => void fitView(FIT_VIEW));
  // The minimap helps only once the user has moved away from the fitted view (where all is
  // in sight): before that it would only cover the pods in its corner.
  const [explored, setExplored] = useState(false);
  const onMoveStart = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      noteMove(event);
      if (event) setExplored(true);
    },
    [noteMove],
  );
  const fitted = useCallback(() => {
    noteFitted();
    setExplored(false);
  }, [noteFitted]);
  useEffect(() => {
    if (!structure) return;
    const timer = setTimeout(() => {
      void fitView(FIT_VIEW);
      fitted();
    }, 60);
    return () => clearTimeout(timer);
  }, [structure, fitView, fitted]);

  // The projection is the truth. Every node has its size from the layout, so React Flow's
  // measurements are not fed back (that would re-render every node once more after a paste).
  useEffect(() => {
    setNodes((previous) => reuseUnchanged(previous, projection.nodes, nodeFingerprint));
    // For scripts/bench-app.mjs: the frame after the graph took the new projection.
    const frame = requestAnimationFrame(() => performance.mark('netpol:graph-painted'));
    return () => cancelAnimationFrame(frame);
  }, [projection.nodes]);

  const edgesRef = useRef<FlowEdgeType[]>([]);
  const edges = useMemo(() => {
    edgesRef.current = reuseUnchanged(edgesRef.current, projection.edges, edgeFingerprint);
    return edgesRef.current;
  }, [projection.edges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<GraphNode>[]) => {
      const kept = changes.filter((c) => c.type === 'position');
      if (kept.length > 0) setNodes((current) => applyNodeChanges(kept, current));
      for (const c of changes) {
        if (c.type === 'position' && c.dragging === false && c.position) moveNode(c.id, c.position);
        // Selection lives in the store; React Flow's own (keyboard: Tab, then Enter) is
        // forwarded there, and the nodes' `selected` flags come back from it.
        if (c.type === 'select' && c.selected) {
          const node = parseNodeId(c.id);
          if (node.kind === 'namespace') selectNamespace(node.name);
          else if (node.kind === 'pod') selectPod(c.id);
        }
      }
    },
    [moveNode, selectPod, selectNamespace],
  );

  const onNodeClick: NodeMouseHandler<GraphNode> = useCallback(
    (_event, node) => {
      if (node.type === 'pod') selectPod(node.id);
      else if (node.type === 'namespace') selectNamespace(node.data.ns.name);
    },
    [selectPod, selectNamespace],
  );

  const onEdgeClick: EdgeMouseHandler<FlowEdgeType> = useCallback(
    (_event, edge) => selectFlow({ from: edge.source, to: edge.target }),
    [selectFlow],
  );

  // Resting on an edge (or its label) shows a short explanation beside the pointer.
  const hovered = useAppStore((s) => s.hoveredFlow);
  const hoverFlow = useAppStore((s) => s.hoverFlow);
  const onEdgeMouseEnter: EdgeMouseHandler<FlowEdgeType> = useCallback(
    (event, edge) => hoverFlow({ from: edge.source, to: edge.target, clientX: event.clientX, clientY: event.clientY }),
    [hoverFlow],
  );
  const onEdgeMouseLeave = useCallback(() => hoverFlow(null), [hoverFlow]);
  const canvasBox = hovered ? canvasRef.current?.getBoundingClientRect() : undefined;

  const selectPolicy = useAppStore((s) => s.selectPolicy);
  const onPaneClick = useCallback(() => {
    selectPod(null);
    selectNamespace(null);
    selectFlow(null);
    selectPolicy(null);
  }, [selectPod, selectNamespace, selectFlow, selectPolicy]);

  // Escape on the graph clears the focus (the allow dialog handles its own Escape).
  // Enter or Space on a focused node or edge selects it, as a click does.
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !useAppStore.getState().allowDraft) onPaneClick();
      if (event.key === 'Enter' || event.key === ' ') selectFocused(event.target, { selectPod, selectNamespace, selectFlow });
    },
    [onPaneClick, selectPod, selectNamespace, selectFlow],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const from = state.fromNode?.id;
      const to = state.toNode?.id ?? nodeAt(event);
      if (from && to && from !== to) openAllowDialog({ from, to });
    },
    [openAllowDialog],
  );

  return (
    <>
      <GraphToolbar plan={projection.plan} namespaces={projection.view?.namespaces.map((n) => n.name) ?? []} />
      <AddNetworkDialog />
      <CompareBar />
      <div className={styles.canvas} onKeyDown={onKeyDown} ref={canvasRef}>
        <ReactFlow<GraphNode, FlowEdgeType>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onEdgeMouseEnter={onEdgeMouseEnter}
          onEdgeMouseLeave={onEdgeMouseLeave}
          onPaneClick={onPaneClick}
          onConnectEnd={onConnectEnd}
          onMoveStart={onMoveStart}
          connectionRadius={40}
          fitView
          fitViewOptions={FIT_VIEW}
          minZoom={0.05}
          maxZoom={2}
          // Drawing only what is on screen costs a visibility pass per frame while panning; it
          // pays only when the nodes are too many to keep in the DOM (a fitted 1,000-pod
          // graph has them all on screen anyway, and then a pan is just a transform).
          onlyRenderVisibleElements={projection.nodes.length > VISIBLE_ONLY_ABOVE}
          multiSelectionKeyCode={null}
          selectionKeyCode={null}
          proOptions={{ hideAttribution: true }}
          colorMode={dark ? 'dark' : 'light'}
        >
          <Background gap={24} color={dark ? '#262d3a' : '#e3e7ed'} />
          <Controls showInteractive={false} />
          {explored && (projection.view?.pods.length ?? 0) > 12 && (
            <MiniMap pannable zoomable nodeStrokeWidth={2} nodeColor={minimapColour} />
          )}
        </ReactFlow>
        <FocusLegend selected={projection.selectedPod} />
        {hovered && canvasBox && parseNodeId(hovered.from).kind !== 'namespace' && parseNodeId(hovered.to).kind !== 'namespace' && (
          <EdgeHoverCard
            pair={hovered}
            x={Math.max(0, Math.min(hovered.clientX - canvasBox.left, canvasBox.width - 370))}
            y={Math.min(hovered.clientY - canvasBox.top, canvasBox.height - 140)}
          />
        )}
        {projection.view && projection.view.pods.length === 0 && (
          <div className={styles.empty}>
            Paste Kubernetes YAML into the editor (Pods, Deployments, Namespaces, NetworkPolicies), or open
            an example.
          </div>
        )}
      </div>
      <EdgeMarkers />
      <AllowDialog />
    </>
  );
}

/** What a node looks like and where it is: equal prints draw the same. */
function nodeFingerprint(node: GraphNode): string {
  return JSON.stringify([node.position, node.selected, node.width, node.height, node.data]);
}

function edgeFingerprint(edge: FlowEdgeType): string {
  return JSON.stringify([edge.selected, edge.data]);
}

function minimapColour(node: GraphNode): string {
  if (node.type === 'namespace') return 'rgb(154 166 184 / 35%)';
  if (node.type === 'cidr') return '#8d98a8';
  return node.data.pod.ingressIsolated || node.data.pod.egressIsolated ? '#e8a3a3' : '#9aa6b8';
}

/** The graph pane: filters over the React Flow canvas, with the allow dialog. */
export function GraphPane() {
  return (
    <section className={styles.pane} data-testid="graph-canvas" aria-label="Graph">
      <ReactFlowProvider>
        <GraphCanvas />
      </ReactFlowProvider>
    </section>
  );
}
