/**
 * The page frame. Layout contract between the parts of the app:
 *
 *   Header
 *   main: <GraphPane /> (graph's) | <InspectorPanel /> (graph's) | YAML pane (workspace's)
 *
 * The YAML pane holds the editor AND the diagnostics list (`diagnostics-list`) under it,
 * beside the lines it points at. The inspector's Problems tab gets the same list through its
 * `diagnostics` prop (test id `inspector-diagnostics-list`, so `diagnostics-list` stays
 * unique), shown only while the YAML pane is hidden. Every pane sits in its own error
 * boundary: a failing pane shows a message and a reset button, the rest keeps working,
 * and the workspace text (in the store, saved to localStorage) is never lost.
 *
 * For graph commands: call `useAppStore.getState().flushPendingEdits()` before computing a
 * new text from `text`, then `setText(newText, 'command')`: one undo history covers both.
 */
import { useCallback, useMemo, useState } from 'react';
import { GraphPane } from './graph/GraphPane';
import { InspectorPanel } from './inspector/InspectorPanel';
import { InspectorFrame } from './inspector/InspectorFrame';
import { Header } from './Header';
import { HeaderHelpDialog } from './HeaderHelpDialog';
import { useAppActions } from './useAppActions';
import { useActionShortcuts } from '../commands/useActionShortcuts';
import { useAllowActions } from './allow/useAllowActions';
import { CommandPalette } from './palette/CommandPalette';
import { YamlPane } from './editor/YamlPane';
import { ErrorBoundary } from './common/ErrorBoundary';
import { Notices } from './common/Notices';
import { FileDropZone } from './importExport/FileDropZone';
import { ReplaceWorkspaceDialog } from './importExport/ReplaceWorkspaceDialog';
import { useAppStore } from '../state/store';
import { DiagnosticsList } from './diagnostics/DiagnosticsList';
import { useWorkspaceDiagnostics } from './diagnostics/useWorkspaceDiagnostics';
import styles from './AppShell.module.css';

/** The inspector, given the workspace's diagnostics for its Problems tab while the YAML pane is hidden. */
function Inspector() {
  const diagnostics = useWorkspaceDiagnostics();
  // Beside the open YAML pane the list would show twice: the tab is for when it is hidden.
  const yamlCollapsed = useAppStore((s) => s.yamlCollapsed);
  return (
    <InspectorPanel
      problemCount={diagnostics.length}
      diagnostics={
        yamlCollapsed && diagnostics.length > 0 ? (
          <DiagnosticsList diagnostics={diagnostics} testId="inspector-diagnostics-list" />
        ) : undefined
      }
    />
  );
}

export function AppShell() {
  const [helpOpen, setHelpOpen] = useState(false);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const open = useMemo(() => ({ help: openHelp, palette: () => setPaletteOpen(true) }), [openHelp]);
  useAppActions(open);
  useAllowActions();
  useActionShortcuts();

  return (
    <div className={styles.shell}>
      <Header onHelp={openHelp} />
      <main className={styles.main}>
        <div className={styles.graph}>
          <ErrorBoundary name="The graph">
            <GraphPane />
          </ErrorBoundary>
        </div>
        <InspectorFrame>
          <ErrorBoundary name="The inspector">
            <Inspector />
          </ErrorBoundary>
        </InspectorFrame>
        <ErrorBoundary name="The YAML pane">
          <YamlPane />
        </ErrorBoundary>
      </main>
      <Notices />
      <FileDropZone />
      <ReplaceWorkspaceDialog />
      <HeaderHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
    </div>
  );
}
