import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: api-allow
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: api
  ingress:
  - ports:
    - protocol: TCPX
      port: 8080
`;

test('Monaco loads offline with the bundled schema: a bad protocol is flagged on its line', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(POLICY);
  await expect
    .poll(async () => (await app.editor.markers()).filter((m) => m.owner !== 'netpol-engine'))
    .toEqual([expect.objectContaining({ line: 12 })]);
});

test('invalid YAML: a marker and a diagnostics entry at the right line; clicking moves the cursor', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  // Line 5 repeats the key `name`: invalid YAML for Kubernetes (the apiserver refuses it).
  const broken = POLICY.replace('  namespace: shop\n', '  name: again\n');
  await app.editor.paste(broken);
  const entry = app.editor.entries().first();
  await expect(entry).toBeVisible();
  const line = Number(await entry.getAttribute('data-line'));
  expect(line).toBe(5);
  await expect
    .poll(async () => (await app.editor.markers()).filter((m) => m.owner === 'netpol-engine'))
    .toContainEqual(expect.objectContaining({ line }));

  await app.editor.focus();
  expect((await app.editor.cursor()).line).toBe(1);
  await entry.click();
  await expect
    .poll(() => app.editor.cursor())
    .toEqual({
      line,
      column: Number(await entry.getAttribute('data-column')),
    });
});

test('typing reaches the store, and the editor keeps the cursor when a command changes the text', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(POLICY);
  // Cursor at the end of line 4 ("  name: api-allow"), then a short single-line edit.
  await page.evaluate(() => window.__netpol?.setText(window.__netpol.getText(), 'command'));
  await app.editor.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.type('-v2');
  await expect.poll(() => app.editor.text()).toContain('name: api-allow-v2\n');

  // A command appends a document at the end: the cursor stays where the user was typing.
  await page.evaluate(() =>
    window.__netpol?.setText(`${window.__netpol.getText()}---\nkind: Namespace\n`, 'command'),
  );
  await expect.poll(() => app.editor.modelText()).toContain('kind: Namespace');
  expect(await app.editor.cursor()).toEqual({ line: 4, column: 21 });
});

test('a bad CIDR is an engine diagnostic on its line, in the list and as a marker', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  const withCidr = POLICY.replace('TCPX', 'TCP').replace(
    '  - ports:\n',
    '  - from:\n    - ipBlock:\n        cidr: 10.0.0.0/33\n    ports:\n',
  );
  expect(withCidr.split('\n')[12]).toBe('        cidr: 10.0.0.0/33');
  await app.editor.paste(withCidr);
  const entry = app.editor
    .entries()
    .filter({ hasText: /cidr|CIDR/ })
    .first();
  await expect(entry).toBeVisible();
  await expect(entry).toHaveAttribute('data-line', '13');
  await expect
    .poll(async () => (await app.editor.markers()).filter((m) => m.owner === 'netpol-engine'))
    .toContainEqual(expect.objectContaining({ line: 13, column: 15 }));
});

test('a diagnostic in the inspector opens the hidden YAML pane at its line', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.evaluate(() =>
    window.__netpol?.setText('kind: Namespace\nmetadata:\n  name: a\n  name: b\n', 'command'),
  );
  await page.getByTestId('yaml-collapse').click();
  await page.getByRole('tab', { name: /Problems/ }).click();
  const entry = page.getByTestId('inspector-diagnostics-list').getByTestId('diagnostic').first();
  await expect(entry).toHaveAttribute('data-line', '4');
  await entry.click();
  await app.editor.ready();
  await expect.poll(() => app.editor.cursor()).toEqual({ line: 4, column: 3 });
});

test('a failing pane shows a message and a reset button; the text is kept', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const text = await app.editor.text();
  await page.evaluate(() => window.__netpol?.crashPane('The graph'));
  const failure = page.getByTestId('pane-error');
  await expect(failure).toContainText('The graph stopped working');
  await expect(page.getByTestId('graph-canvas')).toHaveCount(0);
  // The rest of the app keeps working.
  await expect(app.editor.monaco).toBeVisible();
  await expect(app.examplesMenu).toBeEnabled();
  expect(await app.editor.text()).toBe(text);

  await failure.getByRole('button', { name: 'Reset the graph' }).click();
  await expect(page.getByTestId('graph-canvas')).toBeVisible();
  await expect(failure).toHaveCount(0);
});
