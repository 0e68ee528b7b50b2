/** The graph pane: filters over the React Flow canvas. */
export function GraphPane() {
  return <section data-testid="graph-canvas" aria-label="Graph" style={{ height: '100%' }} />;
}
