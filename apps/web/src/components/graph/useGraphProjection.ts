import { useMemo } from 'react';
import { planEdges } from '../../analysis/flowEdges';
import { withComparedEdges } from '../../analysis/compareEdges';
import { useCompare } from '../../analysis/useCompare';
import { pinnedExpectations, useExpectations } from '../../analysis/useExpectations';
import { useVerdicts } from '../../analysis/selectors';
import { useAppStore } from '../../state/store';
import { layoutCluster } from './layout';
import { focusRoles, toEdges, toNodes } from './toFlow';

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
  const view = data?.view;
  const v = data?.verdicts;
  // A selected pod that is gone from the text (renamed, deleted) focuses nothing.
  const selectedPod = storedSelection && view?.podsById.has(storedSelection) ? storedSelection : null;
  const layout = useMemo(() => (view ? layoutCluster(view) : null), [view]);
  const compare = useCompare();
  const changed = compare?.changed;
  const { results } = useExpectations();
  const pinned = useMemo(() => pinnedExpectations(results), [results]);
  const plan = useMemo(() => {
    if (!view || !v) return null;
    let planned = planEdges(view, v, { selectedPod, expandedNamespace });
    // In compare mode the gained and lost flows are drawn even where the plan has no edge,
    // and so is every flow an expectation is about (a pinned edge with its pass/fail badge).
    if (changed) planned = withComparedEdges(planned, view, v, changed);
    return withComparedEdges(planned, view, v, pinned);
  }, [view, v, selectedPod, expandedNamespace, changed, pinned]);
  const roles = useMemo(
    () => (view && v ? focusRoles(view, v, selectedPod) : new Map()),
    [view, v, selectedPod],
  );
  const selectedFlowId = selectedFlow ? `${selectedFlow.from}->${selectedFlow.to}` : null;
  return useMemo(() => {
    if (!view || !layout || !plan) return { nodes: [], edges: [], plan: null, view: null, selectedPod };
    const input = {
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
    };
    return { nodes: toNodes(input), edges: toEdges(input), plan, view, selectedPod };
  }, [view, layout, plan, roles, positions, selectedPod, selectedNamespace, selectedFlowId, expandedNamespace, changed, pinned]);
}
