import type { GenerateResult } from '@netpol/engine';
import styles from './AllowDialog.module.css';
import { plural } from '../common/plural';

/** What the generated policy is, and what else it changes. */
export function ImpactView({ result }: { result: GenerateResult }) {
  const sideEffects = result.impact.filter((c) => !c.intended);
  const denied = sideEffects.filter((c) => c.change === 'denied');
  return (
    <div className={styles.impact}>
      <p className={styles.summary} data-testid="allow-dialog-summary" data-status={result.status}>
        {result.summary}
      </p>
      {result.newlyIsolated.length > 0 && (
        <p className={styles.warning} data-testid="allow-dialog-impact">
          This also isolates{' '}
          {result.newlyIsolated.map((n) => `${n.podId} (${n.direction})`).join(', ')}
          {denied.length > 0
            ? `: ${plural(denied.length, 'other flow')} become${denied.length === 1 ? 's' : ''} denied`
            : ': no other flow becomes denied'}
          .
        </p>
      )}
      {denied.length > 0 && (
        <ul className={styles.changes}>
          {denied.slice(0, 6).map((c) => (
            <li key={`${c.from}->${c.to}`}>
              {c.from} → {c.to}: denied (was {c.before.join(', ') || 'denied'})
            </li>
          ))}
          {denied.length > 6 && <li>… and {denied.length - 6} more</li>}
        </ul>
      )}
      {result.notes.map((n) => (
        <p key={n} className={styles.note}>
          {n}
        </p>
      ))}
      {result.yaml && (
        <pre className={styles.preview} data-testid="allow-dialog-preview">
          {result.yaml}
        </pre>
      )}
    </div>
  );
}
