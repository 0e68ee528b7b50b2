// Share links carry the expectations document beside the YAML (format 2): a link opened
// in a fresh browser shows the same expectations, checked against the shared policies.
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const WORKSPACE = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c, image: i}]}
`;
const EXPECTATIONS = `expectations:
- name: client reaches shared web
  from: shop/client
  to: shop/web
  port: 80
  expect: allowed
`;

test('a share link opened in a fresh browser reproduces the expectations', async ({
  page,
  browser,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await page.getByTestId('yaml-tab-expectations').click();
  await page.getByTestId('expectations-editor').locator('.view-lines').click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), EXPECTATIONS);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  const items = page.getByTestId('expectations-panel').getByTestId('expectation-item');
  await expect(items).toHaveCount(1);

  await page.getByTestId('share-button').click();
  const popover = page.getByTestId('share-link');
  await expect(popover).toHaveAttribute('data-state', 'link');
  const url = await popover.getByTestId('share-link-url').inputValue();

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(url);
    await expect.poll(() => other.evaluate(() => window.__netpol?.getText())).toBe(WORKSPACE);
    await other.getByTestId('yaml-tab-expectations').click();
    await expect(other.getByTestId('expectations-editor')).toContainText(
      'client reaches shared web',
    );
    const shared = other.getByTestId('expectations-panel').getByTestId('expectation-item');
    await expect(shared).toHaveCount(1);
    await expect(shared).toContainText('client reaches shared web');
    await expect(shared).toHaveAttribute('data-pass', 'true');
  } finally {
    await fresh.close();
  }
});
