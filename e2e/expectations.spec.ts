import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PODS = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80, name: http}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c, image: i}]}
---
`;
const ALLOW_CLIENT = `${PODS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: client}}}]
    ports: [{port: http}]
`;
const ONLY_ADMIN = ALLOW_CLIENT.replace('{app: client}}}]', '{app: admin}}}]');
const EXPECTATIONS = `expectations:
- name: client reaches web
  from: shop/client
  to: shop/web
  port: http
  expect: allowed
`;

test('expectations: written in their own tab, pass, then fail as the user edits a policy', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(ALLOW_CLIENT);

  await page.getByTestId('yaml-tab-expectations').click();
  const editor = page.getByTestId('expectations-editor');
  await editor.locator('.view-lines').click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), EXPECTATIONS);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');

  const item = page.getByTestId('expectations-panel').getByTestId('expectation-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-pass', 'true');
  await expect(item).toContainText('client reaches web');
  // The expectation is pinned on its edge with a pass badge.
  const edge = page.locator(
    '[data-testid="flow-edge"][data-from="shop/client"][data-to="shop/web"]',
  );
  await expect(edge).toHaveAttribute('data-expectation', 'pass');

  // Back in the workspace, the policy now admits another app: the expectation fails, live.
  await page.getByTestId('yaml-tab-workspace').click();
  await app.editor.ready();
  await app.editor.paste(ONLY_ADMIN);
  await expect(page.getByTestId('yaml-tab-expectations')).toContainText('1');
  await expect(edge).toHaveAttribute('data-expectation', 'fail');
  await expect(
    page
      .locator('[data-testid="flow-edge-label"][data-from="shop/client"][data-to="shop/web"]')
      .getByTestId('expectation-badge'),
  ).toHaveText('expected ✕');
  await page.getByTestId('yaml-tab-expectations').click();
  await expect(item).toHaveAttribute('data-pass', 'false');
  await expect(item).toContainText('FAIL');
  await expect(item).toContainText('denied by ingress');

  // The expectations are saved with the workspace.
  await page.waitForTimeout(1500);
  await page.reload();
  await page.getByTestId('yaml-tab-expectations').click();
  await expect(item).toHaveAttribute('data-pass', 'false');
});

test('expectations: a problem in the file is shown at its line', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('yaml-tab-expectations').click();
  const editor = page.getByTestId('expectations-editor');
  await editor.locator('.view-lines').click();
  await page.evaluate(
    (t) => navigator.clipboard.writeText(t),
    EXPECTATIONS.replace('port: http', 'port: 99999'),
  );
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  const problem = page.getByTestId('expectation-problem');
  await expect(problem).toHaveAttribute('data-line', '5');
  await expect(problem).toContainText('port 99999');
});
