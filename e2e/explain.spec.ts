import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { docs, pod } from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
  - Ingress`;

const ALLOW_WEB_TO_DB = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-from-web
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: db
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: web
    ports:
    - port: 5432`;

const WORKSPACE = docs(
  pod('shop', 'web', { app: 'web' }),
  pod('shop', 'db', { app: 'db' }, 5432),
  pod('shop', 'cache', { app: 'cache' }, 6379),
  DENY,
  ALLOW_WEB_TO_DB,
);

test('clicking a denied edge names the isolating policy; its link selects it in the editor', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('shop/cache', 'shop/db', 'denied');
  await canvas.clickEdge('shop/cache', 'shop/db');
  await expect(inspector.explainPanel).toBeVisible();
  await expect(inspector.explainPanel.getByTestId('explain-verdict')).toHaveAttribute('data-allowed', 'false');
  await expect(inspector.explainPanel).toContainText('shop/default-deny-ingress');
  await expect(inspector.explainPanel).toContainText('shop/db-from-web');
  await inspector.explainPanel.locator('[data-testid="explain-policy-link"][data-policy="shop/db-from-web"]').click();
  const policyLine = WORKSPACE.split('\n').indexOf('  name: db-from-web');
  await expect.poll(async () => (await app.editor.cursor()).line).toBeGreaterThanOrEqual(policyLine - 3);
});

test('clicking an allowed edge names the rule that allows it', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('shop/web', 'shop/db', 'allowed');
  await canvas.clickEdge('shop/web', 'shop/db');
  await expect(inspector.explainPanel.getByTestId('explain-verdict')).toHaveAttribute('data-allowed', 'true');
  await expect(inspector.explainPanel.getByTestId('explain-rule-link').first()).toContainText('db-from-web');
});

test('a matrix cell focuses its flow and explains it', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await inspector.openTab('matrix');
  await expect(inspector.matrixCell('shop/web', 'shop/db')).toHaveAttribute('data-allowed', 'true');
  await expect(inspector.matrixCell('shop/cache', 'shop/db')).toHaveAttribute('data-allowed', 'false');
  await inspector.matrixCell('shop/cache', 'shop/db').click();
  await expect(inspector.explainPanel.getByTestId('explain-verdict')).toHaveAttribute('data-allowed', 'false');
  await expect(inspector.explainPanel).toContainText('shop/cache');
  await expect(canvas.pod('shop/cache')).toHaveAttribute('data-focus', 'selected');
});

test('focus: selecting a pod colours the others by reachability', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('shop/web', 'shop/db', 'allowed');
  await canvas.selectPod('shop/db');
  await expect(canvas.pod('shop/db')).toHaveAttribute('data-focus', 'selected');
  // web reaches db (the rule); db reaches web? web's ingress is denied by default-deny.
  await expect(canvas.pod('shop/web')).toHaveAttribute('data-focus', 'reaches');
  await expect(canvas.pod('shop/cache')).toHaveAttribute('data-focus', 'none');
  await expect(page.getByTestId('graph-legend')).toContainText('can reach it');
  // Edges not touching the selection are dimmed.
  await expect(canvas.edge('shop/web', 'shop/cache')).toHaveClass(/dimmed/);
});

test('keyboard: Enter on a focused pod selects it, Escape clears the focus', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('shop/web', 'shop/db', 'allowed');
  await page.locator('.react-flow__node[data-id="shop/db"]').focus();
  await page.keyboard.press('Enter');
  await expect(canvas.pod('shop/db')).toHaveAttribute('data-focus', 'selected');
  await expect(canvas.pod('shop/web')).toHaveAttribute('data-focus', 'reaches');
  await page.keyboard.press('Escape');
  await expect(canvas.pod('shop/web')).not.toHaveAttribute('data-focus', /.+/);
});

test('resting the pointer on an edge shows a short explanation', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('shop/cache', 'shop/db', 'denied');
  await page.locator('[data-testid="flow-edge-label"][data-from="shop/cache"][data-to="shop/db"]').hover();
  const card = page.getByTestId('edge-hover-card');
  await expect(card).toContainText('cache → db');
  await expect(card).toContainText('denied');
  await expect(card).toContainText('default-deny-ingress');
  await page.mouse.move(5, 300);
  await expect(card).toBeHidden();
});
