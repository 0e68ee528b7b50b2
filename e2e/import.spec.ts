import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

const examples = new URL('../public/examples/', import.meta.url);
const exampleText = (file: string) => readFileSync(new URL(file, examples), 'utf8');
const index = JSON.parse(exampleText('index.json')) as {
  examples: Array<{ id: string; title: string; file: string }>;
};

const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dropped\n';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: dropped\n';

/** Drops files on an element as a person dragging them from the desktop would. */
async function dropFiles(app: AppPage, files: Array<{ name: string; text: string }>) {
  const dataTransfer = await app.page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list)
      transfer.items.add(new File([f.text], f.name, { type: 'application/yaml' }));
    return transfer;
  }, files);
  const target = app.page.getByTestId('graph-canvas');
  await target.dispatchEvent('dragenter', { dataTransfer });
  await expect(app.page.getByTestId('drop-overlay')).toBeVisible();
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(app.page.getByTestId('drop-overlay')).toBeHidden();
}

test('a first visit opens the seed walkthrough with a hint', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  expect(await app.editor.text()).toBe(exampleText('walkthrough-before.yaml'));
  await expect(page.getByTestId('hint')).toContainText('walkthrough');
  await expect(app.undoButton).toBeDisabled();
});

test('the examples menu loads every example', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  for (const example of index.examples) {
    await app.openExample(example.title);
    await expect.poll(() => app.editor.text()).toBe(exampleText(example.file));
    await expect(app.editor.entries()).toHaveCount(0);
  }
});

test('an example replaces edits only after confirming, and undo brings them back', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await page.evaluate(() => window.__netpol?.setText('# my own work\n', 'editor'));

  await app.openExample('web-deny-all', 'cancel');
  expect(await app.editor.text()).toBe('# my own work\n');

  await app.openExample('web-deny-all', 'replace');
  await expect.poll(() => app.editor.text()).toBe(exampleText('web-deny-all.yaml'));
  await app.undoButton.click();
  await expect.poll(() => app.editor.text()).toBe('# my own work\n');
});

test('dropped files become the workspace; several are joined with ---', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await dropFiles(app, [
    { name: 'ns.yaml', text: NAMESPACE },
    { name: 'pod.yml', text: POD },
  ]);
  await expect
    .poll(() => app.editor.text())
    .toBe(`# file: ns.yaml\n${NAMESPACE}---\n# file: pod.yml\n${POD}`);
  await expect(app.editor.entries()).toHaveCount(0);
});

test('dropping on an edited workspace asks: add to it, or replace it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.evaluate((t) => window.__netpol?.setText(t, 'editor'), NAMESPACE);
  await dropFiles(app, [{ name: 'pod.yaml', text: POD }]);
  await expect(app.replaceDialog).toBeVisible();
  await app.replaceDialog.getByRole('button', { name: 'Add to workspace' }).click();
  await expect.poll(() => app.editor.text()).toBe(`${NAMESPACE}---\n${POD}`);
});

test('the Open button reads files from disk', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-files-button').click();
  await (
    await chooser
  ).setFiles([
    {
      name: 'ns.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"j"}}'),
    },
  ]);
  await expect
    .poll(() => app.editor.text())
    .toBe('{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"j"}}\n');
});

test('the examples menu works from the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.examplesMenu.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('menuitem', { name: index.examples[1]?.title, exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(app.examplesMenu).toBeFocused();
  await expect.poll(() => app.editor.text()).toBe(exampleText(index.examples[1]?.file ?? ''));

  await app.examplesMenu.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(app.examplesMenu).toBeFocused();
});
