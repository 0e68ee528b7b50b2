import { Dialog } from '../common/Dialog';
import { useAppStore } from '../../state/store';
import { appendToWorkspace, useReplaceRequest } from './replaceRequest';

/** Asks before loaded content replaces a workspace the user has edited. */
export function ReplaceWorkspaceDialog() {
  const pending = useReplaceRequest((s) => s.pending);
  const setPending = useReplaceRequest((s) => s.set);
  const close = () => setPending(null);
  return (
    <Dialog
      open={pending !== null}
      title="Replace your workspace?"
      onClose={close}
      testId="replace-dialog"
      actions={
        pending && (
          <>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            {pending.canAppend && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  appendToWorkspace(pending.text);
                  close();
                }}
              >
                Add to workspace
              </button>
            )}
            <button
              type="button"
              className="button"
              data-variant="primary"
              data-testid="replace-confirm"
              onClick={() => {
                useAppStore.getState().loadWorkspace(pending.text);
                close();
              }}
            >
              Replace
            </button>
          </>
        )
      }
    >
      {pending && (
        <p style={{ margin: 0 }}>
          Loading {pending.what} replaces the YAML you have edited. You can get it back with{' '}
          <span style={{ whiteSpace: 'nowrap' }}>
            Undo (<kbd>Ctrl</kbd>+<kbd>Z</kbd>).
          </span>
        </p>
      )}
    </Dialog>
  );
}
