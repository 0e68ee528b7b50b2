import { useId, useMemo, useState } from 'react';
import { isEnabled, useActions, type Action } from '../../commands/actions';
import { formatKeys } from '../../commands/keys';
import { rankActions } from '../../commands/paletteMatch';
import { Dialog } from '../common/Dialog';
import styles from './CommandPalette.module.css';

export const PALETTE_ACTION_ID = 'app.commandPalette';

/**
 * Ctrl/Cmd+K: every enabled action by name. Typing filters, the best match is highlighted,
 * arrows move, Enter runs it (after the palette has closed, so a dialog it opens gets focus).
 */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Commands" onClose={onClose} testId="command-palette" width={520}>
      {open && <PaletteBody onClose={onClose} />}
    </Dialog>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const actions = useActions();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = useMemo(
    () => rankActions(actions.filter((a) => a.id !== PALETTE_ACTION_ID && isEnabled(a)), query),
    [actions, query],
  );
  const run = (action: Action | undefined) => {
    if (!action) return;
    onClose();
    // The palette's <dialog> closes (and hands focus back) first; then the action runs.
    requestAnimationFrame(() => action.run());
  };
  return (
    <div className={styles.body}>
      <input
        className={styles.input}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[active] ? `${listId}-${active}` : undefined}
        aria-label="Search commands"
        placeholder="Type a command…"
        data-testid="command-palette-input"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (i + step + shown.length) % Math.max(shown.length, 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            run(shown[active]);
          }
        }}
      />
      <ul id={listId} role="listbox" className={styles.list} aria-label="Commands">
        {shown.map((action, i) => (
          <li
            key={action.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            data-action={action.id}
            className={i === active ? styles.active : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(action)}
            onMouseEnter={() => setActive(i)}
          >
            <span>{action.label}</span>
            <span className={styles.section}>{action.section}</span>
            {action.keys?.[0] && <kbd className={styles.keys}>{formatKeys(action.keys[0])}</kbd>}
          </li>
        ))}
        {shown.length === 0 && <li className={styles.empty}>No command matches “{query}”.</li>}
      </ul>
    </div>
  );
}
