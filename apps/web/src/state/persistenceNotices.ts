/** What the user is told about saving, in plain words, with a way out when it fails. */
import { downloadText } from '../components/importExport/download';
import { useAppStore } from './store';
import type { PausedEdit } from './pausedEdits';

export const SAVE_ERROR_NOTICE = 'save-error';
const WORKSPACE_FILE = 'netpol-canvas-workspace.yaml';

/** The browser's reason, said as a person would. */
function plainReason(reason: string): string {
  return /quota|full|space/i.test(reason)
    ? 'this browser’s storage for this site is full'
    : 'this browser refused to store it (private browsing or blocked storage)';
}

/** Saving failed: say so, and offer the text as a file so nothing is lost. */
export function tellSaveFailed(reason: string): void {
  useAppStore.getState().notify({
    id: SAVE_ERROR_NOTICE,
    tone: 'error',
    text:
      `Your work is not saved: ${plainReason(reason)}. Download it to keep a copy; ` +
      'saving is tried again with your next change.',
    actions: [
      {
        label: 'Download the workspace',
        run: () => downloadText(WORKSPACE_FILE, useAppStore.getState().text),
      },
    ],
  });
}

/** Offers the edits that paused tabs set aside before they were reloaded or closed. */
export function offerPausedEdits(edits: readonly PausedEdit[], drop: (key: string) => void): void {
  const { notify, dismissNotice } = useAppStore.getState();
  edits.forEach((edit, i) => {
    const id = `paused-edit-${i}`;
    const when = new Date(edit.savedAt).toLocaleString();
    notify({
      id,
      tone: 'warning',
      text:
        `A tab closed while asking which version to keep left its edit aside (${when}). ` +
        'It was not thrown away: open it here, download it, or discard it.',
      actions: [
        {
          label: 'Open the set-aside edit',
          run: () => {
            useAppStore.getState().loadWorkspace(edit.text);
            drop(edit.key);
            dismissNotice(id);
          },
        },
        { label: 'Download it', run: () => downloadText(WORKSPACE_FILE, edit.text) },
        {
          label: 'Discard it',
          run: () => {
            drop(edit.key);
            dismissNotice(id);
          },
        },
      ],
    });
  });
}
