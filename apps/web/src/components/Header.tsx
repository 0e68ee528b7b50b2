import { ExamplesMenu } from './examples/ExamplesMenu';
import { OpenFilesButton } from './importExport/OpenFilesButton';
import { ExportMenu } from './importExport/ExportMenu';
import { ShareButton } from './share/ShareButton';
import { GalleryButton } from './gallery/GalleryButton';
import { runAction, useActions, type Action } from '../commands/actions';
import { formatKeys } from '../commands/keys';
import { useAppStore } from '../state/store';
import { selectCanRedo, selectCanUndo } from '../state/workspaceSlice';
import styles from './Header.module.css';

function Logo() {
  return (
    <svg className={styles.logo} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="var(--accent)" />
      <circle cx="9" cy="10" r="3.5" fill="#fff" />
      <circle cx="23" cy="10" r="3.5" fill="#fff" />
      <circle cx="16" cy="23" r="3.5" fill="#fff" />
      <path d="M11.5 12.5 14.5 20M20.5 12.5 17.5 20" stroke="#8ee0b0" strokeWidth="2" />
      <path d="M12.5 10h7" stroke="#ff9b9b" strokeWidth="2" strokeDasharray="2 2" />
    </svg>
  );
}

const SAVE_LABELS = {
  saved: ['Saved', ' in this browser'],
  pending: ['Saving…', ''],
  paused: ['Not saved', ': changed in another tab'],
  error: ['Not saved', ''],
} as const;

function SaveStatus() {
  const status = useAppStore((s) => s.saveStatus);
  return (
    <span
      className={styles.saveStatus}
      data-status={status}
      data-testid="save-status"
      role="status"
      title={SAVE_LABELS[status].join('')}
    >
      {status === 'saved' && <span aria-hidden="true">✓ </span>}
      {SAVE_LABELS[status][0]}
      <span className={styles.wideOnly}>{SAVE_LABELS[status][1]}</span>
    </span>
  );
}

/** A button's tooltip from its registered action: `Undo (Ctrl+Z)`. */
function titleOf(actions: readonly Action[], id: string): string | undefined {
  const action = actions.find((a) => a.id === id);
  const keys = action?.keys?.[0];
  return action && (keys ? `${action.label} (${formatKeys(keys)})` : action.label);
}

/** The top bar: product name, examples, open, export, undo/redo and help (buttons run registered actions). */
export function Header({ onHelp }: { readonly onHelp: () => void }) {
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const actions = useActions();
  const hint = useAppStore((s) => s.hint);
  const setHint = useAppStore((s) => s.setHint);
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <Logo />
        <span className={styles.name}>Netpol Canvas</span>
      </div>
      <nav className={styles.actions} aria-label="Workspace">
        <ExamplesMenu />
        <GalleryButton />
        <OpenFilesButton />
        <ExportMenu />
        <ShareButton />
      </nav>
      <div className={styles.spacer}>
        {hint && (
          <p className={styles.hint} data-testid="hint">
            <span className={styles.hintText} title={hint}>
              {hint}
            </span>
            <button
              type="button"
              className={styles.hintClose}
              aria-label="Dismiss the hint"
              onClick={() => setHint(null)}
            >
              ×
            </button>
          </p>
        )}
      </div>
      <SaveStatus />
      <div className={styles.actions} role="group" aria-label="History">
        <button
          type="button"
          className="button"
          data-variant="ghost"
          data-testid="undo-button"
          aria-label="Undo"
          title={titleOf(actions, 'edit.undo')}
          disabled={!canUndo}
          onClick={() => runAction('edit.undo')}
        >
          <span aria-hidden="true">↶</span>
          <span className={styles.wideOnly}>Undo</span>
        </button>
        <button
          type="button"
          className="button"
          data-variant="ghost"
          data-testid="redo-button"
          aria-label="Redo"
          title={titleOf(actions, 'edit.redo')}
          disabled={!canRedo}
          onClick={() => runAction('edit.redo')}
        >
          <span aria-hidden="true">↷</span>
          <span className={styles.wideOnly}>Redo</span>
        </button>
      </div>
      <button
        type="button"
        className={`button ${styles.help}`}
        data-testid="help-button"
        aria-label="Keyboard shortcuts and help"
        title={titleOf(actions, 'help.shortcuts')}
        onClick={onHelp}
      >
        ?
      </button>
    </header>
  );
}
