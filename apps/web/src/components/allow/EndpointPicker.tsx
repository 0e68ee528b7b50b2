import { useId, useMemo, useState } from 'react';
import { parseNodeId, type ClusterView } from '../../analysis/graphData';
import { endpointFromText, endpointText, type EndpointId } from './allowIntent';
import { endpointOptions } from './endpointOptions';
import styles from './AllowDialog.module.css';

/**
 * A combobox for one end of the flow (ARIA 1.2 pattern): type a pod `ns/name`, a namespace
 * `ns`, a CIDR or "Internet"; ArrowDown opens the list, arrows move, Enter in the open
 * list picks (and does not create), Escape closes the list (and not the dialog).
 */
export function EndpointPicker(props: {
  label: string;
  side: 'from' | 'to';
  testId: string;
  view: ClusterView;
  value: EndpointId;
  onChange: (id: EndpointId) => void;
}) {
  const { view, side, value, onChange } = props;
  const [text, setText] = useState(value ? endpointText(value) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const options = useMemo(
    () => endpointOptions(view, side, open ? text : ''),
    [view, side, text, open],
  );
  const typed = endpointFromText(view, text);
  const invalid =
    text.trim() !== '' &&
    (typed === null || (side === 'to' && parseNodeId(typed).kind === 'namespace'));

  const pick = (id: EndpointId) => {
    setText(endpointText(id));
    setOpen(false);
    onChange(id);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (open ? (i + step + options.length) % Math.max(options.length, 1) : 0));
    } else if (event.key === 'Enter' && open) {
      // Enter in an open list picks; it must not reach the dialog (where Enter creates).
      event.preventDefault();
      event.stopPropagation();
      const option = options[active];
      if (option) pick(option.id);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className={styles.picker}>
      <label className={styles.pickerLabel}>
        {props.label}
        <input
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={invalid}
          aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
          data-testid={props.testId}
          value={text}
          placeholder={
            side === 'from' ? 'ns/pod, namespace, CIDR or Internet' : 'ns/pod, CIDR or Internet'
          }
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
            const id = endpointFromText(view, e.target.value);
            if (id && !(side === 'to' && parseNodeId(id).kind === 'namespace')) onChange(id);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      </label>
      {open && options.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          className={styles.options}
          data-testid={`${props.testId}-options`}
        >
          {options.map((option, i) => (
            <li
              key={option.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? styles.activeOption : undefined}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option.id);
              }}
            >
              <code>{option.text}</code> <span className={styles.count}>{option.kind}</span>
            </li>
          ))}
        </ul>
      )}
      {invalid && (
        <p className={styles.problem}>
          {side === 'to' && typed !== null && parseNodeId(typed).kind === 'namespace'
            ? 'A namespace is not a destination: pick one of its pods.'
            : 'Not a known pod, namespace or a valid CIDR.'}
        </p>
      )}
    </div>
  );
}
