import { useState } from 'react';
import { useVerdicts } from '../../analysis/selectors';
import { isAllowed, pairPorts, pairVerdict } from '../../analysis/graphData';
import { useAppStore } from '../../state/store';
import { MatrixExportButtons } from '../pictures/MatrixExportButtons';
import { NamespaceMatrix } from './NamespaceMatrix';
import styles from './MatrixPanel.module.css';

/** Above this many pods the matrix shows one namespace at a time. */
const MAX_ALL = 40;

/** Orders `pod-2` before `pod-10`. */
const NATURAL = new Intl.Collator('en', { numeric: true });

/** The select's value for the namespace × namespace summary. */
const SUMMARY = '*namespaces';

/** A drilled-down pair of namespaces: rows from one, columns from the other. */
const pairValue = (from: string, to: string) => `${from}\u2192${to}`;

/**
 * Pods × pods for the chosen port: green allowed, red denied; a cell click explains it.
 * With several namespaces it opens on the namespace × namespace summary when the pods are
 * too many for one table; a summary cell drills down into that pair of namespaces.
 */
export function MatrixPanel() {
  const data = useVerdicts();
  const selectPod = useAppStore((s) => s.selectPod);
  const selectFlow = useAppStore((s) => s.selectFlow);
  const openAllow = useAppStore((s) => s.openAllowDialog);
  const selectedFlow = useAppStore((s) => s.selectedFlow);
  const [namespace, setNamespace] = useState<string>('');
  const pods = data?.view.pods ?? [];
  const many = pods.length > MAX_ALL;
  const several = (data?.view.namespaces.length ?? 0) > 1;
  const choice = namespace || (many ? (several ? SUMMARY : (data?.view.namespaces[0]?.name ?? '')) : '');
  const [rowNs, colNs] = choice === SUMMARY ? ['', ''] : choice.includes('\u2192') ? choice.split('\u2192') : [choice, choice];
  const shownNamespace = rowNs === colNs ? (rowNs ?? '') : '';
  const pick = (ns: string | undefined) =>
    (ns ? pods.filter((p) => p.namespace === ns) : pods).slice().sort((a, b) => NATURAL.compare(a.id, b.id));
  const shown = pick(rowNs);
  const columns = rowNs === colNs ? shown : pick(colNs);
  if (!data) return <section className={styles.panel} data-testid="matrix-panel" />;
  const { verdicts } = data;
  // Across namespaces, names alone are ambiguous: show `namespace/name`.
  const oneNamespace = shownNamespace !== '' || new Set([...shown, ...columns].map((p) => p.namespace)).size <= 1;
  const label = (p: { id: string; name: string }) => (oneNamespace ? p.name : p.id);
  const filter = verdicts.port === undefined ? 'any port' : `${verdicts.protocol} ${verdicts.port}`;
  return (
    <section className={styles.panel} data-testid="matrix-panel" aria-label="Reachability matrix">
      <div className={styles.head}>
        <select
          aria-label="Namespace shown in the matrix"
          data-testid="matrix-namespace"
          value={choice}
          onChange={(e) => setNamespace(e.target.value)}
        >
          {several && <option value={SUMMARY}>namespaces × namespaces</option>}
          {!many && <option value="">all pods</option>}
          {rowNs !== colNs && (
            <option value={choice}>
              {rowNs} → {colNs}
            </option>
          )}
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
      {choice === SUMMARY ? (
        <NamespaceMatrix view={data.view} verdicts={verdicts} onDrill={(from, to) => setNamespace(from === to ? from : pairValue(from, to))} />
      ) : shown.length === 0 ? (
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
                {columns.map((to) => (
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
                  {columns.map((to) => {
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
                          title={`${from.id} → ${to.id}: ${uncertain ? verdict : allowed ? `allowed (${ports})` : 'denied'} · A: allow…`}
                          aria-label={`${from.id} to ${to.id}: ${uncertain ? verdict : allowed ? 'allowed' : 'denied'}`}
                          onClick={() => {
                            selectPod(from.id);
                            selectFlow({ from: from.id, to: to.id });
                          }}
                          // A: allow this pair (the allow dialog, prefilled).
                          aria-keyshortcuts="A"
                          onKeyDown={(event) => {
                            if (event.key.toLowerCase() !== 'a' || event.ctrlKey || event.metaKey || event.altKey) return;
                            event.preventDefault();
                            openAllow({ from: from.id, to: to.id });
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
