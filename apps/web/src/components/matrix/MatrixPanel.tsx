import { useState } from 'react';
import { useVerdicts } from '../../analysis/selectors';
import { isAllowed, pairPorts, pairVerdict } from '../../analysis/graphData';
import { useAppStore } from '../../state/store';
import { MatrixExportButtons } from '../pictures/MatrixExportButtons';
import styles from './MatrixPanel.module.css';

/** Above this many pods the matrix shows one namespace at a time. */
const MAX_ALL = 40;

/** Orders `pod-2` before `pod-10`. */
const NATURAL = new Intl.Collator('en', { numeric: true });

/** Pods × pods for the chosen port: green allowed, red denied; a cell click explains it. */
export function MatrixPanel() {
  const data = useVerdicts();
  const selectPod = useAppStore((s) => s.selectPod);
  const selectFlow = useAppStore((s) => s.selectFlow);
  const selectedFlow = useAppStore((s) => s.selectedFlow);
  const [namespace, setNamespace] = useState<string>('');
  const pods = data?.view.pods ?? [];
  const many = pods.length > MAX_ALL;
  const shownNamespace = many ? namespace || (data?.view.namespaces[0]?.name ?? '') : namespace;
  const shown = (shownNamespace ? pods.filter((p) => p.namespace === shownNamespace) : pods)
    .slice()
    .sort((a, b) => NATURAL.compare(a.id, b.id));
  if (!data) return <section className={styles.panel} data-testid="matrix-panel" />;
  const { verdicts } = data;
  // Across namespaces, names alone are ambiguous: show `namespace/name`.
  const oneNamespace = shownNamespace !== '' || new Set(shown.map((p) => p.namespace)).size <= 1;
  const label = (p: { id: string; name: string }) => (oneNamespace ? p.name : p.id);
  const filter = verdicts.port === undefined ? 'any port' : `${verdicts.protocol} ${verdicts.port}`;
  return (
    <section className={styles.panel} data-testid="matrix-panel" aria-label="Reachability matrix">
      <div className={styles.head}>
        <select
          aria-label="Namespace shown in the matrix"
          value={shownNamespace}
          onChange={(e) => setNamespace(e.target.value)}
        >
          {!many && <option value="">all namespaces</option>}
          {data.view.namespaces.map((ns) => (
            <option key={ns.name} value={ns.name}>
              {ns.name}
            </option>
          ))}
        </select>
        <MatrixExportButtons />
      </div>
      <p className={styles.legend} data-testid="matrix-legend">
        <strong>{filter}:</strong>
        <span className={styles.key}>
          <i className={`${styles.swatch} ${styles.allowed}`} aria-hidden="true" />
          allowed
        </span>
        <span className={styles.key}>
          <i className={`${styles.swatch} ${styles.denied}`} aria-hidden="true" />
          denied
        </span>
      </p>
      {shown.length === 0 ? (
        <p className={styles.hint}>No pods.</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th
                  className={styles.corner}
                  title="Each row is a source pod, each column a destination pod"
                >
                  <span>to →</span>
                  <span>from ↓</span>
                </th>
                {shown.map((to) => (
                  <th key={to.id} className={styles.colHead} title={to.id}>
                    <span>{label(to)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((from) => (
                <tr key={from.id}>
                  <th className={styles.rowHead} title={from.id}>
                    {label(from)}
                  </th>
                  {shown.map((to) => {
                    const allowed = isAllowed(verdicts, from.id, to.id);
                    // Cluster tiers: a pair may be unknown or ambiguous, never shown as denied.
                    const { verdict } = pairVerdict(verdicts, from.id, to.id);
                    const uncertain = verdict === 'unknown' || verdict === 'ambiguous';
                    const ports = pairPorts(verdicts, from.id, to.id).join(', ');
                    const active = selectedFlow?.from === from.id && selectedFlow.to === to.id;
                    return (
                      <td key={to.id} className={styles.cellTd}>
                        <button
                          type="button"
                          data-testid="matrix-cell"
                          data-from={from.id}
                          data-to={to.id}
                          data-allowed={allowed}
                          {...(uncertain ? { 'data-verdict': verdict } : {})}
                          className={`${styles.cell} ${uncertain ? styles.uncertain : allowed ? styles.allowed : styles.denied} ${active ? styles.active : ''}`}
                          title={`${from.id} → ${to.id}: ${uncertain ? verdict : allowed ? `allowed (${ports})` : 'denied'}`}
                          aria-label={`${from.id} to ${to.id}: ${uncertain ? verdict : allowed ? 'allowed' : 'denied'}`}
                          onClick={() => {
                            selectPod(from.id);
                            selectFlow({ from: from.id, to: to.id });
                          }}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
