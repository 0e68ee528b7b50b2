import { useState } from 'react';
import type { Diagnostic } from '@netpol/engine';
import { useAppStore } from '../../state/store';
import styles from './DiagnosticsList.module.css';

const ICON: Record<Diagnostic['severity'], string> = { error: '✕', warning: '!', info: 'i' };
/**
 * Entries drawn at first, and added per "Show more": 100,000 entries drawn at once blocked
 * the page for seconds, and nobody reads past the first few hundred.
 */
export const DIAGNOSTICS_PAGE = 200;

/**
 * The workspace's problems (engine diagnostics), each a button that moves the editor's
 * cursor to its line and column (opening the YAML pane if it is hidden). Placed under the
 * editor by the YAML pane, and in the inspector's Problems tab.
 */
export function DiagnosticsList({
  diagnostics,
  testId = 'diagnostics-list',
}: {
  readonly diagnostics: readonly Diagnostic[];
  /** The list under the editor is `diagnostics-list`; a copy elsewhere needs another id. */
  readonly testId?: string;
}) {
  const revealInEditor = useAppStore((s) => s.revealInEditor);
  const [shown, setShown] = useState(DIAGNOSTICS_PAGE);
  if (diagnostics.length === 0) {
    return (
      <div className={styles.empty} data-testid={testId} data-count={0}>
        <span className={styles.ok} aria-hidden="true">
          ✓
        </span>
        No problems found in the YAML.
      </div>
    );
  }
  return (
    <ul className={styles.list} data-testid={testId} data-count={diagnostics.length}>
      {diagnostics.slice(0, shown).map((d, i) => (
        <li key={`${d.code}-${i}`}>
          <button
            type="button"
            className={styles.item}
            data-testid="diagnostic"
            data-severity={d.severity}
            data-line={d.range?.startLine}
            data-column={d.range?.startColumn}
            data-code={d.code}
            disabled={!d.range}
            title={d.range ? 'Show in the editor' : undefined}
            onClick={() => d.range && revealInEditor(d.range)}
          >
            <span className={`${styles.icon} ${styles[d.severity]}`} aria-label={d.severity}>
              {ICON[d.severity]}
            </span>
            <span className={styles.text}>
              <span className={styles.message}>{d.message}</span>
              {(d.path || d.hint) && (
                <span className={styles.detail}>
                  {d.path && <code>{d.path}</code>}
                  {d.path && d.hint && ' — '}
                  {d.hint}
                </span>
              )}
            </span>
            {d.range && (
              <span className={styles.where}>
                {d.range.startLine}:{d.range.startColumn}
              </span>
            )}
          </button>
        </li>
      ))}
      {diagnostics.length > shown && (
        <li>
          <button
            type="button"
            className={`button ${styles.more}`}
            data-testid="diagnostics-more"
            onClick={() => setShown(shown + DIAGNOSTICS_PAGE * 5)}
          >
            and {(diagnostics.length - shown).toLocaleString('en')} more — show{' '}
            {Math.min(diagnostics.length - shown, DIAGNOSTICS_PAGE * 5).toLocaleString('en')}
          </button>
        </li>
      )}
    </ul>
  );
}
