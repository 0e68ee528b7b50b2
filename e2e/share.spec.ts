import { deflateRawSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** A workspace of our own: a Namespace and two pods, one with an awkward label value. */
const WORKSPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels:
    app: web
  annotations:
    note: "ünïcode ✓ & <b>bold</b>"
spec:
  containers:
    - name: web
      image: nginx
      ports:
        - containerPort: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: client
  namespace: shop
  labels:
    app: client
spec:
  containers:
    - name: c
      image: busybox
`;

function packed(payload: unknown, version = 1): string {
  const bytes = deflateRawSync(Buffer.from(JSON.stringify(payload), 'utf8'));
  return `#w=${version}.${Buffer.from(bytes).toString('base64url')}`;
}

async function shareLink(app: AppPage): Promise<string> {
  await app.page.getByTestId('share-button').click();
  const popover = app.page.getByTestId('share-link');
  await expect(popover).toHaveAttribute('data-state', 'link');
  await expect(popover).toContainText('Link copied to the clipboard');
  const url = await popover.getByTestId('share-link-url').inputValue();
  expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  return url;
}

test('a share link opened in a fresh browser reproduces the workspace exactly', async ({
  page,
  browser,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.evaluate((text) => window.__netpol?.setText(text), WORKSPACE);
  await page.getByTestId('port-filter').fill('80');
  await page.getByTestId('protocol-filter').selectOption('UDP');
  const url = await shareLink(app);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#w=2\.[A-Za-z0-9_-]+$/);
  await page.screenshot({ path: 'screenshots/share-popover.png' });

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await other.goto(url);
    await expect(other.getByTestId('pod-node').first()).toBeVisible();
    await expect.poll(() => other.evaluate(() => window.__netpol?.getText())).toBe(WORKSPACE);
    await expect(other.getByTestId('port-filter')).toHaveValue('80');
    await expect(other.getByTestId('protocol-filter')).toHaveValue('UDP');
    // The fragment is consumed: a reload does not open the link again.
    expect(new URL(other.url()).hash).toBe('');
    await expect(other.locator('[data-pod="shop/web"]')).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('opening a link over edited work asks first; Cancel keeps the work', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.evaluate((text) => window.__netpol?.setText(text), WORKSPACE);
  const url = await shareLink(app);
  const mine = `${WORKSPACE}# my unsaved edit\n`;
  await page.evaluate((text) => window.__netpol?.setText(text, 'editor'), mine);

  // A full page load with the link (the edit is saved in this browser first).
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  await page.goto('about:blank');
  await page.goto(url);
  await expect(app.replaceDialog).toBeVisible();
  await expect(app.replaceDialog).toContainText('the shared workspace');
  await app.replaceDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => page.evaluate(() => window.__netpol?.getText())).toBe(mine);

  // Pasting the link into the address bar of an open tab: asked again, then replaced.
  await page.evaluate((hash) => (window.location.hash = hash), new URL(url).hash);
  await expect(app.replaceDialog).toBeVisible();
  await page.getByTestId('replace-confirm').click();
  await expect.poll(() => page.evaluate(() => window.__netpol?.getText())).toBe(WORKSPACE);
});

const TAMPERED: ReadonlyArray<readonly [string, (good: string) => string, RegExp]> = [
  ['bad base64', () => '#w=1.%%%not*base64!!', /not valid base64url/],
  [
    'truncated',
    (good) => good.slice(0, Math.floor(good.length / 2)),
    /damaged or cut short|not valid base64url/,
  ],
  ['wrong version', (good) => good.replace('#w=2.', '#w=9.'), /format 9/],
  ['non-string text', () => packed({ v: 1, text: { evil: true } }), /does not hold workspace text/],
];

for (const [name, tamper, message] of TAMPERED) {
  test(`a tampered link (${name}) fails with a message and leaves the workspace intact`, async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    await page.evaluate((text) => window.__netpol?.setText(text), WORKSPACE);
    const good = new URL(await shareLink(app)).hash;
    const mine = `${WORKSPACE}# kept\n`;
    await page.evaluate((text) => window.__netpol?.setText(text, 'command'), mine);

    await page.goto(`/${tamper(good)}`);
    const notice = app.notice('share-link');
    await expect(notice).toContainText('This share link could not be opened');
    await expect(notice).toContainText(message);
    await expect(notice).toContainText('Your workspace is unchanged');
    await expect(app.replaceDialog).toBeHidden();
    await expect.poll(() => page.evaluate(() => window.__netpol?.getText())).toBe(mine);
    await expect(page.getByTestId('pod-node').first()).toBeVisible();
  });
}

test('names and labels from a link render as text, never as HTML', async ({ page }) => {
  // Such a label value is invalid: the pod is not drawn, and the Problems list quotes it.
  const hostile = WORKSPACE.replace(
    'app: client',
    `app: client\n    evil: "<img src=x onerror=alert(1)>"`,
  );
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/${packed({ v: 1, text: hostile, view: { port: '', protocol: 'TCP' } })}`);
  await expect(page.locator('[data-pod="shop/web"]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__netpol?.getText())).toBe(hostile);
  await expect(page.locator('[data-pod="shop/client"]')).toHaveCount(0);
  await expect(
    page.getByTestId('diagnostic').filter({ hasText: '<img src=x onerror=alert(1)>' }).first(),
  ).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a workspace too large for a link says so and offers the file', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  // Random label values do not compress: about 120 KB of YAML.
  const pods = Array.from({ length: 400 }, (_, i) => {
    const noise = Array.from({ length: 240 }, () =>
      Math.floor(Math.random() * 36).toString(36),
    ).join('');
    return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  namespace: big\n  labels:\n    noise: x${noise.slice(0, 60)}\n  annotations:\n    n: "${noise}"\n`;
  }).join('---\n');
  await page.evaluate((text) => window.__netpol?.setText(text), pods);
  await page.getByTestId('share-button').click();
  const popover = page.getByTestId('share-link');
  await expect(popover).toHaveAttribute('data-state', 'too-large');
  await expect(page.getByTestId('share-too-large')).toContainText('too large for a link');
  await expect(page.getByTestId('share-too-large')).toContainText('32,000');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('share-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('netpol-canvas.yaml');
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(pods);
});

test('Shift+L shares, and the help dialog lists it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('graph-canvas').click({ position: { x: 5, y: 60 } });
  await page.keyboard.press('Shift+L');
  await expect(page.getByTestId('share-link')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-link')).toBeHidden();
  await page.getByTestId('help-button').click();
  await expect(page.getByTestId('help-dialog')).toContainText('Copy a share link of the workspace');
  await expect(page.getByTestId('help-dialog')).toContainText('Open the recipe gallery');
});
