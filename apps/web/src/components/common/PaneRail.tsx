import type { ReactNode } from 'react';
import styles from './PaneRail.module.css';

interface PaneRailProps {
  /** The pane's name, written vertically on the rail. */
  label: string;
  /** What the button does, for screen readers and the tooltip. */
  title: string;
  testId: string;
  onExpand: () => void;
  /** Extra content under the label (a problem count, say). */
  children?: ReactNode;
}

/** The thin vertical bar a collapsed side pane leaves behind; clicking it opens the pane. */
export function PaneRail({ label, title, testId, onExpand, children }: PaneRailProps) {
  return (
    <button
      type="button"
      className={`button ${styles.railButton}`}
      data-variant="ghost"
      data-testid={testId}
      aria-label={title}
      title={title}
      onClick={onExpand}
    >
      <span aria-hidden="true">‹</span>
      <span className={styles.railLabel}>{label}</span>
      {children}
    </button>
  );
}

/** Class for the element that holds a `PaneRail`. */
export const paneRailClass = styles.rail;
