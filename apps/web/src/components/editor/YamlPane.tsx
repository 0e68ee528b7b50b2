import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppStore } from '../../state/store';
import { SplitHandle } from '../common/SplitHandle';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { DiagnosticsList } from '../diagnostics/DiagnosticsList';
import { useWorkspaceDiagnostics } from '../diagnostics/useWorkspaceDiagnostics';
import { useLints } from '../lint/useLints';
import { ExpectationsPanel } from '../expect/ExpectationsPanel';
import { useExpectations } from '../../analysis/useExpectations';
import styles from './YamlPane.module.css';
import { PaneRail, paneRailClass } from '../common/PaneRail';

/** Monaco is about 1 MB gzip: its own chunk, loaded after the first paint of the graph. */
const YamlEditor = lazy(() => import('./YamlEditor'));
const ExpectationsEditor = lazy(() => import('../expect/ExpectationsEditor'));

const MIN_WIDTH = 300;

function defaultWidth(): number {
  return Math.round(Math.min(640, Math.max(360, window.innerWidth * 0.3)));
}

function maxWidth(): number {
  return Math.max(MIN_WIDTH, window.innerWidth - 520);
}

/**
 * The workspace YAML pane: the editor with the diagnostics list under it; resizable by
 * its left edge and collapsible to a narrow rail (which still shows the problem count).
 */
export function YamlPane() {
  const width = useAppStore((s) => s.yamlWidth) ?? defaultWidth();
  const collapsed = useAppStore((s) => s.yamlCollapsed);
  const setWidth = useAppStore((s) => s.setYamlWidth);
  const setCollapsed = useAppStore((s) => s.setYamlCollapsed);
  const revealRequest = useAppStore((s) => s.revealRequest);
  const diagnostics = useWorkspaceDiagnostics();
  const { lints, text: lintedText } = useLints();
  const yamlTab = useAppStore((s) => s.yamlTab);
  const setYamlTab = useAppStore((s) => s.setYamlTab);
  const expectations = useExpectations();
  const failing = expectations.results.filter((r) => !r.pass).length;
  const hasErrors = diagnostics.some((d) => d.severity === 'error');
  const [, forceRender] = useState(0);

  // A request to show lines in the editor opens the pane (on the workspace document).
  useEffect(() => {
    if (!revealRequest) return;
    setCollapsed(false);
    setYamlTab('workspace');
  }, [revealRequest, setCollapsed, setYamlTab]);
  useEffect(() => {
    const onResize = () => forceRender((n) => n + 1);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  if (collapsed) {
    return (
      <section
        className={paneRailClass}
        data-testid="yaml-editor"
        data-collapsed="true"
        aria-label="YAML"
      >
        <PaneRail
          label="YAML"
          title="Show the YAML pane (Ctrl+B)"
          testId="yaml-expand"
          onExpand={() => setCollapsed(false)}
        >
          {diagnostics.length > 0 && (
            <span
              className={styles.badge}
              data-severity={hasErrors ? 'error' : 'warning'}
              aria-label={`${diagnostics.length} problems`}
            >
              {diagnostics.length}
            </span>
          )}
        </PaneRail>
      </section>
    );
  }

  const clamped = Math.min(width, maxWidth());
  return (
    <>
      <SplitHandle
        size={clamped}
        min={MIN_WIDTH}
        max={maxWidth()}
        onResize={setWidth}
        label="Resize the YAML pane"
      />
      <section
        className={styles.pane}
        style={{ width: clamped }}
        data-testid="yaml-editor"
        aria-label="YAML"
      >
        <div className={styles.titleBar}>
          <div className={styles.docTabs} role="tablist" aria-label="Documents">
            <button
              type="button"
              role="tab"
              aria-selected={yamlTab === 'workspace'}
              className={yamlTab === 'workspace' ? styles.docTabActive : styles.docTab}
              data-testid="yaml-tab-workspace"
              onClick={() => setYamlTab('workspace')}
            >
              Workspace YAML
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={yamlTab === 'expectations'}
              className={yamlTab === 'expectations' ? styles.docTabActive : styles.docTab}
              data-testid="yaml-tab-expectations"
              onClick={() => setYamlTab('expectations')}
            >
              Expectations
              {failing > 0 && <span className={styles.failing}>{failing}</span>}
            </button>
          </div>
          <button
            type="button"
            className="button"
            data-variant="ghost"
            data-testid="yaml-collapse"
            aria-label="Hide the YAML pane"
            title="Hide the YAML pane (Ctrl+B)"
            onClick={() => setCollapsed(true)}
          >
            ›
          </button>
        </div>
        <div className={styles.editorArea}>
          <ErrorBoundary name="The editor">
            <Suspense fallback={<div className={styles.loading}>Loading the editor…</div>}>
              {yamlTab === 'workspace' ? (
                <YamlEditor diagnostics={diagnostics} lints={lints} lintedText={lintedText} />
              ) : (
                <ExpectationsEditor diagnostics={expectations.diagnostics} />
              )}
            </Suspense>
          </ErrorBoundary>
        </div>
        {yamlTab === 'workspace' ? (
          <div className={styles.problems}>
            <h3 className={styles.problemsTitle}>
              Problems
              {diagnostics.length > 0 && <span className={styles.count}>{diagnostics.length}</span>}
            </h3>
            <div className={styles.problemsBody}>
              <DiagnosticsList diagnostics={diagnostics} />
            </div>
          </div>
        ) : (
          <div className={styles.problems}>
            <h3 className={styles.problemsTitle}>Expectations</h3>
            <div className={styles.problemsBody}>
              <ExpectationsPanel state={expectations} />
            </div>
          </div>
        )}
      </section>
    </>
  );
}
