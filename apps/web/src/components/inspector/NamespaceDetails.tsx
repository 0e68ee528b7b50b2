import type { Derivation } from '../../analysis/derive';
import type { ClusterView, NamespaceView } from '../../analysis/graphData';
import { runCommand } from '../../commands/command';
import { addDefaultDeny, declareNamespace, editLabels, type DenyDirection } from '../../commands/graphCommands';
import { useAppStore } from '../../state/store';
import { LabelEditor } from './LabelEditor';
import { PolicyList } from './PolicyList';
import styles from './Inspector.module.css';
import { plural } from '../common/plural';

const NAME_LABEL = 'kubernetes.io/metadata.name';

/** The selected namespace: labels (editable), its policies, and default-deny actions. */
export function NamespaceDetails({ derivation, view, ns }: { derivation: Derivation; view: ClusterView; ns: NamespaceView }) {
  const policies = view.policies.filter((p) => p.ref.namespace === ns.name);
  const taken = new Set(policies.map((p) => p.ref.name));
  // The apiserver sets kubernetes.io/metadata.name itself: not the user's to edit.
  const userLabels = Object.fromEntries(Object.entries(ns.labels).filter(([k]) => k !== NAME_LABEL));
  const openAllow = useAppStore((s) => s.openAllowDialog);
  const deny = (direction: DenyDirection) => runCommand(addDefaultDeny, { namespace: ns.name, direction, taken });
  return (
    <section className={styles.section} data-testid="namespace-details" data-namespace={ns.name}>
      <h3 className={styles.h3}>namespace {ns.name}</h3>
      <div className={styles.meta}>
        {plural(ns.podIds.length, 'pod')}
        {ns.implied ? ' · implied (no Namespace object)' : ''}
      </div>
      <h4 className={styles.h4}>Labels</h4>
      <LabelEditor
        labels={userLabels}
        onSave={(labels) =>
          ns.source
            ? runCommand(editLabels, { ref: ns.source, labels })
            : runCommand(declareNamespace, { name: ns.name, labels })
        }
      />
      <h4 className={styles.h4}>Default deny</h4>
      <div className={styles.row}>
        <button type="button" className={styles.small} data-testid="add-default-deny-ingress" onClick={() => deny('ingress')}>
          Deny all ingress
        </button>
        <button type="button" className={styles.small} data-testid="add-default-deny-egress" onClick={() => deny('egress')}>
          Deny all egress
        </button>
        <button type="button" className={styles.small} data-testid="add-default-deny-both" onClick={() => deny('both')}>
          Both
        </button>
      </div>
      <h4 className={styles.h4}>Allow</h4>
      <div className={styles.row}>
        <button type="button" className={styles.small} data-testid="allow-from-namespace" onClick={() => openAllow({ from: `ns:${ns.name}`, to: '' })}>
          Allow traffic from this namespace…
        </button>
      </div>
      <h4 className={styles.h4}>Policies in this namespace</h4>
      <PolicyList derivation={derivation} policies={policies} />
    </section>
  );
}
