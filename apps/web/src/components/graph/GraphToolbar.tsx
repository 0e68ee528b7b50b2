import { PROTOCOLS, type Protocol } from '@netpol/engine';
import { useReactFlow } from '@xyflow/react';
import { VERDICT_FILTERS, type FilteredPlan, type VerdictFilter } from '../../analysis/edgeFilter';
import type { GraphDetail } from '../../state/graphSlice';
import { useAppStore } from '../../state/store';
import { PictureExportButtons } from '../pictures/PictureExportButtons';
import { FIT_VIEW } from './fitOptions';
import { GraphSearch } from './GraphSearch';
import styles from './GraphPane.module.css';
import { plural } from '../common/plural';
import { useRegisterActions, type Action } from '../../commands/actions';

/** Opens "Add external network…" (the toolbar button and the palette run this one action). */
const ADD_NETWORK: readonly Action[] = [
  {
    id: 'graph.addNetwork',
    label: 'Add external network…',
    section: 'Graph',
    keywords: 'cidr internet ipblock egress ingress node',
    run: () => useAppStore.getState().setAddNetworkOpen(true),
  },
];

const FILTER_NAMES: Record<VerdictFilter, string> = {
  auto: 'auto',
  allowed: 'allowed flows',
  denied: 'denied flows',
  all: 'all flows',
};

/** Port and protocol filters for the verdict edges, and view actions. */
export function GraphToolbar({ plan, namespaces }: { plan: FilteredPlan | null; namespaces: readonly string[] }) {
  const namespaceFilter = useAppStore((s) => s.namespaceFilter);
  const setNamespaceFilter = useAppStore((s) => s.setNamespaceFilter);
  const detail = useAppStore((s) => s.graphDetail);
  const setDetail = useAppStore((s) => s.setGraphDetail);
  const port = useAppStore((s) => s.portFilter);
  const protocol = useAppStore((s) => s.protocolFilter);
  const setPort = useAppStore((s) => s.setPortFilter);
  const setProtocol = useAppStore((s) => s.setProtocolFilter);
  const resetPositions = useAppStore((s) => s.resetPositions);
  const verdictFilter = useAppStore((s) => s.verdictFilter);
  const setVerdictFilter = useAppStore((s) => s.setVerdictFilter);
  const { fitView } = useReactFlow();
  useRegisterActions(ADD_NETWORK);
  const anyPort = port.trim() === '';
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Graph filters">
      <label className={styles.field}>
        <span>Port</span>
        <input
          data-testid="port-filter"
          className={styles.portInput}
          value={port}
          placeholder="any"
          onChange={(e) => {
            setPort(e.target.value);
            // A cleared port means every port of every protocol; the next port typed starts at TCP.
            if (e.target.value.trim() === '') setProtocol('TCP');
          }}
          aria-label="Port filter (number or name; empty for any port)"
        />
      </label>
      <label
        className={styles.field}
        title={
          anyPort ? 'Any port means every protocol; type a port to choose its protocol' : undefined
        }
      >
        <span>Protocol</span>
        {/* "Any port" is every port of every protocol (the engine ignores the protocol without a
            port), so the select says so and waits for a port. */}
        <select
          data-testid="protocol-filter"
          value={anyPort ? '' : protocol}
          disabled={anyPort}
          onChange={(e) => setProtocol(e.target.value as Protocol)}
        >
          {anyPort && <option value="">any</option>}
          {PROTOCOLS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <GraphSearch />
      {namespaces.length > 1 && (
        <label className={styles.field}>
          <span>Namespace</span>
          <select
            data-testid="namespace-filter"
            value={namespaces.includes(namespaceFilter) ? namespaceFilter : ''}
            onChange={(e) => setNamespaceFilter(e.target.value)}
          >
            <option value="">all</option>
            {namespaces.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      )}
      <label className={styles.field} title="Every pod, or one tile per namespace (auto: tiles above 500 pods)">
        <span>Detail</span>
        <select
          data-testid="graph-detail"
          value={detail}
          onChange={(e) => setDetail(e.target.value as GraphDetail)}
        >
          <option value="auto">auto</option>
          <option value="namespaces">namespaces</option>
          <option value="pods">pods</option>
        </select>
      </label>
      <label
        className={styles.field}
        title="Which flows the graph draws. auto: every flow in a small workspace; else the allowed ones, the ones the last edit changed and the selection's"
      >
        <span>Show</span>
        <select
          data-testid="verdict-filter"
          value={verdictFilter}
          onChange={(e) => setVerdictFilter(e.target.value as VerdictFilter)}
        >
          {VERDICT_FILTERS.map((f) => (
            <option key={f} value={f}>
              {FILTER_NAMES[f]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={styles.toolButton}
        onClick={() => void fitView({ ...FIT_VIEW, duration: 200 })}
      >
        Fit
      </button>
      <button type="button" className={styles.toolButton} onClick={resetPositions}>
        Re-layout
      </button>
      <button
        type="button"
        className={styles.toolButton}
        data-testid="add-network"
        title="Put the Internet or a CIDR on the graph, to draw flows to or from it"
        onClick={() => useAppStore.getState().setAddNetworkOpen(true)}
      >
        Add network…
      </button>
      <PictureExportButtons className={styles.toolButton} />
      {plan?.effective === 'focus' && plan.filteredOut > 0 && (
        <span className={styles.notice} data-testid="edges-filtered" title="Select a pod, or choose “all flows”, to see them">
          {plural(plan.filteredOut, 'denied flow')} not drawn
        </span>
      )}
      {plan?.aggregated && (
        <span className={styles.notice} data-testid="edges-aggregated">
          {plural(plan.podEdgeCount, 'flow')}, grouped by namespace
          {plan.hidden > 0 ? ` (${plan.hidden} more not drawn)` : ''}
        </span>
      )}
    </div>
  );
}
