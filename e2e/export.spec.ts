import { readFileSync } from 'node:fs';
import { loadText } from '@netpol/engine';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const after = readFileSync(
  new URL('../public/examples/walkthrough-after.yaml', import.meta.url),
  'utf8',
);
const names = (text: string) =>
  loadText(text).objects.map((o) => `${o.kind}/${o.namespace}/${o.name}`);

test('download all manifests: a file the engine loads without errors, holding every object', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample('Walkthrough 2: allow the front end to redis');
  await expect.poll(() => app.editor.text()).toBe(after);

  const { name, text } = await app.exportDownload('Download all manifests');
  expect(name).toBe('netpol-canvas.yaml');
  expect(loadText(text).diagnostics).toEqual([]);
  expect(names(text)).toEqual(names(after));
});

test('download only the NetworkPolicies', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample('Walkthrough 2: allow the front end to redis');
  const { name, text } = await app.exportDownload('Download NetworkPolicies only');
  expect(name).toBe('networkpolicies.yaml');
  expect(loadText(text).diagnostics).toEqual([]);
  expect(names(text)).toEqual([
    'NetworkPolicy/policy-test-app/default-deny-ingress',
    'NetworkPolicy/policy-test-app/redis-policy',
  ]);
});

test('copy the policies to the clipboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.exportButton.click();
  await page.getByRole('menuitem', { name: 'Copy NetworkPolicies' }).click();
  await expect(page.getByTestId('notice')).toContainText('Copied 1 NetworkPolicy to the clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(names(copied)).toEqual(['NetworkPolicy/policy-test-app/default-deny-ingress']);
});
