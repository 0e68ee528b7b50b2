import { useContext, type ReactNode } from 'react';
import { useAppStore } from '../../state/store';
import type { InspectorTab } from '../../state/graphSlice';
import { MatrixPanel } from '../matrix/MatrixPanel';
import { LintList } from '../lint/LintList';
import { useLints } from '../lint/useLints';
import { ExplainPanel } from './ExplainPanel';
import { SelectionSection } from './SelectionSection';
import { HideInspectorContext } from './InspectorFrame';
import styles from './Inspector.module.css';

const TABS: readonly { id: InspectorTab; label: string }[] = [
  { id: 'selection', label: 'Selection' },
  { id: 'explain', label: 'Explain' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'lints', label: 'Lints' },
  { id: 'problems', label: 'Problems' },
];

/**
 * The inspector: the selection with its actions, the explanation of the selected flow,
 * the reachability matrix, and (when the shell passes one) a diagnostics list.
 */
export function InspectorPanel({
  diagnostics,
  problemCount,
}: {
  diagnostics?: ReactNode;
  problemCount?: number;
}) {
  const chosen = useAppStore((s) => s.inspectorTab);
  const setTab = useAppStore((s) => s.setInspectorTab);
  const hide = useContext(HideInspectorContext);
  const lintCount = useLints().lints.length;
  // The Problems tab exists only while the shell passes a list (the YAML pane is hidden).
  const tab = chosen === 'problems' && diagnostics === undefined ? 'selection' : chosen;
  return (
    <aside className={styles.panel} aria-label="Inspector" data-testid="inspector">
      <div className={styles.tabBar}>
        <div className={styles.tabs} role="tablist">
          {TABS.filter((t) => t.id !== 'problems' || diagnostics !== undefined).map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              className={tab === t.id ? styles.tabActive : styles.tab}
              data-testid={`inspector-tab-${t.id}`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
              {t.id === 'problems' && problemCount ? (
                <span className={styles.tabCount}>{problemCount}</span>
              ) : null}
              {t.id === 'lints' && lintCount > 0 ? (
                <span className={styles.tabCount} data-testid="lint-count">
                  {lintCount}
                </span>
              ) : null}
            </button>
          ))}
        </div>
        {hide && (
          <button
            type="button"
            className={`button ${styles.hide}`}
            data-variant="ghost"
            data-testid="inspector-collapse"
            aria-label="Hide the inspector"
            title="Hide the inspector"
            onClick={hide}
          >
            ›
          </button>
        )}
      </div>
      <div className={styles.body} role="tabpanel">
        {tab === 'selection' && <SelectionSection />}
        {tab === 'explain' && <ExplainPanel />}
        {tab === 'matrix' && <MatrixPanel />}
        {tab === 'lints' && <LintList />}
        {tab === 'problems' && diagnostics}
      </div>
    </aside>
  );
}
