import type { ExpectationResult } from '@netpol/engine';
import type { ExpectationsState } from '../../analysis/useExpectations';
import { useAppStore } from '../../state/store';
import { expectationReasonText } from '../../analysis/verdictText';
import styles from './ExpectationsPanel.module.css';

/** The flow to select on the graph for a result: only when both sides are one endpoint. */
function flowOf(r: ExpectationResult) {
  const { from, to } = r.expectation;
  // IP addresses and pod sets have no single node on the graph.
  const id = (side: typeof from) => (side.kind === 'pod' ? side.id : null);
  const a = id(from);
  const b = id(to);
  return a && b ? { from: a, to: b } : null;
}

/**
 * Each expectation with its verdict, live as the policies change: pass, or fail with the
 * reason (the explanation of the first pair that does not meet it). Problems of the
 * expectations text are listed first, at their line.
 */
export function ExpectationsPanel({ state }: { state: ExpectationsState }) {
  const selectFlow = useAppStore((s) => s.selectFlow);
  const { results, diagnostics } = state;
  const passed = results.filter((r) => r.pass).length;
  return (
    <div
      className={styles.panel}
      data-testid="expectations-panel"
      data-passed={passed}
      data-failed={results.length - passed}
    >
      <div className={styles.summary}>
        {results.length === 0 && diagnostics.length === 0
          ? 'No expectations yet: write them in the editor above.'
          : `${passed} passed, ${results.length - passed} failed`}
      </div>
      <ul className={styles.list}>
        {diagnostics.map((d, i) => (
          <li
            key={`d${i}`}
            className={styles.problem}
            data-testid="expectation-problem"
            data-line={d.range?.startLine}
          >
            {d.range ? `${d.range.startLine}:${d.range.startColumn} ` : ''}
            {d.message}
          </li>
        ))}
        {results.map((r) => {
          const flow = flowOf(r);
          return (
            <li key={r.expectation.index}>
              <button
                type="button"
                className={styles.item}
                data-testid="expectation-item"
                data-pass={String(r.pass)}
                data-got={r.got}
                disabled={!flow}
                title={flow ? 'Show this flow on the graph' : undefined}
                onClick={() => flow && selectFlow(flow)}
              >
                <span className={r.pass ? styles.pass : styles.fail}>
                  {r.pass ? 'PASS' : 'FAIL'}
                </span>
                <span className={styles.text}>
                  <span className={styles.name}>{r.expectation.name}</span>
                  {!r.pass && <span className={styles.reason}>{expectationReasonText(r)}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
