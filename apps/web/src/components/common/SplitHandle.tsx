import { useRef } from 'react';
import styles from './SplitHandle.module.css';

interface SplitHandleProps {
  /** The width of the pane the handle resizes (px). */
  readonly size: number;
  readonly min: number;
  readonly max: number;
  readonly onResize: (size: number) => void;
  /** The resized pane sits after the handle (right of it): dragging left makes it wider. */
  readonly paneAfter?: boolean;
  readonly label: string;
}

/**
 * A vertical separator that resizes the pane next to it: drag with the pointer, or focus it
 * and use the arrow keys (Shift for bigger steps), Home and End.
 */
export function SplitHandle({
  size,
  min,
  max,
  onResize,
  paneAfter = true,
  label,
}: SplitHandleProps) {
  const drag = useRef<{ x: number; size: number } | null>(null);
  const clamp = (value: number) => Math.round(Math.min(max, Math.max(min, value)));
  const sign = paneAfter ? -1 : 1;

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={styles.handle}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, size };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        onResize(clamp(drag.current.size + sign * (event.clientX - drag.current.x)));
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 80 : 20;
        if (event.key === 'ArrowLeft') onResize(clamp(size - sign * step));
        else if (event.key === 'ArrowRight') onResize(clamp(size + sign * step));
        else if (event.key === 'Home') onResize(min);
        else if (event.key === 'End') onResize(max);
        else return;
        event.preventDefault();
      }}
    />
  );
}
