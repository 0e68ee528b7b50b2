import { Dialog } from './common/Dialog';
import { shortcutHelp } from './HeaderShortcuts';
import styles from './Header.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The `?` dialog: what the app is for in one line, and its keyboard shortcuts. */
export function HeaderHelpDialog({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      title="Keyboard shortcuts"
      onClose={onClose}
      testId="help-dialog"
      width={480}
      actions={
        <button type="button" className="button" data-variant="primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p className={styles.helpIntro}>
        The YAML is the workspace: the graph, the verdicts and the export are all derived from it,
        and everything is saved in this browser as you work. Nothing leaves your machine.
      </p>
      <table className={styles.shortcuts}>
        <tbody>
          {shortcutHelp().map((s) => (
            <tr key={s.keys.join('+')}>
              <td className={styles.keys}>
                {s.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && '+'}
                    <kbd>{isMac && key === 'Ctrl' ? '⌘' : key}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
