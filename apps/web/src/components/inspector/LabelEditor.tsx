import { useState } from 'react';
import type { Labels } from '@netpol/engine';
import styles from './Inspector.module.css';

/** `key=value` per line → labels; null when a line is malformed. */
export function parseLabelLines(text: string): Labels | null {
  const labels: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const eq = line.indexOf('=');
    if (eq <= 0) return null;
    labels[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return labels;
}

/** Labels as chips, with an edit mode writing them back through a command. */
export function LabelEditor({ labels, onSave, disabled }: { labels: Labels; onSave: (labels: Labels) => void; disabled?: boolean }) {
  const [editing, setEditing] = useState<string | null>(null);
  const entries = Object.entries(labels);
  if (editing === null) {
    return (
      <div className={styles.labels} data-testid="labels">
        {entries.length === 0 && <span className={styles.hint}>no labels</span>}
        {entries.map(([k, v]) => (
          <code key={k} className={styles.chip}>
            {k}={v}
          </code>
        ))}
        <button
          type="button"
          className={styles.small}
          data-testid="edit-labels"
          disabled={disabled}
          onClick={() => setEditing(entries.map(([k, v]) => `${k}=${v}`).join('\n'))}
        >
          Edit labels
        </button>
      </div>
    );
  }
  const parsed = parseLabelLines(editing);
  return (
    <div className={styles.labelEditor}>
      <textarea
        data-testid="labels-input"
        className={styles.textarea}
        value={editing}
        rows={Math.max(3, editing.split('\n').length + 1)}
        onChange={(e) => setEditing(e.target.value)}
        aria-label="Labels, one key=value per line"
        autoFocus
      />
      {!parsed && <span className={styles.problem}>Each line must be key=value.</span>}
      <div className={styles.row}>
        <button
          type="button"
          className={styles.small}
          data-testid="labels-save"
          disabled={!parsed}
          onClick={() => {
            if (parsed) onSave(parsed);
            setEditing(null);
          }}
        >
          Save
        </button>
        <button type="button" className={styles.small} onClick={() => setEditing(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
