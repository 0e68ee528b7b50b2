// The keyboard alone: the palette, the allow dialog's pickers and Enter, leaving Monaco,
// and "Allow…" from Explain and the matrix.
import type { Page } from '@playwright/test';
import { analyze } from '@netpol/engine';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { AZURE_VOTE, docs, inNamespace, pod, REDIS_POLICY_SPEC } from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const NS = 'policy-test-app';
const FRONT = `${NS}/azure-vote-front`;
const BACK = `${NS}/azure-vote-back`;

/** Presses Tab (or Shift+Tab) until `testId` has the focus, as a person tabs to a control. */
async function tabTo(page: Page, testId: string, backwards = false): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const here = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (here === testId) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
const focusInEditor = (page: Page) => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);

async function palette(page: Page, query: string, best: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+K');
  const dialog = page.getByTestId('command-palette');
  await expect(dialog).toBeVisible();
  await page.keyboard.type(query);
  await expect(dialog.locator('[role="option"][aria-selected="true"]')).toContainText(best);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('the whole seed walkthrough by keyboard: palette, pickers, label first, Enter', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  const dialog = inspector.allowDialog;
  await app.open();
  await app.editor.paste(inNamespace(AZURE_VOTE, NS));
  await expect(canvas.pod(BACK)).toBeVisible();

  // Tab indents inside Monaco; Escape then Tab leaves it.
  expect(await focusInEditor(page)).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await focusInEditor(page)).toBe(false);
  expect(await app.editor.text()).toBe(inNamespace(AZURE_VOTE, NS));

  // 1. Deny all ingress in the namespace, from the palette.
  await palette(page, `deny all ingress in ${NS}`, `Deny all ingress in ${NS}`);
  await canvas.expectVerdict(FRONT, BACK, 'denied');

  // 2. "Allow traffic…": both ends typed in the pickers, Enter picks from the open list.
  await palette(page, 'allow', 'Allow traffic…');
  await expect(dialog).toBeVisible();
  expect(await focusedTestId(page)).toBe('allow-dialog-from');
  await page.keyboard.type(FRONT);
  await expect(dialog.getByTestId('allow-dialog-from-options')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible(); // Enter in the open list picked; it did not create
  await page.keyboard.press('Tab');
  expect(await focusedTestId(page)).toBe('allow-dialog-to');
  await page.keyboard.type(BACK);
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('allow-dialog-port')).toHaveValue('6379');

  // 3. Label first, as the seed does (Shift+Tab from the port reaches the destination's
  // hint first): type=redis on the back, then role=redis-client on the front.
  await tabTo(page, 'allow-dialog-add-label', true);
  await page.keyboard.press('Enter');
  await page.keyboard.type('redis');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.editor.text()).toContain('type: redis');
  await expect(dialog.locator('input[data-label="type=redis"]')).toBeChecked();
  await expect.poll(() => focusedTestId(page)).toBe('allow-dialog-port');
  await tabTo(page, 'allow-dialog-add-label', true);
  await page.keyboard.press('Enter');
  await page.keyboard.type('redis-client');
  await page.keyboard.press('Enter');
  await expect.poll(() => app.editor.text()).toContain('role: redis-client');
  await expect(dialog.locator('input[data-label="role=redis-client"]')).toBeChecked();
  await expect(dialog.getByTestId('allow-dialog-preview')).toContainText('name: redis-policy');

  // 4. Enter creates; the flow is allowed and the policy is the seed's redis-policy.
  await expect.poll(() => focusedTestId(page)).toBe('allow-dialog-port');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await canvas.expectVerdict(FRONT, BACK, 'allowed');
  await expect(canvas.edge(FRONT, BACK)).toHaveAttribute('data-changed', 'gained');
  const result = analyze([{ file: 'w.yaml', text: await app.editor.text() }]);
  const policy = result.objects.find((o) => o.kind === 'NetworkPolicy' && o.name === 'redis-policy');
  expect(policy?.namespace).toBe(NS);
  expect(policy?.object.spec).toEqual(REDIS_POLICY_SPEC);
});

const DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny
  namespace: backend
spec:
  podSelector: {}
  policyTypes:
  - Ingress`;
const WORKSPACE = docs(pod('frontend', 'web', { app: 'web' }), pod('backend', 'api', { app: 'api' }, 8080), DENY);

test('Allow… on a denied flow in Explain opens the dialog prefilled', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.clickEdge('frontend/web', 'backend/api');
  await inspector.explainPanel.getByTestId('allow-from-explain').click();
  const dialog = inspector.allowDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('allow-dialog-from')).toHaveValue('frontend/web');
  await expect(dialog.getByTestId('allow-dialog-to')).toHaveValue('backend/api');
  await expect(dialog.getByTestId('allow-dialog-port')).toHaveValue('8080');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('A on a matrix cell opens the dialog prefilled; a selected pod offers Allow… too', async ({ page }) => {
  const app = new AppPage(page);
  const inspector = new Inspector(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await inspector.openTab('matrix');
  const cell = page.locator('[data-testid="matrix-cell"][data-from="frontend/web"][data-to="backend/api"]');
  await expect(cell).toHaveAttribute('data-allowed', 'false');
  await cell.focus();
  await page.keyboard.press('a');
  const dialog = inspector.allowDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('allow-dialog-from')).toHaveValue('frontend/web');
  await expect(dialog.getByTestId('allow-dialog-to')).toHaveValue('backend/api');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await canvas.selectPod('backend/api');
  await page.getByTestId('allow-to-pod').click();
  await expect(dialog.getByTestId('allow-dialog-to')).toHaveValue('backend/api');
  await expect(dialog.getByTestId('allow-dialog-from')).toBeFocused();
  await expect(dialog.getByTestId('allow-dialog-from')).toHaveValue('');
});

test('the help lists the registry’s shortcuts and how to leave the editor', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('help-button').click();
  const help = page.getByTestId('help-dialog');
  await expect(help).toContainText('Command palette');
  await expect(help).toContainText('Copy a share link of the workspace');
  await expect(help).toContainText('Leave the YAML editor');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByTestId('help-button')).toBeFocused();
});
