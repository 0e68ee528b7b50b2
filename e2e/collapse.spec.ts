import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';

// Folding one namespace into a single node while the others keep their pods.
test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

const pod = (ns: string, name: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}
spec:
  containers: [{name: c, ports: [{containerPort: 8080}]}]
`;
const WORKSPACE = [
  pod('shop', 'api'),
  pod('shop', 'db'),
  pod('ops', 'web'),
  pod('ops', 'job'),
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
`,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from: [{namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}]
`,
].join('---\n');

test('collapsing one namespace draws it as one node with counted edges; expanding brings its pods back', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await expect(canvas.pods()).toHaveCount(4);
  await canvas.expectVerdict('ops/web', 'shop/api', 'allowed');

  await canvas.namespace('ops').getByTestId('namespace-collapse').click();
  await expect(canvas.namespace('ops')).toHaveAttribute('data-collapsed', 'true');
  await expect(canvas.namespace('shop')).not.toHaveAttribute('data-collapsed', 'true');
  await expect(canvas.pods()).toHaveCount(2);
  await expect(canvas.pod('ops/web')).toHaveCount(0);
  // ops/web is allowed into shop/api, ops/job is not: one edge, both counted.
  await expect(canvas.edge('ns:ops', 'shop/api')).toHaveAttribute('data-verdict', 'mixed');
  await expect(canvas.root.locator('[data-testid="flow-edge-label"][data-from="ns:ops"][data-to="shop/api"]')).toHaveText('✓ 1 · ✕ 1');
  await expect(canvas.edge('ns:ops', 'shop/db')).toHaveAttribute('data-verdict', 'denied');
  await expect(canvas.edge('shop/api', 'shop/db')).toHaveCount(1);
  await page.screenshot({ path: 'screenshots/collapse-1280.png' });

  await canvas.namespace('ops').getByTestId('namespace-collapse').click();
  await expect(canvas.namespace('ops')).not.toHaveAttribute('data-collapsed', 'true');
  await expect(canvas.pods()).toHaveCount(4);
  await canvas.expectVerdict('ops/web', 'shop/api', 'allowed');
  await expect(canvas.edge('ns:ops', 'shop/api')).toHaveCount(0);
});
