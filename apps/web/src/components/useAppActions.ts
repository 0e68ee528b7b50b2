import { useMemo } from 'react';
import { useRegisterActions, type Action, type KeyHint } from '../commands/actions';
import { useAppStore } from '../state/store';
import { selectCanRedo, selectCanUndo } from '../state/workspaceSlice';
import { runExport } from './importExport/ExportMenu';
import { PALETTE_ACTION_ID } from './palette/CommandPalette';

/** Keys the help lists that belong to widgets rather than to actions. */
export const KEY_HINTS: readonly KeyHint[] = [
  { keys: ['Esc'], description: 'Close a menu, list or dialog' },
  { keys: ['Enter'], description: 'In the allow dialog: pick from an open list, else create' },
  { keys: ['Esc', 'Tab'], description: 'Leave the YAML editor (Tab indents inside it; Ctrl+M toggles that too)' },
  { keys: ['Tab'], description: 'Move between pods and edges in the graph; Enter or Space selects' },
];

/** The app-wide actions (files, history, panes, help, palette), registered while the shell is mounted. */
export function useAppActions(open: { help: () => void; palette: () => void }): void {
  const actions = useMemo<Action[]>(
    () => [
      {
        id: PALETTE_ACTION_ID,
        label: 'Command palette',
        section: 'Help',
        keys: [['Mod', 'K']],
        scope: 'outside-editor',
        run: open.palette,
      },
      {
        id: 'workspace.open',
        label: 'Open YAML or JSON files…',
        section: 'Workspace',
        keys: [['Mod', 'O']],
        scope: 'everywhere',
        keywords: 'import load',
        run: () => document.getElementById('open-files-input')?.click(),
      },
      {
        id: 'workspace.downloadAll',
        label: 'Download all manifests',
        section: 'Workspace',
        keys: [['Mod', 'S']],
        scope: 'everywhere',
        keywords: 'export save netpol-canvas.yaml',
        run: () => void runExport('all', 'download'),
      },
      {
        id: 'edit.undo',
        label: 'Undo',
        section: 'Edit',
        keys: [['Mod', 'Z']],
        keywords: 'typing and graph edits share one history',
        enabled: () => selectCanUndo(useAppStore.getState()),
        run: () => useAppStore.getState().undo(),
      },
      {
        id: 'edit.redo',
        label: 'Redo',
        section: 'Edit',
        keys: [
          ['Mod', 'Shift', 'Z'],
          ['Mod', 'Y'],
        ],
        enabled: () => selectCanRedo(useAppStore.getState()),
        run: () => useAppStore.getState().redo(),
      },
      {
        id: 'view.toggleYaml',
        label: 'Show or hide the YAML pane',
        section: 'View',
        keys: [['Mod', 'B']],
        scope: 'everywhere',
        run: () => {
          const { yamlCollapsed, setYamlCollapsed } = useAppStore.getState();
          setYamlCollapsed(!yamlCollapsed);
        },
      },
      {
        id: 'help.shortcuts',
        label: 'Keyboard shortcuts and help',
        section: 'Help',
        keys: [['?']],
        run: open.help,
      },
    ],
    [open.help, open.palette],
  );
  useRegisterActions(actions);
}
