import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { docs, pod } from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const WORKSPACE = docs(
  pod('shop', 'web', { app: 'web' }),
  pod('shop', 'db', { app: 'db' }, 5432),
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
  - Ingress`,
);

// Issue 5: one history for typed and drawn edits, walked back and forth with the buttons
// and the keyboard, the graph following every step.
test('undo and redo walk through a typed edit and a drawn policy as one history', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('shop/web', 'shop/db', 'denied');
  // Edits less than a second apart are one undo step (a typing burst): pause so the typing
  // below is a step of its own, not part of the paste.
  await page.waitForTimeout(1200);

  // A typed edit …
  await app.editor.focus();
  await page.keyboard.type('# reviewed');
  const typed = `# reviewed${WORKSPACE}`;
  await expect.poll(() => app.editor.text()).toBe(typed);

  // … then a drawn one: web → db on the database port.
  await canvas.drawEdge('shop/web', 'shop/db');
  await expect(inspector.allowDialog).toBeVisible();
  await inspector.createAllowPolicy('5432');
  await canvas.expectVerdict('shop/web', 'shop/db', 'allowed');
  const drawn = await app.editor.text();
  expect(drawn.startsWith(typed)).toBe(true);
  expect(drawn).toContain('kind: NetworkPolicy');
  expect(drawn.length).toBeGreaterThan(typed.length);

  // Undo the drawing: the policy leaves the text and the edge turns red again.
  await app.undoButton.click();
  await expect.poll(() => app.editor.text()).toBe(typed);
  await canvas.expectVerdict('shop/web', 'shop/db', 'denied');
  // Undo the typing, from the keyboard outside the editor.
  await page.getByRole('button', { name: /shortcuts/i }).focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => app.editor.text()).toBe(WORKSPACE);

  // Redo both: the text and the green edge come back exactly.
  await app.redoButton.click();
  await expect.poll(() => app.editor.text()).toBe(typed);
  await app.redoButton.click();
  await expect.poll(() => app.editor.text()).toBe(drawn);
  await canvas.expectVerdict('shop/web', 'shop/db', 'allowed');
  await expect(app.redoButton).toBeDisabled();
});
