import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels:
    app: web
`;

/** A workspace of `megabytes` MB: a real pod, then notes as comment lines. */
function workspaceOf(megabytes: number): string {
  const line = `# note ${'n'.repeat(90)}\n`;
  return POD + line.repeat(Math.ceil((megabytes * 1_000_000) / line.length));
}

/** Opens files through the Open… button, as a person would. */
async function openFile(page: Page, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-files-button').click();
  await (
    await chooser
  ).setFiles([{ name: 'workspace.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) }]);
}

const saveStatus = (page: Page) => page.getByTestId('save-status');

test('a 12 MB workspace survives a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open();
  const text = workspaceOf(12);
  await openFile(page, text);
  await expect.poll(() => page.evaluate(() => window.__netpol?.getText().length)).toBe(text.length);
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'saved', { timeout: 30_000 });
  // The text is not in localStorage (whose quota it exceeds); only a small index is.
  const indexLength = await page.evaluate(
    () => localStorage.getItem('netpol-canvas:workspace')?.length ?? 0,
  );
  expect(indexLength).toBeGreaterThan(0);
  expect(indexLength).toBeLessThan(2000);

  await page.reload();
  await expect(page.getByTestId('graph-canvas')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__netpol?.getText()), { timeout: 30_000 })
    .toBe(text);
  await expect(page.locator('[data-pod="shop/web"]')).toBeVisible();
});

test('a failing save is told in plain words, the work offered as a download, and leaving asks', async ({
  page,
}) => {
  // The browser's storage is full: IndexedDB refuses every write.
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const app = new AppPage(page);
  await app.open();
  const text = workspaceOf(1);
  await openFile(page, text);
  const notice = app.notice('save-error');
  await expect(notice).toContainText('Your work is not saved');
  await expect(notice).toContainText('storage for this site is full');
  await expect(notice).not.toContainText('QuotaExceededError');
  await expect(saveStatus(page)).toHaveAttribute('data-status', 'error');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the workspace' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.yaml$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toBe(text);

  // Leaving the page now asks first; staying keeps the work.
  const dialog = page.waitForEvent('dialog');
  void page.evaluate(() => location.reload());
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  expect(await page.evaluate(() => window.__netpol?.getText().length)).toBe(text.length);
});

async function pauseFirstTab(first: AppPage, second: AppPage): Promise<void> {
  await expect(first.notice('open-elsewhere')).toBeVisible();
  // The first tab holds an unsaved edit when the second saves (at once, as when hidden).
  await first.page.evaluate(() => window.__netpol?.setText('# first, unsaved\n', 'command'));
  await second.page.evaluate(() => {
    window.__netpol?.setText('# second\n', 'command');
    window.dispatchEvent(new Event('pagehide'));
  });
  await expect(first.notice('other-tab')).toBeVisible();
  await expect(first.page.getByTestId('save-status')).toHaveAttribute('data-status', 'paused');
}

test('a paused tab’s edit survives a reload without an answer', async ({ page, context }) => {
  const first = new AppPage(page);
  await first.open();
  const second = new AppPage(await context.newPage());
  await second.open();
  await pauseFirstTab(first, second);

  await page.reload();
  await first.editor.ready();
  expect(await first.editor.text()).toBe('# second\n');
  const setAside = page.locator('[data-testid="notice"][data-notice^="paused-edit"]');
  await expect(setAside).toContainText('left its edit aside');
  await setAside.getByRole('button', { name: 'Open the set-aside edit' }).click();
  await expect.poll(() => first.editor.text()).toBe('# first, unsaved\n');
  await expect(setAside).toBeHidden();
  // Taken back: it is not offered again.
  await page.waitForTimeout(900);
  await page.reload();
  await first.editor.ready();
  await expect(page.locator('[data-notice^="paused-edit"]')).toHaveCount(0);
});

test('a paused tab’s edit survives closing the tab without an answer', async ({
  page,
  context,
}) => {
  const first = new AppPage(page);
  await first.open();
  const second = new AppPage(await context.newPage());
  await second.open();
  await pauseFirstTab(first, second);
  await page.close();

  const third = new AppPage(await context.newPage());
  await third.page.goto('/');
  await third.editor.ready();
  const setAside = third.page.locator('[data-testid="notice"][data-notice^="paused-edit"]');
  await expect(setAside).toContainText('left its edit aside');
  const [download] = await Promise.all([
    third.page.waitForEvent('download'),
    setAside.getByRole('button', { name: 'Download it' }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).toString('utf8')).toBe('# first, unsaved\n');
});
