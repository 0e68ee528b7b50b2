import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

/**
 * Pictures of the main states of the workspace UI at both target sizes, for people to look
 * at (screenshots/*.png). Run with SCREENSHOTS=1; skipped otherwise.
 */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write screenshots/');

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
];

const INVALID = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: broken
  namespace: policy-test-app
spec:
  podSelector:
    matchLabels:
      app: azure-vote-back
  ingress:
  - from:
    - ipBlock:
        cidr: 10.0.0.0/33
    ports:
    - protocol: TCPX
      port: 6379
`;

for (const size of SIZES) {
  test(`workspace states at ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const app = new AppPage(page);
    const shot = (name: string) =>
      page.screenshot({ path: `screenshots/workspace-${name}-${size.name}.png` });
    await app.open();
    await page.waitForTimeout(800);
    await shot('first-visit');

    await app.examplesMenu.click();
    await expect(page.getByRole('menu')).toBeVisible();
    await shot('examples-menu');
    await page.keyboard.press('Escape');

    await app.exportButton.click();
    await shot('export-menu');
    await page.keyboard.press('Escape');

    await app.openExample('Walkthrough 2: allow the front end to redis');
    await page.waitForTimeout(800);
    await shot('walkthrough-after');

    await page.evaluate(
      (text) => window.__netpol?.setText(`${window.__netpol.getText()}---\n${text}`, 'editor'),
      INVALID,
    );
    await expect(app.editor.entries().first()).toBeVisible();
    await app.editor.entries().first().click();
    await page.waitForTimeout(800);
    await shot('diagnostics');

    await app.openExample('web-deny-all');
    await expect(app.replaceDialog).toBeVisible();
    await shot('replace-dialog');
    await app.replaceDialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByTestId('help-button').click();
    await shot('help');
    await page.keyboard.press('Escape');

    await page.evaluate(() => window.__netpol?.crashPane('The graph'));
    await expect(page.getByTestId('pane-error')).toBeVisible();
    await shot('pane-error');
    await page.getByRole('button', { name: 'Reset the graph' }).click();

    await page.getByTestId('yaml-collapse').click();
    await page.waitForTimeout(300);
    await shot('yaml-collapsed');
  });
}
