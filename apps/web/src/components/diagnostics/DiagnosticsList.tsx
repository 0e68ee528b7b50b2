import type { Diagnostic } from '@netpol/engine';
import { useAppStore } from '../../state/store';
import styles from './DiagnosticsList.module.css';

const ICON: Record<Diagnostic['severity'], string> = { error: '✕', warning: '!', info: 'i' };

/**
 * The workspace's problems (engine diagnostics), each a button that moves the editor's
 * cursor to its line and column. Placed under the editor by the YAML pane.
 */
export function DiagnosticsList({ diagnostics }: { readonly diagnostics: readonly Diagnostic[] }) {
  const revealInEditor = useAppStore((s) => s.revealInEditor);
  if (diagnostics.length === 0) {
    return (
      <div className={styles.empty} data-testid="diagnostics-list" data-count={0}>
        <span className={styles.ok} aria-hidden="true">
          ✓
        </span>
        No problems found in the YAML.
      </div>
    );
  }
  return (
    <ul className={styles.list} data-testid="diagnostics-list" data-count={diagnostics.length}>
      {diagnostics.map((d, i) => (
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
    </ul>
  );
}
