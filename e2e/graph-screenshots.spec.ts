import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
// @ts-expect-error -- a plain ESM script without types
import { generateWorkspace } from '../scripts/bench-app.mjs';
import { AZURE_VOTE, docs, inNamespace, pod, TEST_NETWORK_POLICY } from './seedScenarios';

// Screenshots of the graph's main states at both target sizes, for people to look at:
// screenshots/graph-<state>-<width>.png. Each test still asserts the state it shows.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
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

/** A few namespaces of a few pods each, every namespace denying ingress but from itself. */
function shop(namespaces: number, podsPer: number): string {
  const parts: string[] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${n}`;
    for (let i = 0; i < podsPer; i++) parts.push(pod(ns, `svc-${i}`, { app: `svc-${i}`, tier: i % 2 ? 'api' : 'web' }, 8080));
    parts.push(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: same-namespace-only
  namespace: ${ns}
spec:
  podSelector: {}
  ingress:
  - from:
    - podSelector: {}`);
  }
  return docs(...parts);
}

for (const size of SIZES) {
  test(`graph screenshots at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const app = new AppPage(page);
    const canvas = new Canvas(page);
    const inspector = new Inspector(page);
    const shot = (state: string) => page.screenshot({ path: `screenshots/graph-${state}-${size.width}.png` });
    await app.open();
    await page.getByRole('button', { name: 'Dismiss message' }).click({ timeout: 2000 }).catch(() => {});

    await app.editor.paste(docs(inNamespace(AZURE_VOTE, NS), DENY));
    await canvas.expectVerdict(FRONT, BACK, 'denied');
    await shot('walkthrough-denied');

    await canvas.selectPod(BACK);
    await inspector.setLabels({ app: 'azure-vote-back', type: 'redis' });
    await canvas.selectPod(FRONT);
    await inspector.setLabels({ app: 'azure-vote-front', role: 'redis-client' });
    await canvas.drawEdge(FRONT, BACK);
    await expect(inspector.allowDialog).toBeVisible();
    await shot('allow-dialog');
    await inspector.createAllowPolicy('6379');
    await canvas.expectVerdict(FRONT, BACK, 'allowed');
    await shot('walkthrough-allowed');

    await canvas.clickEdge(BACK, FRONT);
    await expect(inspector.explainPanel.getByTestId('explain-verdict')).toBeVisible();
    await shot('explain');

    await page.locator(`[data-testid="flow-edge-label"][data-from="${BACK}"][data-to="${FRONT}"]`).hover();
    await expect(page.getByTestId('edge-hover-card')).toBeVisible();
    await shot('hover');

    await canvas.selectPod(BACK);
    await shot('focus');

    await inspector.openTab('matrix');
    await shot('matrix');

    await app.editor.paste(
      docs(pod('default', 'db', { role: 'db' }, 6379), pod('default', 'frontend', { role: 'frontend' }), TEST_NETWORK_POLICY),
    );
    await canvas.expectVerdict('default/frontend', 'default/db', 'allowed');
    await shot('cidr');

    await app.editor.paste(shop(6, 5));
    await expect(canvas.pods()).toHaveCount(30);
    await expect(page.getByTestId('edges-aggregated')).toBeVisible();
    await shot('aggregated');
    await canvas.namespace('team-1').getByRole('button', { name: 'expand edges' }).click();
    await shot('aggregated-expanded');

    // The budget case: 1,000 pods, 200 policies. Above 500 pods it opens as a namespace map;
    // every pod (compact, namespace aggregates) with the detail at "pods".
    await app.editor.paste(generateWorkspace(1000, 200));
    await expect(canvas.root.locator('[data-testid="namespace-node"][data-collapsed="true"]')).toHaveCount(20, { timeout: 30_000 });
    await shot('large-map');
    await page.getByTestId('graph-detail').selectOption('pods');
    // Raw pods with identical labels are drawn as one counted node per group.
    await expect(canvas.pod('ns-19/pod-999')).toBeVisible({ timeout: 30_000 });
    await expect(canvas.root.locator('[data-testid="pod-node"][data-count]').first()).toBeVisible();
    await shot('large');
    await canvas.selectPod('ns-19/pod-999');
    await shot('large-focus');
  });
}
