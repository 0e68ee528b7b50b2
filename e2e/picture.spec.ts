import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { AZURE_VOTE, docs, inNamespace } from './seedScenarios';

// The picture of a real application (Online Boutique: 12 workloads, 13 policies) and the
// verdict filter, as a newcomer meets them: paste, look, click a label, change the filter.
test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1920, height: 1080 } });

const BOUTIQUE = readFileSync(new URL('../public/examples/online-boutique.yaml', import.meta.url), 'utf8');
const B = (name: string) => `boutique/${name}`;
const WORKLOADS = 12;

async function pasteBoutique(page: Page) {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(BOUTIQUE);
  await expect(canvas.pods()).toHaveCount(WORKLOADS);
  await expect(canvas.edge(B('checkoutservice'), B('paymentservice'))).toHaveAttribute('data-verdict', 'allowed');
  return { app, canvas };
}

type Box = { x: number; y: number; width: number; height: number };
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

test('Online Boutique reads as its architecture: allowed flows only, labels apart, each label explains its own flow', async ({ page }) => {
  const { canvas } = await pasteBoutique(page);
  // 16 pod flows and the internet → frontend; the 140 denied pairs are not drawn.
  const edges = canvas.edges();
  const count = await edges.count();
  expect(count).toBeLessThanOrEqual(60);
  expect(count).toBe(17);
  await expect(canvas.root.locator('[data-testid="flow-edge"][data-verdict="denied"]')).toHaveCount(0);
  await expect(page.getByTestId('edges-filtered')).toContainText('denied flow');

  // Traffic reads left to right: the load generator before the frontend, the frontend
  // before checkout, checkout before payment, the cart before redis.
  const x = async (name: string) => (await canvas.pod(B(name)).boundingBox())!.x;
  expect(await x('loadgenerator')).toBeLessThan(await x('frontend'));
  expect(await x('frontend')).toBeLessThan(await x('checkoutservice'));
  expect(await x('checkoutservice')).toBeLessThan(await x('paymentservice'));
  expect(await x('cartservice')).toBeLessThan(await x('redis-cart'));

  await page.screenshot({ path: 'screenshots/picture-boutique-1920.png' });
  const labels = canvas.root.getByTestId('flow-edge-label');
  const n = await labels.count();
  expect(n).toBeGreaterThan(10);
  const boxes: Box[] = [];
  for (let i = 0; i < n; i++) boxes.push((await labels.nth(i).boundingBox())!);
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(apart(a, b)).toBe(true);
  // No label sits on a pod.
  const pods = canvas.pods();
  for (let p = 0; p < (await pods.count()); p++) {
    const pod = (await pods.nth(p).boundingBox())!;
    for (const b of boxes) expect(apart(pod, b)).toBe(true);
  }
  const explain = page.getByTestId('explain-panel');
  for (let i = 0; i < n; i++) {
    const label = labels.nth(i);
    const from = (await label.getAttribute('data-from'))!;
    const to = (await label.getAttribute('data-to'))!;
    await label.click();
    await expect(explain).toHaveAttribute('data-from', from);
    await expect(explain).toHaveAttribute('data-to', to);
  }
  await expect(explain.getByTestId('explain-verdict')).toHaveAttribute('data-allowed', 'true');
});

test('the verdict filter draws what it says, and with "all" every pair is there', async ({ page }) => {
  const { canvas } = await pasteBoutique(page);
  const filter = page.getByTestId('verdict-filter');
  await expect(filter).toHaveValue('auto');
  await filter.selectOption('all');
  // Every ordered pod pair (12 × 11) plus the internet into and out of each pod (deny-all isolates all twelve both ways).
  await expect(canvas.edges()).toHaveCount(12 * 11 + 12 + 12);
  await expect(canvas.edge(B('emailservice'), B('frontend'))).toHaveAttribute('data-verdict', 'denied');
  await filter.selectOption('denied');
  await expect(canvas.root.locator('[data-testid="flow-edge"][data-verdict="allowed"]')).toHaveCount(0);
  await expect(canvas.edge(B('emailservice'), B('frontend'))).toHaveCount(1);
  await filter.selectOption('allowed');
  await expect(canvas.edges()).toHaveCount(17);
  await expect(canvas.root.locator('[data-testid="flow-edge"][data-verdict="denied"]')).toHaveCount(0);
});

test('a port filter draws only the flows on that port', async ({ page }) => {
  const { canvas } = await pasteBoutique(page);
  await canvas.setPort('7070');
  await expect(canvas.edges()).toHaveCount(2);
  await expect(canvas.edge(B('frontend'), B('cartservice'))).toHaveAttribute('data-ports', 'TCP:7070');
  await expect(canvas.edge(B('checkoutservice'), B('cartservice'))).toHaveAttribute('data-ports', 'TCP:7070');
});

test('selecting a pod brings back its denied flows; Escape hides them again', async ({ page }) => {
  const { canvas } = await pasteBoutique(page);
  await expect(canvas.edge(B('emailservice'), B('paymentservice'))).toHaveCount(0);
  await canvas.selectPod(B('emailservice'));
  await expect(canvas.edge(B('emailservice'), B('paymentservice'))).toHaveAttribute('data-verdict', 'denied');
  await page.keyboard.press('Escape');
  await expect(canvas.edge(B('emailservice'), B('paymentservice'))).toHaveCount(0);
});

const NS = 'policy-test-app';
const FRONT = `${NS}/azure-vote-front`;
const BACK = `${NS}/azure-vote-back`;
const DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: ${NS}
spec:
  podSelector: {}
  policyTypes:
  - Ingress`;
const ALLOW = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: back-from-front
  namespace: ${NS}
spec:
  podSelector:
    matchLabels:
      app: azure-vote-back
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: azure-vote-front`;

test('flows the last change of the text changed are marked lost or gained, until the next change', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  const vote = inNamespace(AZURE_VOTE, NS);
  await app.editor.paste(vote);
  await expect(canvas.pods()).toHaveCount(2);
  // A paste that replaced the example's pods changed no flow (and nothing is isolated yet).
  await expect(canvas.edges()).toHaveCount(0);
  await app.editor.paste(docs(vote, DENY));
  await expect(canvas.edge(FRONT, BACK)).toHaveAttribute('data-verdict', 'denied');
  await expect(canvas.edge(FRONT, BACK)).toHaveAttribute('data-changed', 'lost');
  await app.editor.paste(docs(vote, DENY, ALLOW));
  await expect(canvas.edge(FRONT, BACK)).toHaveAttribute('data-verdict', 'allowed');
  await expect(canvas.edge(FRONT, BACK)).toHaveAttribute('data-changed', 'gained');
  // The other direction did not change with this edit.
  await expect(canvas.edge(BACK, FRONT)).not.toHaveAttribute('data-changed', /.+/);
});

test('selecting a policy in the list shows the pods it selects and the peers it admits, and dims the rest', async ({ page }) => {
  const { canvas } = await pasteBoutique(page);
  // A person clicks once the list has settled (the summary above it grows as the analysis lands).
  await expect(page.getByTestId('selection-overview')).toHaveAttribute('data-policies-in-force', '13');
  const item = page.locator('[data-testid="policy-item"][data-policy="boutique/paymentservice"]');
  await item.getByRole('button', { name: 'paymentservice' }).click();
  await expect(item).toHaveAttribute('data-selected', 'true');
  await expect(canvas.pod(B('paymentservice'))).toHaveAttribute('data-highlight', 'target');
  // Its one ingress rule admits checkout; its egress (DNS) names no pod of the workspace.
  await expect(canvas.pod(B('checkoutservice'))).toHaveAttribute('data-highlight', 'peer');
  await expect(canvas.root.locator('[data-testid="pod-node"][data-highlight="peer"]')).toHaveCount(1);
  await expect(canvas.pod(B('frontend'))).toHaveAttribute('data-highlight', 'none');
  // The flows it isolates are drawn, denied ones included: frontend → payment is one.
  await expect(canvas.edge(B('frontend'), B('paymentservice'))).toHaveAttribute('data-verdict', 'denied');
  // deny-all selects every pod.
  await page.locator('[data-testid="policy-item"][data-policy="boutique/deny-all"]').getByRole('button', { name: 'deny-all' }).click();
  await expect(canvas.root.locator('[data-testid="pod-node"][data-highlight="target"]')).toHaveCount(WORKLOADS);
  // Clicking the empty canvas lets the picture go back to normal.
  await canvas.root.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await expect(canvas.root.locator('[data-testid="pod-node"][data-highlight]')).toHaveCount(0);
});

test('search: "/" then a name and Enter selects the first match', async ({ page }) => {
  const { canvas } = await pasteBoutique(page);
  await canvas.root.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('/');
  const search = page.getByTestId('graph-search');
  await expect(search).toBeFocused();
  await page.keyboard.type('redis');
  await page.keyboard.press('Enter');
  await expect(canvas.pod(B('redis-cart'))).toHaveAttribute('data-selected', 'true');
  // A policy name selects the policy.
  await search.fill('deny-all');
  await search.press('Enter');
  await expect(page.locator('[data-testid="policy-item"][data-policy="boutique/deny-all"]')).toHaveAttribute('data-selected', 'true');
});

/** `n` namespaces of `per` pods, each isolated but open to its own namespace and to ns-0. */
function cluster(n: number, per: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${i}`);
    for (let p = 0; p < per; p++) {
      parts.push(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: pod-${p}\n  namespace: ns-${i}\n  labels:\n    app: app-${p}\nspec:\n  containers:\n  - name: c\n    image: nginx`);
    }
    parts.push(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: same-namespace\n  namespace: ns-${i}\nspec:\n  podSelector: {}\n  ingress:\n  - from:\n    - podSelector: {}\n    - namespaceSelector:\n        matchLabels:\n          kubernetes.io/metadata.name: ns-0`);
  }
  return docs(...parts);
}

test('above 500 pods the graph is a namespace map; a namespace opens to its pods; detail switches', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(cluster(12, 45));
  await expect(canvas.namespaces()).toHaveCount(12);
  await expect(canvas.root.locator('[data-testid="namespace-node"][data-collapsed="true"]')).toHaveCount(12);
  await expect(canvas.pods()).toHaveCount(0);
  // ns-0 reaches every namespace: an allowed aggregate from its tile to ns-5's.
  await expect(canvas.edge('ns:ns-0', 'ns:ns-5')).toHaveAttribute('data-verdict', 'allowed');
  await page.screenshot({ path: 'screenshots/picture-namespace-map-1920.png' });
  await canvas.namespace('ns-3').getByTestId('namespace-drill').click();
  await expect(canvas.namespace('ns-3')).not.toHaveAttribute('data-collapsed', 'true');
  await expect(canvas.pods()).toHaveCount(45);
  await page.getByTestId('graph-detail').selectOption('pods');
  await expect(canvas.pods()).toHaveCount(540, { timeout: 20_000 });
  await expect(canvas.root.locator('[data-testid="namespace-node"][data-collapsed="true"]')).toHaveCount(0);
});

test('the namespace filter draws one namespace', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(cluster(3, 2));
  await expect(canvas.pods()).toHaveCount(6);
  await page.getByTestId('namespace-filter').selectOption('ns-1');
  await expect(canvas.namespaces()).toHaveCount(1);
  await expect(canvas.pods()).toHaveCount(2);
  await expect(canvas.pod('ns-1/pod-0')).toBeVisible();
  await page.getByTestId('namespace-filter').selectOption('');
  await expect(canvas.pods()).toHaveCount(6);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`screenshots of Online Boutique at ${size.width}`, async ({ page }) => {
    await page.setViewportSize(size);
    const { canvas } = await pasteBoutique(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `screenshots/picture-boutique-${size.width}.png` });
    await canvas.selectPod(B('checkoutservice'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `screenshots/picture-boutique-focus-${size.width}.png` });
    await expect(canvas.pod(B('checkoutservice'))).toHaveAttribute('data-selected', 'true');
  });
}

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system setting: dark panels, light text, readable labels', async ({ page }) => {
    const { canvas } = await pasteBoutique(page);
    const luminance = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const style = (locator: Locator, property: string) =>
      locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    const pod = canvas.pod(B('frontend'));
    expect(luminance(await style(pod, 'background-color'))).toBeLessThan(0.25);
    expect(luminance(await style(pod, 'color'))).toBeGreaterThan(0.7);
    const label = canvas.root.getByTestId('flow-edge-label').first();
    expect(luminance(await style(label, 'background-color'))).toBeLessThan(0.25);
    expect(luminance(await style(page.locator('body'), 'background-color'))).toBeLessThan(0.15);
    await page.screenshot({ path: 'screenshots/picture-boutique-dark-1920.png' });
  });
});

test('the matrix opens on namespaces × namespaces with counts, and a cell drills down into its pods', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(cluster(4, 12));
  await expect(canvas.pods()).toHaveCount(48);
  await new Inspector(page).openTab('matrix');
  const panel = page.getByTestId('matrix-panel');
  const cell = (from: string, to: string) => panel.locator(`[data-testid="namespace-cell"][data-from="${from}"][data-to="${to}"]`);
  await expect(panel.getByTestId('namespace-cell')).toHaveCount(16);
  await expect(cell('ns-0', 'ns-1')).toHaveAttribute('data-state', 'allowed');
  await expect(cell('ns-0', 'ns-1')).toHaveAttribute('data-total', '144');
  await expect(cell('ns-1', 'ns-1')).toHaveAttribute('data-allowed', '132');
  await expect(cell('ns-1', 'ns-2')).toHaveAttribute('data-state', 'denied');
  await cell('ns-0', 'ns-1').click();
  await expect(panel.getByTestId('matrix-cell')).toHaveCount(144);
  await expect(panel.locator('[data-testid="matrix-cell"][data-from="ns-0/pod-3"][data-to="ns-1/pod-7"]')).toHaveAttribute('data-allowed', 'true');
  await page.getByTestId('matrix-namespace').selectOption({ label: 'namespaces × namespaces' });
  await expect(panel.getByTestId('namespace-cell')).toHaveCount(16);
});
