import type { StateCreator } from 'zustand';
import type { Protocol } from '@netpol/engine';
import type { VerdictFilter } from '../analysis/edgeFilter';

/**
 * An end of a drawn edge: a pod (`ns/name`), a whole namespace (`ns:<name>`) or an
 * external CIDR (`cidr:<cidr>`). The graph uses these strings as node ids too.
 */
export type EndpointId = string;

/** An ordered pair of graph endpoints: the flow a user clicked or drew. */
export interface FlowPair {
  readonly from: EndpointId;
  readonly to: EndpointId;
}

export type InspectorTab = 'selection' | 'explain' | 'matrix' | 'problems' | 'lints';

/** How much of the cluster the graph draws: every pod, or namespaces (drilling into one). */
export type GraphDetail = 'auto' | 'namespaces' | 'pods';

/** Above this many pods, `auto` detail draws the namespace map. */
export const NAMESPACE_MAP_ABOVE = 500;

export interface XY {
  readonly x: number;
  readonly y: number;
}

/** View state of the graph. Nothing here is derived from the YAML text. */
export interface GraphSlice {
  /** The selected pod id (`ns/name`), or null. Selecting a pod focuses the graph on it. */
  selectedPod: string | null;
  /** The selected namespace (its name), or null. */
  selectedNamespace: string | null;
  /** The flow whose explanation the inspector shows. */
  selectedFlow: FlowPair | null;
  /** The port filter: '' for any port, else a number or a port name as typed. */
  portFilter: string;
  protocolFilter: Protocol;
  /** Which verdicts the graph draws. */
  verdictFilter: VerdictFilter;
  /** The selected policy (`ns/name`), whose targets and peers the graph highlights. */
  selectedPolicy: string | null;
  /** Pods or a namespace map; `auto` picks the map above 500 pods. */
  graphDetail: GraphDetail;
  /** The only namespace drawn, or '' for all. */
  namespaceFilter: string;
  /** Bumped by Re-layout: the layered layout is computed afresh from the allowed flows. */
  layoutEpoch: number;
  /** Positions the user dragged nodes to, by node id; everything else is laid out. */
  positions: Readonly<Record<string, XY>>;
  /** With aggregated (namespace → namespace) edges: the namespace drawn pod by pod. */
  expandedNamespace: string | null;
  /** Namespaces the user folded into one node while the rest shows pods. */
  collapsedNamespaces: readonly string[];
  inspectorTab: InspectorTab;
  /**
   * External networks the user added to the graph (`internet` or `cidr:<cidr>`): view state,
   * written into the YAML only by a flow drawn to or from them.
   */
  addedNetworks: readonly string[];
  /** The "Add external network…" dialog is open. */
  addNetworkOpen: boolean;
  /** An edge the user drew, waiting in the allow dialog. */
  allowDraft: FlowPair | null;
  /** The edge under the pointer, with the pointer's client position. */
  hoveredFlow: (FlowPair & { readonly clientX: number; readonly clientY: number }) | null;

  selectPod: (id: string | null) => void;
  selectNamespace: (name: string | null) => void;
  selectFlow: (flow: FlowPair | null) => void;
  setPortFilter: (port: string) => void;
  setProtocolFilter: (protocol: Protocol) => void;
  setVerdictFilter: (filter: VerdictFilter) => void;
  selectPolicy: (id: string | null) => void;
  setNamespaceFilter: (namespace: string) => void;
  setGraphDetail: (detail: GraphDetail) => void;
  moveNode: (id: string, position: XY) => void;
  resetPositions: () => void;
  expandNamespace: (name: string | null) => void;
  toggleNamespaceCollapsed: (name: string) => void;
  setInspectorTab: (tab: InspectorTab) => void;
  openAllowDialog: (draft: FlowPair | null) => void;
  addNetwork: (id: string) => void;
  setAddNetworkOpen: (open: boolean) => void;
  hoverFlow: (hovered: GraphSlice['hoveredFlow']) => void;
}

export const createGraphSlice: StateCreator<GraphSlice> = (set) => ({
  selectedPod: null,
  selectedNamespace: null,
  selectedFlow: null,
  portFilter: '',
  protocolFilter: 'TCP',
  verdictFilter: 'auto',
  selectedPolicy: null,
  layoutEpoch: 0,
  namespaceFilter: '',
  graphDetail: 'auto',
  positions: {},
  expandedNamespace: null,
  collapsedNamespaces: [],
  inspectorTab: 'selection',
  allowDraft: null,
  addedNetworks: [],
  addNetworkOpen: false,
  hoveredFlow: null,

  selectPod: (selectedPod) =>
    set(selectedPod ? { selectedPod, selectedNamespace: null, inspectorTab: 'selection' } : { selectedPod }),
  selectNamespace: (selectedNamespace) =>
    set(
      selectedNamespace
        ? { selectedNamespace, selectedPod: null, inspectorTab: 'selection' }
        : { selectedNamespace },
    ),
  selectFlow: (selectedFlow) =>
    set(selectedFlow ? { selectedFlow, inspectorTab: 'explain' } : { selectedFlow }),
  setPortFilter: (portFilter) => set({ portFilter }),
  setProtocolFilter: (protocolFilter) => set({ protocolFilter }),
  setVerdictFilter: (verdictFilter) => set({ verdictFilter }),
  selectPolicy: (selectedPolicy) => set({ selectedPolicy }),
  setNamespaceFilter: (namespaceFilter) => set({ namespaceFilter }),
  setGraphDetail: (graphDetail) => set({ graphDetail, expandedNamespace: null }),
  moveNode: (id, position) => set((s) => ({ positions: { ...s.positions, [id]: position } })),
  resetPositions: () => set((s) => ({ positions: {}, layoutEpoch: s.layoutEpoch + 1 })),
  expandNamespace: (expandedNamespace) => set({ expandedNamespace }),
  toggleNamespaceCollapsed: (name) =>
    set((s) => ({
      collapsedNamespaces: s.collapsedNamespaces.includes(name)
        ? s.collapsedNamespaces.filter((n) => n !== name)
        : [...s.collapsedNamespaces, name],
    })),
  setInspectorTab: (inspectorTab) => set({ inspectorTab }),
  setAddNetworkOpen: (addNetworkOpen) => set({ addNetworkOpen }),
  openAllowDialog: (allowDraft) => set({ allowDraft }),
  addNetwork: (id) =>
    set((s) => (s.addedNetworks.includes(id) ? {} : { addedNetworks: [...s.addedNetworks, id] })),
  hoverFlow: (hoveredFlow) => set({ hoveredFlow }),
});
