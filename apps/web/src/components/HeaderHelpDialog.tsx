import { useActions } from '../commands/actions';
import { formatKeys, type Keys } from '../commands/keys';
import { Dialog } from './common/Dialog';
import { KEY_HINTS } from './useAppActions';
import styles from './Header.module.css';

/** One row of the list: the chords (`Esc` then `Tab` reads as a sequence) and what they do. */
function Row({ keys, description, sequence }: { keys: readonly Keys[]; description: string; sequence?: boolean }) {
  return (
    <tr>
      <td className={styles.keys}>
        {keys.map((chord, i) => (
          <span key={chord.join('+')}>
            {i > 0 && (sequence ? ' then ' : ' or ')}
            <kbd>{formatKeys(chord)}</kbd>
          </span>
        ))}
      </td>
      <td>{description}</td>
    </tr>
  );
}

/** The `?` dialog: what the app is for in one line, and its keyboard shortcuts (from the action registry). */
export function HeaderHelpDialog({
  open,
  onClose,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
}) {
  const order = ['Workspace', 'Edit', 'View', 'Graph', 'Help'];
  const actions = useActions()
    .filter((a) => a.keys && a.keys.length > 0)
    .sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
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
          {actions.map((a) => (
            <Row key={a.id} keys={a.keys ?? []} description={a.label} />
          ))}
          {KEY_HINTS.map((hint) => (
            <Row key={hint.description} keys={hint.keys.map((k) => [k])} description={hint.description} sequence />
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
