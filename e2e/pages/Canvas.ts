import { expect, type Locator, type Page } from '@playwright/test';

/** The graph pane, as a person sees it: pods, namespaces, verdict edges and filters. */
export class Canvas {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('graph-canvas');
  }

  pod(id: string): Locator {
    return this.root.locator(`[data-testid="pod-node"][data-pod="${id}"]`);
  }

  pods(): Locator {
    return this.root.getByTestId('pod-node');
  }

  namespace(name: string): Locator {
    return this.root.locator(`[data-testid="namespace-node"][data-namespace="${name}"]`);
  }

  namespaces(): Locator {
    return this.root.getByTestId('namespace-node');
  }

  /** The edge element (inside the SVG) carrying the verdict attributes. */
  edge(from: string, to: string): Locator {
    return this.root.locator(`[data-testid="flow-edge"][data-from="${from}"][data-to="${to}"]`);
  }

  edges(): Locator {
    return this.root.getByTestId('flow-edge');
  }

  /** Waits until the edge from → to shows `verdict`. */
  async expectVerdict(from: string, to: string, verdict: 'allowed' | 'denied'): Promise<void> {
    await expect(this.edge(from, to)).toHaveAttribute('data-verdict', verdict);
  }

  async clickEdge(from: string, to: string): Promise<void> {
    await this.root.locator(`[data-testid="flow-edge-label"][data-from="${from}"][data-to="${to}"]`).click();
  }

  async selectPod(id: string): Promise<void> {
    // Click the name, away from the connection handle on the node's right edge.
    await this.pod(id).locator('span').first().click();
  }

  async selectNamespace(name: string): Promise<void> {
    await this.namespace(name).locator('span', { hasText: name }).first().click();
  }

  async setPort(port: string): Promise<void> {
    await this.root.getByTestId('port-filter').fill(port);
  }

  async setProtocol(protocol: 'TCP' | 'UDP' | 'SCTP'): Promise<void> {
    await this.root.getByTestId('protocol-filter').selectOption(protocol);
  }

  /** Draws an edge with the mouse: from the source node's handle to the middle of the target pod. */
  async drawEdge(from: string, to: string): Promise<void> {
    const handle = this.root.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source`);
    const target = this.root.locator(`.react-flow__node[data-id="${to}"]`);
    // The view may still be fitting itself (an animated viewport change) on a busy machine:
    // only grab the handle once both boxes have stopped moving.
    const start = await stableBox(handle);
    const end = await stableBox(target);
    if (!start || !end) throw new Error(`cannot draw ${from} → ${to}: node not on screen`);
    const mouse = this.page.mouse;
    await mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await mouse.down();
    const tx = end.x + end.width / 2;
    const ty = end.y + end.height / 2;
    await mouse.move((start.x + tx) / 2, (start.y + ty) / 2, { steps: 8 });
    await mouse.move(tx, ty, { steps: 8 });
    await mouse.up();
  }

  async fit(): Promise<void> {
    await this.root.getByRole('button', { name: 'Fit', exact: true }).click();
  }
}

type Box = { x: number; y: number; width: number; height: number };

/** The element's box once two reads 150 ms apart agree (null if it is not on screen). */
async function stableBox(locator: Locator): Promise<Box | null> {
  let last = await locator.boundingBox();
  for (let i = 0; i < 40; i++) {
    await locator.page().waitForTimeout(150);
    const next = await locator.boundingBox();
    if (last && next && JSON.stringify(last) === JSON.stringify(next)) return next;
    last = next;
  }
  return last;
}
