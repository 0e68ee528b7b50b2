import { useMemo } from 'react';
import type { ClusterView, Verdicts } from '../../analysis/graphData';
import { cellState, namespaceSummary } from './namespaceSummary';
import styles from './MatrixPanel.module.css';

/**
 * Namespace × namespace: each cell says how many pod pairs are allowed (all, some, none);
 * a click drills down into the pods of that pair of namespaces. Headers stay in view
 * while the table scrolls (50 × 50 namespaces stay usable).
 */
export function NamespaceMatrix({
  view,
  verdicts,
  onDrill,
}: {
  view: ClusterView;
  verdicts: Verdicts;
  onDrill: (from: string, to: string) => void;
}) {
  const { namespaces, cells } = useMemo(() => namespaceSummary(view, verdicts), [view, verdicts]);
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid="namespace-matrix">
        <thead>
          <tr>
            <th className={styles.corner} title="Each row is a source namespace, each column a destination">
              <span>to →</span>
              <span>from ↓</span>
            </th>
            {namespaces.map((ns) => (
              <th key={ns} className={styles.colHead} title={ns}>
                <span>{ns}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row, i) => (
            <tr key={namespaces[i]}>
              <th className={styles.rowHead} title={namespaces[i]}>
                {namespaces[i]}
              </th>
              {row.map((cell) => {
                const state = cellState(cell);
                return (
                  <td key={cell.to} className={styles.cellTd}>
                    <button
                      type="button"
                      data-testid="namespace-cell"
                      data-from={cell.from}
                      data-to={cell.to}
                      data-state={state}
                      data-allowed={cell.allowed}
                      data-total={cell.total}
                      disabled={state === 'empty'}
                      className={`${styles.nsCell} ${styles[`ns_${state}`]}`}
                      title={`${cell.from} → ${cell.to}: ${cell.allowed} of ${cell.total} pod pairs allowed`}
                      onClick={() => onDrill(cell.from, cell.to)}
                    >
                      {state === 'empty' ? '' : state === 'partly' ? `${cell.allowed}/${cell.total}` : cell.total}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
