import { explainFlow } from '../../analysis/engineAdapter';
import { explainTarget } from '../../analysis/explainTarget';
import { useVerdicts } from '../../analysis/selectors';
import { sideSummary as sideLine } from '../../analysis/verdictText';
import type { FlowPair } from '../../state/graphSlice';
import styles from './GraphPane.module.css';

/**
 * A short explanation beside the pointer while it rests on an edge; a click opens the
 * full one (with links into the YAML) in the inspector.
 */
export function EdgeHoverCard({ pair, x, y }: { pair: FlowPair; x: number; y: number }) {
  const data = useVerdicts();
  if (!data) return null;
  const target = explainTarget(data.view, data.verdicts, pair);
  if (!target) return null;
  const verdict = explainFlow(data.view.model, target.from, target.to, target.port, target.protocol);
  const name = (id: string) => id.slice(id.indexOf('/') + 1);
  return (
    <div className={styles.hoverCard} style={{ left: x + 14, top: y + 14 }} data-testid="edge-hover-card" role="tooltip">
      <strong className={verdict.allowed ? styles.hoverAllowed : styles.hoverDenied}>
        {name(pair.from)} → {name(pair.to)} on {target.protocol} {target.port}: {verdict.verdict}
      </strong>
      <span>{sideLine(verdict.egress, name(pair.from))}</span>
      <span>{sideLine(verdict.ingress, name(pair.to))}</span>
      <em>Click for the full explanation</em>
    </div>
  );
}
