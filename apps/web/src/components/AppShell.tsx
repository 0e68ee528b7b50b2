import { ReactFlow, Background, Controls } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import styles from './AppShell.module.css';

/** The page frame: header, graph pane and YAML pane. */
export function AppShell() {
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <span className={styles.brand}>Netpol Canvas</span>
      </header>
      <main className={styles.main}>
        <section className={styles.graph} data-testid="graph-canvas" aria-label="Graph">
          <ReactFlow nodes={[]} edges={[]} fitView proOptions={{ hideAttribution: true }}>
            <Background />
            <Controls />
          </ReactFlow>
        </section>
        <section className={styles.yaml} data-testid="yaml-editor" aria-label="YAML">
          <div className={styles.paneTitle}>Workspace YAML</div>
        </section>
      </main>
    </div>
  );
}
