import { useMemo } from 'react';
import { filterEdges } from '../../analysis/edgeFilter';
import { planEdges } from '../../analysis/flowEdges';
import { policyFocus } from '../../analysis/policyFocus';
import { useVerdicts } from '../../analysis/selectors';
import { useChangedFlows } from '../../analysis/useChangedFlows';
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
  const changed = useChangedFlows(port, protocol);
  const selectedPolicy = useAppStore((s) => s.selectedPolicy);
  const view = data?.view;
  const v = data?.verdicts;
  // A selected pod that is gone from the text (renamed, deleted) focuses nothing.
  const selectedPod = storedSelection && view?.podsById.has(storedSelection) ? storedSelection : null;
  const policy = useMemo(
    () => (view && selectedPolicy ? policyFocus(view.model, selectedPolicy) : null),
    [view, selectedPolicy],
  );
  const layout = useStableLayout(view ?? null, useLayoutEngine(), epoch);
  const plan = useMemo(() => {
    if (!view || !v) return null;
    const all = planEdges(view, v, { selectedPod, expandedNamespace });
    const policyPods = policy?.targets;
    return filterEdges(all, verdictFilter, { changed, selectedPod, selectedNamespace, policyPods });
  }, [view, v, selectedPod, expandedNamespace, verdictFilter, changed, selectedNamespace, policy]);
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
      policy,
    };
    return { nodes: toNodes(input), edges: toEdges(input), plan, view, selectedPod };
  }, [view, layout, plan, roles, positions, selectedPod, selectedNamespace, selectedFlowId, expandedNamespace, changed, policy]);
}
