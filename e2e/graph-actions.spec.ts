import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { docs, pod } from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const DENY_BACKEND = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: backend
spec:
  podSelector: {}
  policyTypes:
  - Ingress`;

const WORKSPACE = docs(
  pod('frontend', 'web', { app: 'web' }),
  pod('frontend', 'admin', { app: 'admin' }),
  pod('backend', 'api', { app: 'api' }, 8080),
  DENY_BACKEND,
);

test('drawing from a namespace allows all of its pods, after its labels are declared', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('frontend/web', 'backend/api', 'denied');
  await canvas.expectVerdict('frontend/admin', 'backend/api', 'denied');

  // The implied namespace gets a label through the inspector: a Namespace object is written.
  await canvas.selectNamespace('frontend');
  await inspector.setLabels({ team: 'shop' });
  await expect.poll(() => app.editor.text()).toContain('kind: Namespace');

  await canvas.drawEdge('ns:frontend', 'backend/api');
  await expect(inspector.allowDialog).toBeVisible();
  await expect(inspector.allowDialog.getByTestId('allow-dialog-port')).toHaveValue('8080');
  await inspector.createAllowPolicy('8080');
  await canvas.expectVerdict('frontend/web', 'backend/api', 'allowed');
  await canvas.expectVerdict('frontend/admin', 'backend/api', 'allowed');
  await expect(canvas.edge('frontend/web', 'backend/api')).toHaveAttribute('data-ports', 'TCP:8080');
});

test('Escape closes the allow dialog without writing anything', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('frontend/web', 'backend/api', 'denied');
  await canvas.drawEdge('frontend/web', 'backend/api');
  await expect(inspector.allowDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(inspector.allowDialog).toBeHidden();
  expect(await app.editor.text()).toBe(WORKSPACE);
});

test('deleting a policy from the inspector reopens the flows; undo brings it back', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('frontend/web', 'backend/api', 'denied');
  await canvas.selectNamespace('backend');
  await inspector.deletePolicy('backend/default-deny-ingress');
  await expect(canvas.edges()).toHaveCount(0);
  await expect(canvas.pod('backend/api')).toContainText('unrestricted');
  await app.undoButton.click();
  await canvas.expectVerdict('frontend/web', 'backend/api', 'denied');
});

test('default-deny egress for a namespace from the inspector', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.selectNamespace('frontend');
  await inspector.addDefaultDeny('egress');
  await expect(canvas.pod('frontend/web')).toContainText('egress isolated');
  await canvas.expectVerdict('frontend/web', 'frontend/admin', 'denied');
  await expect.poll(() => app.editor.text()).toContain('name: default-deny-egress');
});

test('a dragged namespace stays where it was dropped when policies change', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await canvas.expectVerdict('frontend/web', 'backend/api', 'denied');
  const header = canvas.namespace('backend').locator('span', { hasText: 'backend' }).first();
  // The view fits itself to a pasted workspace (animated): wait until it stands still.
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await header.boundingBox());
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
  const before = await header.boundingBox();
  if (!before) throw new Error('namespace not on screen');
  await page.mouse.move(before.x + 5, before.y + 5);
  await page.mouse.down();
  await page.mouse.move(before.x + 45, before.y + 65, { steps: 6 });
  await page.mouse.up();
  const moved = await header.boundingBox();
  expect(moved!.y - before.y).toBeGreaterThan(30);
  await canvas.selectNamespace('frontend');
  await inspector.addDefaultDeny('ingress');
  await canvas.expectVerdict('backend/api', 'frontend/web', 'denied');
  const after = await header.boundingBox();
  expect(Math.round(after!.y)).toBe(Math.round(moved!.y));
  expect(Math.round(after!.x)).toBe(Math.round(moved!.x));
});
