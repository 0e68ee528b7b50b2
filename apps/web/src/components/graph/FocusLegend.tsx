import styles from './GraphPane.module.css';

/** Explains the colours: edges always; pod colours while a pod is focused. */
export function FocusLegend({ selected }: { selected: string | null }) {
  return (
    <div className={styles.legend} data-testid="graph-legend">
      <span className={styles.legendItem}>
        <i className={styles.swatchAllowed} /> allowed
      </span>
      <span className={styles.legendItem}>
        <i className={styles.swatchDenied} /> denied
      </span>
      {selected && (
        <>
          <span
            className={styles.legendSep}
            title={`Pods coloured by their traffic with ${selected}`}
          >
            relative to {selected.slice(selected.indexOf('/') + 1)}:
          </span>
          <span className={styles.legendItem}>
            <i className={styles.podBoth} /> both ways
          </span>
          <span className={styles.legendItem}>
            <i className={styles.podReaches} /> can reach it
          </span>
          <span className={styles.legendItem}>
            <i className={styles.podReached} /> reachable from it
          </span>
          <span className={styles.legendItem}>
            <i className={styles.podNone} /> no traffic
          </span>
        </>
      )}
    </div>
  );
}
