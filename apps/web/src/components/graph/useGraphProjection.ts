import { useMemo } from 'react';
import { collapseNamespaces } from '../../analysis/collapseEdges';
import { filterEdges } from '../../analysis/edgeFilter';
import { planEdges } from '../../analysis/flowEdges';
import { withComparedEdges } from '../../analysis/compareEdges';
import { useCompare } from '../../analysis/useCompare';
import { pinnedExpectations, useExpectations } from '../../analysis/useExpectations';
import { isExternalNodeId, namespaceNodeId } from '../../analysis/graphData';
import { focusOnNodes, policyFocus } from '../../analysis/policyFocus';
import { useVerdicts } from '../../analysis/selectors';
import { useChangedFlows } from '../../analysis/useChangedFlows';
import { NAMESPACE_MAP_ABOVE } from '../../state/graphSlice';
import { useAppStore } from '../../state/store';
import { focusRoles, toEdges, toNodes } from './toFlow';
import { useLayoutEngine } from './useLayoutEngine';
import { useStableLayout } from './useStableLayout';

/**
 * The graph as React Flow nodes and edges: a projection of the analysis and the view
 * state, recomputed only when one of them changes.
 */
export function useGraphProjection() {
  const data = useVerdicts();
  const storedSelection = useAppStore((s) => s.selectedPod);
  const selectedNamespace = useAppStore((s) => s.selectedNamespace);
  const selectedFlow = useAppStore((s) => s.selectedFlow);
  const expandedNamespace = useAppStore((s) => s.expandedNamespace);
  const positions = useAppStore((s) => s.positions);
  const verdictFilter = useAppStore((s) => s.verdictFilter);
  const epoch = useAppStore((s) => s.layoutEpoch);
  const port = useAppStore((s) => s.portFilter);
  const protocol = useAppStore((s) => s.protocolFilter);
  const textChanged = useChangedFlows(port, protocol);
  // In compare mode "changed" is relative to the baseline; otherwise to the last text change.
  const compare = useCompare();
  const compared = compare?.changed;
  const changed = compared ?? textChanged;
  const { results } = useExpectations();
  const pinned = useMemo(() => pinnedExpectations(results), [results]);
  const selectedPolicy = useAppStore((s) => s.selectedPolicy);
  const namespaceFilter = useAppStore((s) => s.namespaceFilter);
  const detail = useAppStore((s) => s.graphDetail);
  const view = data?.view;
  const v = data?.verdicts;
  const namespaceMap = detail === 'namespaces' || (detail === 'auto' && (view?.pods.length ?? 0) > NAMESPACE_MAP_ABOVE);
  const userCollapsed = useAppStore((s) => s.collapsedNamespaces);
  // On the map every namespace but the open one is a tile; on the pod view, those the user folded.
  const folded = useMemo(
    () => new Set(namespaceMap || !view ? [] : userCollapsed.filter((n) => view.namespaces.some((ns) => ns.name === n))),
    [namespaceMap, view, userCollapsed],
  );
  const collapsed = useMemo(
    () => (namespaceMap && view ? new Set(view.namespaces.map((n) => n.name).filter((n) => n !== expandedNamespace)) : folded),
    [namespaceMap, view, expandedNamespace, folded],
  );
  // A selected pod that is gone from the text (renamed, deleted), or folded into its
  // namespace's tile on the map, focuses nothing.
  const selectedView = storedSelection ? view?.podsById.get(storedSelection) : undefined;
  const selectedPod = selectedView && !collapsed.has(selectedView.namespace) ? selectedView.id : null;
  const policy = useMemo(
    () => (view && selectedPolicy ? focusOnNodes(policyFocus(view.model, selectedPolicy), view.pods) : null),
    [view, selectedPolicy],
  );
  const layout = useStableLayout(view ?? null, useLayoutEngine(), epoch, collapsed);
  const plan = useMemo(() => {
    if (!view || !v) return null;
    let all = collapseNamespaces(planEdges(view, v, { selectedPod, expandedNamespace, aggregate: namespaceMap }), view, folded);
    // In compare mode the gained and lost flows are drawn even where the plan has no edge
    // (and the filter keeps them: they are the changed ones); so is every flow an
    // expectation is about (a pinned edge with its pass/fail badge), whatever the filter.
    if (compared) all = withComparedEdges(all, view, v, compared);
    const policyPods = policy?.targets;
    const filtered = filterEdges(all, verdictFilter, { changed, selectedPod, selectedNamespace, policyPods });
    return withComparedEdges(filtered, view, v, pinned);
  }, [view, v, selectedPod, expandedNamespace, verdictFilter, changed, compared, pinned, selectedNamespace, policy, namespaceMap, folded]);
  const roles = useMemo(
    () => (view && v ? focusRoles(view, v, selectedPod) : new Map()),
    [view, v, selectedPod],
  );
  const selectedFlowId = selectedFlow ? `${selectedFlow.from}->${selectedFlow.to}` : null;
  return useMemo(() => {
    if (!view || !layout || !plan) return { nodes: [], edges: [], plan: null, view: null, selectedPod, namespaceMap };
    const shown = namespaceFilter && view.namespaces.some((n) => n.name === namespaceFilter) ? namespaceFilter : '';
    // The namespace filter draws one namespace (and the external networks), with the flows among them.
    const visible = (id: string) =>
      !shown || isExternalNodeId(id) || id === namespaceNodeId(shown) || view.podsById.get(id)?.namespace === shown;
    const input = {
      view,
      layout,
      plan: shown ? { ...plan, edges: plan.edges.filter((e) => visible(e.from) && visible(e.to)) } : plan,
      roles,
      positions,
      selectedPod,
      selectedNamespace,
      selectedFlowId,
      expandedNamespace,
      changed,
      pinned,
      policy,
      collapsed,
      namespaceMap,
    };
    const nodes = toNodes(input).filter((n) => visible(n.id));
    return { nodes, edges: toEdges(input), plan: input.plan, view, selectedPod, namespaceMap };
  }, [
    view,
    layout,
    plan,
    roles,
    positions,
    selectedPod,
    selectedNamespace,
    selectedFlowId,
    expandedNamespace,
    changed,
    pinned,
    policy,
    namespaceFilter,
    collapsed,
    namespaceMap,
  ]);
}
