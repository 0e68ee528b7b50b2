import type { Derivation, PolicyInForce as CompiledPolicy } from '../../analysis/derive';
import { STALE_FILE } from '../../analysis/derive';
import { policyRange, requestReveal } from '../../analysis/reveal';
import { runCommand } from '../../commands/command';
import { deleteObject } from '../../commands/graphCommands';
import styles from './Inspector.module.css';

/** Policies with a link to their text and a delete action. */
export function PolicyList({
  derivation,
  policies,
}: {
  derivation: Derivation;
  policies: readonly CompiledPolicy[];
}) {
  if (policies.length === 0) return <p className={styles.hint}>None.</p>;
  return (
    <ul className={styles.list} data-testid="policy-list">
      {policies.map((p) => {
        const range = policyRange(derivation, p.ref);
        const stale = p.ref.file === STALE_FILE;
        const types = [p.isolates.ingress && 'ingress', p.isolates.egress && 'egress']
          .filter(Boolean)
          .join(' + ');
        return (
          <li
            key={`${p.ref.file}#${p.ref.documentIndex}#${p.ref.itemIndex ?? ''}`}
            className={styles.listItem}
            data-policy={`${p.ref.namespace}/${p.ref.name}`}
          >
            <span className={styles.policyText}>
              <button
                type="button"
                className={styles.link}
                disabled={!range}
                title={`Show ${p.ref.namespace}/${p.ref.name} in the editor`}
                onClick={() => range && requestReveal(range)}
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
