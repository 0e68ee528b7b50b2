import { applyEdits, LINT_RULES } from '@netpol/engine';
import type { LintFinding } from '@netpol/engine';
import { useAppStore } from '../../state/store';
import { useLints } from './useLints';
import styles from './LintList.module.css';

const ICON: Record<LintFinding['severity'], string> = { error: '✕', warning: '!', info: 'i' };

/**
 * The engine's lints (NPL001–NPL011) of the workspace: each moves the editor to the field
 * it is about; a finding with an obvious fix has a Fix button, which edits the text as one
 * undo step (the same edit as the editor's quick fix).
 */
export function LintList() {
  const { lints, text } = useLints();
  const revealInEditor = useAppStore((s) => s.revealInEditor);
  const setText = useAppStore((s) => s.setText);
  if (lints.length === 0) {
    return (
      <div className={styles.empty} data-testid="lint-list" data-count={0}>
        <span className={styles.ok} aria-hidden="true">
          ✓
        </span>
        No lint findings: the policies in force look as intended.
      </div>
    );
  }
  const fix = (finding: LintFinding) => {
    useAppStore.getState().flushPendingEdits();
    const current = useAppStore.getState().text;
    // Offsets are those of the analysed text: a fix for an older text is not applied.
    if (!finding.fix || current !== text) return;
    setText(applyEdits(current, finding.fix.edits), 'command');
  };
  return (
    <ul className={styles.list} data-testid="lint-list" data-count={lints.length}>
      {lints.map((f, i) => (
        <li
          key={`${f.code}-${f.range.startOffset}-${i}`}
          className={styles.row}
          data-testid="lint-item"
          data-code={f.code}
          data-line={f.range.startLine}
          data-column={f.range.startColumn}
        >
          <button
            type="button"
            className={styles.item}
            title="Show in the editor"
            onClick={() => revealInEditor(f.range)}
          >
            <span className={`${styles.icon} ${styles[f.severity]}`} aria-label={f.severity}>
              {ICON[f.severity]}
            </span>
            <span className={styles.text}>
              <span className={styles.title}>
                <code>{f.code}</code> {LINT_RULES[f.code].title}
              </span>
              <span className={styles.message}>{f.message}</span>
              <span className={styles.where}>
                {f.ref.namespace}/{f.ref.name} · line {f.range.startLine}:{f.range.startColumn}
              </span>
            </span>
          </button>
          {f.fix && (
            <button
              type="button"
              className={`button ${styles.fix}`}
              data-testid="lint-fix"
              title={f.fix.title}
              onClick={() => fix(f)}
            >
              {f.fix.title}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
