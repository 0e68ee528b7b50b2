import type { Labels, NamespaceLabelCandidate } from '@netpol/engine';
import { plural } from '../common/plural';
import styles from './AllowDialog.module.css';

/**
 * The namespace labels the peer selects by. The name label means "this namespace"; a
 * label several namespaces share means "any namespace with this label", later ones too.
 */
export function NamespaceLabelChooser(props: {
  candidates: readonly NamespaceLabelCandidate[];
  chosen: Labels;
  onChange: (labels: Labels) => void;
}) {
  return (
    <fieldset className={styles.fieldset} data-testid="allow-dialog-namespace-labels">
      <legend>Source namespaces selected by</legend>
      {props.candidates.map((c) => {
        const on = props.chosen[c.key] === c.value;
        return (
          <label key={c.key} className={styles.candidate}>
            <input
              type="checkbox"
              checked={on}
              data-label={`${c.key}=${c.value}`}
              onChange={() => {
                const next: Record<string, string> = { ...props.chosen };
                if (on) delete next[c.key];
                else next[c.key] = c.value;
                props.onChange(next);
              }}
            />
            <code>
              {c.key}={c.value}
            </code>
            <span className={styles.count}>
              {c.namespaces.length === 1
                ? 'this namespace'
                : `${plural(c.namespaces.length, 'namespace')} today`}
            </span>
          </label>
        );
      })}
      <p className={styles.hint}>
        A namespaceSelector peer without a podSelector: every pod of the selected namespaces may
        connect, pods added later included.
      </p>
    </fieldset>
  );
}
