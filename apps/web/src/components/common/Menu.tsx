import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import styles from './Menu.module.css';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  /** A second line in smaller type. */
  readonly description?: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
}

interface MenuProps {
  /** The trigger button's content. */
  readonly label: ReactNode;
  /** The trigger's accessible name, when `label` is not plain text. */
  readonly ariaLabel?: string;
  readonly items: readonly MenuItem[];
  /** `data-testid` of the trigger button. */
  readonly testId?: string;
  readonly align?: 'left' | 'right';
  readonly wide?: boolean;
}

/**
 * A dropdown menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown opens
 * it, arrows move between items, Escape closes it and returns focus to the button.
 */
export function Menu({ label, ariaLabel, items, testId, align = 'left', wide }: MenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const first = root.current?.querySelector<HTMLButtonElement>(
      '[role="menuitem"]:not(:disabled)',
    );
    first?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const onMenuKeyDown = (event: React.KeyboardEvent) => {
    const entries = [
      ...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ??
        []),
    ];
    const index = entries.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') close();
    else return;
    event.preventDefault();
  };

  return (
    <div className={styles.root} ref={root}>
      <button
        ref={trigger}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
        <span className={styles.caret} aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          className={`${styles.menu} ${align === 'right' ? styles.right : ''} ${wide ? styles.wide : ''}`}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              className={styles.item}
              data-menu-item={item.id}
              aria-label={item.label}
              aria-describedby={item.description ? `${menuId}-${item.id}` : undefined}
              disabled={item.disabled}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              <span className={styles.itemLabel}>{item.label}</span>
              {item.description && (
                <span className={styles.itemDescription} id={`${menuId}-${item.id}`}>
                  {item.description}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
