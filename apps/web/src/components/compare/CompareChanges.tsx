import type { CompareResult } from '../../analysis/compareFlows';
import { useAppStore } from '../../state/store';
import styles from './CompareBar.module.css';

/** The changes since the baseline, gained then lost; each selects its flow on the graph. */
export function CompareChanges({ result }: { result: CompareResult }) {
  const selectFlow = useAppStore((s) => s.selectFlow);
  const rows = [
    ...result.gained.map((c) => ({ ...c, kind: 'gained' as const })),
    ...result.lost.map((c) => ({ ...c, kind: 'lost' as const })),
  ];
  const more = result.counts.gained + result.counts.lost - rows.length;
  if (rows.length === 0)
    return (
      <div className={styles.changes} data-testid="compare-changes">
        No flow changed since the baseline.
      </div>
    );
  return (
    <ul className={styles.changes} data-testid="compare-changes">
      {rows.map((c) => (
        <li key={`${c.kind}:${c.from}->${c.to}`}>
          <button
            type="button"
            className={styles.change}
            data-testid="compare-change"
            data-changed={c.kind}
            data-from={c.from}
            data-to={c.to}
            onClick={() => selectFlow({ from: c.from, to: c.to })}
          >
            <span className={c.kind === 'gained' ? styles.gained : styles.lost}>
              {c.kind === 'gained' ? '+' : '−'}
            </span>
            <span className={styles.pair}>
              {c.from} → {c.to}
            </span>
            <code className={styles.ports}>{c.ports.join(', ')}</code>
          </button>
        </li>
      ))}
      {more > 0 && <li className={styles.more}>… and {more} more</li>}
    </ul>
  );
}
