import { useRef, useState } from 'react';
import { useAppStore } from '../../state/store';
import { readManifestFiles } from '../importExport/readFiles';
import { useCompare } from '../../analysis/useCompare';
import { CompareChanges } from './CompareChanges';
import styles from './CompareBar.module.css';

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * Compare with a baseline: "Save as baseline" takes a snapshot of the workspace, "Compare
 * with…" opens a file as the baseline. In compare mode the graph marks the flows gained
 * and lost since the baseline, and the bar states the counts and lists the changes;
 * leaving compare mode restores the normal picture.
 */
export function CompareBar() {
  const baseline = useAppStore((s) => s.baseline);
  const comparing = useAppStore((s) => s.comparing);
  const compareWith = useAppStore((s) => s.compareWith);
  const setComparing = useAppStore((s) => s.setComparing);
  const clearBaseline = useAppStore((s) => s.clearBaseline);
  const result = useCompare();
  const [listOpen, setListOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const snapshot = () =>
    compareWith({ text: useAppStore.getState().text, label: 'snapshot', takenAt: Date.now() });
  const open = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const read = await readManifestFiles([...files]);
    compareWith({ text: read.text, label: read.names.join(', ') || 'file', takenAt: Date.now() });
    if (input.current) input.current.value = '';
  };

  const fileButton = (
    <label
      className={`button ${styles.button}`}
      title="Open manifests to compare the workspace with"
    >
      Compare with…
      <input
        ref={input}
        type="file"
        multiple
        accept=".yaml,.yml,.json"
        className={styles.file}
        data-testid="compare-open"
        onChange={(e) => void open(e.currentTarget.files)}
      />
    </label>
  );

  if (!comparing || !baseline) {
    return (
      <div className={styles.bar} data-testid="compare-bar">
        <button
          type="button"
          className={`button ${styles.button}`}
          data-testid="compare-save-baseline"
          onClick={snapshot}
        >
          Save as baseline
        </button>
        {fileButton}
        {baseline && (
          <button
            type="button"
            className={`button ${styles.button}`}
            data-testid="compare-resume"
            onClick={() => setComparing(true)}
          >
            Compare with {baseline.label} ({time(baseline.takenAt)})
          </button>
        )}
      </div>
    );
  }

  const counts = result?.counts;
  return (
    <div
      className={`${styles.bar} ${styles.active}`}
      data-testid="compare-bar"
      data-comparing="true"
    >
      <span className={styles.what}>
        Comparing with <strong>{baseline.label}</strong> of {time(baseline.takenAt)}:
      </span>
      <span
        className={styles.summary}
        data-testid="compare-summary"
        data-gained={counts?.gained ?? 0}
        data-lost={counts?.lost ?? 0}
      >
        <span className={styles.gained}>+{counts?.gained ?? 0} gained</span>
        <span className={styles.lost}>−{counts?.lost ?? 0} lost</span>
        {result && result.addedPods.length + result.removedPods.length > 0 && (
          <span className={styles.pods}>
            pods +{result.addedPods.length} −{result.removedPods.length}
          </span>
        )}
      </span>
      <button
        type="button"
        className={`button ${styles.button}`}
        aria-expanded={listOpen}
        data-testid="compare-list-toggle"
        onClick={() => setListOpen((o) => !o)}
      >
        Changes {listOpen ? '▴' : '▾'}
      </button>
      <button
        type="button"
        className={`button ${styles.button}`}
        data-testid="compare-save-baseline"
        title="Take the workspace as it is now as the baseline"
        onClick={snapshot}
      >
        Update baseline
      </button>
      <button
        type="button"
        className={`button ${styles.button}`}
        data-testid="compare-leave"
        onClick={() => setComparing(false)}
      >
        Leave compare
      </button>
      <button
        type="button"
        className={`button ${styles.button}`}
        data-variant="ghost"
        title="Forget the baseline"
        aria-label="Forget the baseline"
        onClick={clearBaseline}
      >
        ×
      </button>
      {listOpen && result && <CompareChanges result={result} />}
    </div>
  );
}
