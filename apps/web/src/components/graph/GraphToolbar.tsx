import { PROTOCOLS, type Protocol } from '@netpol/engine';
import { useReactFlow } from '@xyflow/react';
import type { EdgePlan } from '../../analysis/flowEdges';
import { useAppStore } from '../../state/store';
import { PictureExportButtons } from '../pictures/PictureExportButtons';
import styles from './GraphPane.module.css';

/** Port and protocol filters for the verdict edges, and view actions. */
export function GraphToolbar({ plan }: { plan: EdgePlan | null }) {
  const port = useAppStore((s) => s.portFilter);
  const protocol = useAppStore((s) => s.protocolFilter);
  const setPort = useAppStore((s) => s.setPortFilter);
  const setProtocol = useAppStore((s) => s.setProtocolFilter);
  const resetPositions = useAppStore((s) => s.resetPositions);
  const { fitView } = useReactFlow();
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Graph filters">
      <label className={styles.field}>
        <span>Port</span>
        <input
          data-testid="port-filter"
          className={styles.portInput}
          value={port}
          placeholder="any"
          onChange={(e) => setPort(e.target.value)}
          aria-label="Port filter (number or name; empty for any port)"
        />
      </label>
      <label className={styles.field}>
        <span>Protocol</span>
        <select
          data-testid="protocol-filter"
          value={protocol}
          onChange={(e) => setProtocol(e.target.value as Protocol)}
        >
          {PROTOCOLS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <button type="button" className={styles.toolButton} onClick={() => void fitView({ duration: 200 })}>
        Fit
      </button>
      <button type="button" className={styles.toolButton} onClick={resetPositions}>
        Re-layout
      </button>
      <PictureExportButtons className={styles.toolButton} />
      {plan?.aggregated && (
        <span className={styles.notice} data-testid="edges-aggregated">
          {plan.podEdgeCount.toLocaleString()} flows, grouped by namespace
          {plan.hidden > 0 ? ` (${plan.hidden} more not drawn)` : ''}
        </span>
      )}
    </div>
  );
}
