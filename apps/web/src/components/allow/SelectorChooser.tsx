import type { Labels, SelectorCandidate, SelectorProposal } from '@netpol/engine';
import styles from './AllowDialog.module.css';
import { plural } from '../common/plural';

/** Why a label is a poor selector, for the labels the engine never proposes. */
const UNSTABLE: Partial<Record<SelectorCandidate['kind'], string>> = {
  volatile: 'changes with each release',
  'per-pod': 'differs per rollout or replica',
};

/**
 * The labels that will select one end of the flow: the engine's preferred choice is
 * preselected; every label of the pod can be ticked, the unstable ones marked as such.
 */
export function SelectorChooser(props: {
  title: string;
  testId: string;
  proposal: SelectorProposal;
  chosen: Labels;
  onChange: (labels: Labels) => void;
}) {
  const { proposal, chosen } = props;
  if (proposal.candidates.length === 0) {
    return (
      <fieldset className={styles.fieldset} data-testid={props.testId}>
        <legend>{props.title}</legend>
        <p className={styles.hint}>
          No usable labels: the policy will select every pod of the namespace.
        </p>
      </fieldset>
    );
  }
  return (
    <fieldset className={styles.fieldset} data-testid={props.testId}>
      <legend>{props.title}</legend>
      {Object.keys(proposal.preferred).length === 0 && (
        <p className={styles.hint}>
          No stable label: with none ticked the policy selects every pod of the namespace.
        </p>
      )}
      {proposal.candidates.map((c) => {
        const on = chosen[c.key] === c.value;
        return (
          <label key={c.key} className={styles.candidate}>
            <input
              type="checkbox"
              checked={on}
              data-label={`${c.key}=${c.value}`}
              onChange={() => {
                const next: Record<string, string> = { ...chosen };
                if (on) delete next[c.key];
                else next[c.key] = c.value;
                props.onChange(next);
              }}
            />
            <code>
              {c.key}={c.value}
            </code>
            <span className={UNSTABLE[c.kind] ? styles.unstable : styles.count}>
              {UNSTABLE[c.kind] ?? `selects ${plural(c.podsInNamespace, 'pod')} of the namespace`}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
