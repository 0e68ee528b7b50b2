import type { Derivation, PolicyInForce as CompiledPolicy } from '../../analysis/derive';
import { STALE_FILE } from '../../analysis/derive';
import { policyRange, requestReveal } from '../../analysis/reveal';
import { runCommand } from '../../commands/command';
import { deleteObject } from '../../commands/graphCommands';
import { policyId } from '../../analysis/policyFocus';
import { useAppStore } from '../../state/store';
import styles from './Inspector.module.css';

/** Policies with a link to their text and a delete action. */
export function PolicyList({
  derivation,
  policies,
}: {
  derivation: Derivation;
  policies: readonly CompiledPolicy[];
}) {
  const selected = useAppStore((s) => s.selectedPolicy);
  const selectPolicy = useAppStore((s) => s.selectPolicy);
  if (policies.length === 0) return <p className={styles.hint}>None.</p>;
  return (
    <ul className={styles.list} data-testid="policy-list">
      {policies.map((p) => {
        const range = policyRange(derivation, p.ref);
        const stale = p.ref.file === STALE_FILE;
        const types = [p.isolates.ingress && 'ingress', p.isolates.egress && 'egress']
          .filter(Boolean)
          .join(' + ');
        const id = policyId(p.ref);
        const isSelected = selected === id;
        return (
          <li
            key={`${p.ref.file}#${p.ref.documentIndex}#${p.ref.itemIndex ?? ''}`}
            className={`${styles.listItem} ${isSelected ? styles.policySelected : ''}`}
            data-testid="policy-item"
            data-policy={id}
            data-selected={isSelected ? 'true' : undefined}
          >
            <span className={styles.policyText}>
              <button
                type="button"
                className={styles.link}
                aria-pressed={isSelected}
                title={`Show what ${id} selects and admits, and its YAML`}
                onClick={() => {
                  // A second click on the selected policy lets the picture go back to normal.
                  selectPolicy(isSelected ? null : id);
                  if (range) requestReveal(range);
                }}
              >
                {p.ref.name}
              </button>
              <span className={styles.meta}>
                {p.ref.namespace} · {types}
              </span>
            </span>
            <button
              type="button"
              className={styles.danger}
              data-testid="delete-policy"
              disabled={stale}
              title={
                stale ? 'Fix the document first: it has errors' : 'Delete this policy from the YAML'
              }
              onClick={() =>
                runCommand(deleteObject, {
                  ref: {
                    kind: 'NetworkPolicy',
                    namespace: p.ref.namespace,
                    name: p.ref.name,
                    file: p.ref.file,
                    documentIndex: p.ref.documentIndex,
                    itemIndex: p.ref.itemIndex,
                  },
                })
              }
            >
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}
