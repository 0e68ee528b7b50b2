import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

const SAVE_WAIT_MS = 900;

test('reload keeps the work (and starts a fresh undo history)', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample('web-deny-all');
  await app.editor.focus();
  await page.keyboard.type('# kept across reloads');
  await expect.poll(() => app.editor.text()).toMatch(/^# kept across reloads/);
  await page.waitForTimeout(SAVE_WAIT_MS);

  await page.reload();
  await app.editor.ready();
  await expect.poll(() => app.editor.text()).toMatch(/^# kept across reloads.*web-deny-all/s);
  await expect(page.getByTestId('hint')).toBeHidden();
  await expect(app.undoButton).toBeDisabled();
});

test('undo and redo cover typed edits and commands as one history', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const start = await app.editor.text();

  // A typed edit (one burst = one step) …
  await app.editor.focus();
  await page.keyboard.type('# typed');
  await expect.poll(() => app.editor.text()).toBe(`# typed${start}`);
  // … then a command (as a graph action would do).
  await page.evaluate(() =>
    window.__netpol?.setText(
      `${window.__netpol.getText()}---\nkind: Namespace\nmetadata:\n  name: c\n`,
      'command',
    ),
  );
  const afterCommand = await app.editor.text();
  expect(afterCommand).toMatch(/name: c\n$/);

  await app.undoButton.click();
  await expect.poll(() => app.editor.text()).toBe(`# typed${start}`);
  await expect.poll(() => app.editor.modelText()).toBe(`# typed${start}`);
  // Ctrl+Z inside the editor goes to the same history.
  await app.editor.monaco.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => app.editor.text()).toBe(start);
  await expect.poll(() => app.editor.modelText()).toBe(start);
  await expect(app.undoButton).toBeDisabled();

  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => app.editor.text()).toBe(`# typed${start}`);
  await app.redoButton.click();
  await expect.poll(() => app.editor.text()).toBe(afterCommand);
  await expect.poll(() => app.editor.modelText()).toBe(afterCommand);
  await expect(app.redoButton).toBeDisabled();
});

test('Ctrl+Z outside the editor undoes too', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const start = await app.editor.text();
  await page.evaluate(() => window.__netpol?.setText('kind: Namespace\n', 'command'));
  await page.getByTestId('help-button').focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => app.editor.text()).toBe(start);
});

test('a second tab is detected; an idle tab follows its saves, a busy one is asked', async ({
  page,
  context,
}) => {
  const first = new AppPage(page);
  await first.open();
  const secondPage = await context.newPage();
  const second = new AppPage(secondPage);
  await second.open();
  await expect(first.notice('open-elsewhere')).toBeVisible();

  // The first tab has nothing unsaved: it takes the second tab's version, and says so.
  await secondPage.evaluate(() => window.__netpol?.setText('# from the second tab\n', 'command'));
  await expect.poll(() => first.editor.text()).toBe('# from the second tab\n');
  await expect(first.notice('tab-sync')).toBeVisible();

  // The first tab holds an unsaved edit (saving waits ~400 ms for more) when the second
  // tab saves (at once, as it does when hidden): the first is asked, not overwritten.
  await page.evaluate(() => window.__netpol?.setText('# first, unsaved\n', 'command'));
  await secondPage.evaluate(() => {
    window.__netpol?.setText('# second, again\n', 'command');
    window.dispatchEvent(new Event('pagehide'));
  });
  await expect(first.notice('other-tab')).toBeVisible();
  await page.waitForTimeout(SAVE_WAIT_MS);
  const saved = await page.evaluate(() => localStorage.getItem('netpol-canvas:workspace') ?? '');
  expect(JSON.parse(saved).text).toBe('# second, again\n');
  expect(await first.editor.text()).toBe('# first, unsaved\n');

  // Keeping this tab's version saves it, and the (idle) second tab follows.
  await first
    .notice('other-tab')
    .getByRole('button', { name: /Keep this tab/ })
    .click();
  await expect.poll(() => second.editor.text()).toBe('# first, unsaved\n');
  await secondPage.close();
});

test('unreadable saved data is set aside with a message, never thrown away', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('netpol-canvas:workspace', '{"version": 2, "text": ');
  });
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByTestId('notice')).toContainText('could not be read');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('netpol-canvas:unreadable:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"version": 2, "text": ']);
  // The first-visit example opened instead.
  expect(await app.editor.text()).toContain('azure-vote');
});

test('view state is saved with the text: a hidden YAML pane stays hidden after reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('yaml-collapse').click();
  await expect(page.getByTestId('yaml-expand')).toBeVisible();
  await page.waitForTimeout(SAVE_WAIT_MS);
  await page.reload();
  await expect(page.getByTestId('yaml-expand')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+B');
  await app.editor.ready();
});

test('the header says whether the work is saved', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const status = page.getByTestId('save-status');
  await page.evaluate(() => window.__netpol?.setText('kind: Namespace\n', 'command'));
  await expect(status).toHaveAttribute('data-status', 'saved');
  await expect(status).toHaveAttribute('title', 'Saved in this browser');
});
