import { useState } from 'react';
import { externalNetworkId, INTERNET_NODE_ID } from '../../analysis/graphData';
import { useAppStore } from '../../state/store';
import { Dialog } from '../common/Dialog';
import styles from './AddNetworkDialog.module.css';

/**
 * "Add external network…": puts an Internet or CIDR node on the graph. It is view state
 * (saved like node positions), so the YAML is untouched until a flow is drawn to or from it.
 */
export function AddNetworkDialog() {
  const open = useAppStore((s) => s.addNetworkOpen);
  const setOpen = useAppStore((s) => s.setAddNetworkOpen);
  return (
    <Dialog open={open} title="Add external network" onClose={() => setOpen(false)} testId="add-network-dialog" width={420}>
      {open && <AddNetworkForm onDone={() => setOpen(false)} />}
    </Dialog>
  );
}

function AddNetworkForm({ onDone }: { onDone: () => void }) {
  const addNetwork = useAppStore((s) => s.addNetwork);
  const [text, setText] = useState('');
  const id = externalNetworkId(text);
  const add = (network: string | null) => {
    if (!network) return;
    addNetwork(network);
    onDone();
  };
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        add(id);
      }}
    >
      <p className={styles.hint}>
        A node for addresses outside the cluster. Nothing is written until you draw a flow to or from it.
      </p>
      <div className={styles.row}>
        <input
          className={styles.input}
          data-testid="add-network-cidr"
          aria-label="CIDR, e.g. 203.0.113.0/24"
          placeholder="203.0.113.0/24"
          value={text}
          autoFocus
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className={styles.primary} data-testid="add-network-submit" disabled={!id}>
          Add
        </button>
      </div>
      {text.trim() !== '' && !id && (
        <p className={styles.problem} data-testid="add-network-problem">
          Not a CIDR (like 203.0.113.0/24 or 2001:db8::/32).
        </p>
      )}
      <div className={styles.row}>
        <button
          type="button"
          className={styles.secondary}
          data-testid="add-network-internet"
          title="0.0.0.0/0 except the private, shared and link-local ranges"
          onClick={() => add(INTERNET_NODE_ID)}
        >
          Internet
        </button>
        <span className={styles.hint}>public addresses: the private ranges are excepted</span>
      </div>
    </form>
  );
}
