import { useState } from 'react';
import type { SelectorProposal } from '@netpol/engine';
import type { PodView } from '../../analysis/graphData';
import { runCommand } from '../../commands/command';
import { editLabels } from '../../commands/graphCommands';
import { labelsPath } from '../inspector/PodDetails';
import styles from './AllowDialog.module.css';

/** True when the proposal has no label that says what the pod does, or no stable label at all. */
export function wantsRoleLabel(proposal: SelectorProposal): boolean {
  return !proposal.candidates.some(
    (c) => c.kind === 'role' && proposal.preferred[c.key] === c.value,
  );
}

/**
 * "Label first": adds a label to the pod (for a workload, to its pod template, where pod
 * labels live) as the seed walkthrough labels its pods with `type=redis`. A label that
 * names the pods' role gives a policy a reviewer reads as intent ("redis clients may reach
 * redis") and that keeps selecting the right pods across rollouts and renames.
 */
export function LabelFirstHint({ pod, suggestedKey, onAdded }: { pod: PodView; suggestedKey: string; onAdded: () => void }) {
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(suggestedKey);
  const [value, setValue] = useState('');
  const where = pod.kind === 'Pod' ? pod.id : `${pod.kind} ${pod.id}'s pod template`;
  const add = () => {
    if (!key.trim() || !value.trim()) return;
    runCommand(editLabels, {
      ref: pod.source,
      labels: { ...pod.labels, [key.trim()]: value.trim() },
      path: labelsPath(pod.kind),
    });
    setOpen(false);
    // The hint goes away with the new label: hand the focus on rather than drop it.
    onAdded();
  };
  if (!open) {
    return (
      <p className={styles.hint}>
        No label says what {pod.name} does.{' '}
        <button
          type="button"
          className={styles.linkButton}
          data-testid="allow-dialog-add-label"
          onClick={() => setOpen(true)}
        >
          Add a label…
        </button>
      </p>
    );
  }
  return (
    <div className={styles.addLabel} data-testid="allow-dialog-add-label-form">
      <p className={styles.hint}>
        Adds the label to {where}. A role label (like the seed’s <code>type=redis</code>) gives a
        policy that says what may talk to what, and keeps selecting the right pods across rollouts.
      </p>
      <input
        aria-label="Label key"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        spellCheck={false}
      />
      =
      <input
        aria-label="Label value"
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        spellCheck={false}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            e.stopPropagation();
            add();
          }
        }}
      />
      <button
        type="button"
        className={styles.secondary}
        onClick={add}
        disabled={!key.trim() || !value.trim()}
      >
        Add label
      </button>
    </div>
  );
}
