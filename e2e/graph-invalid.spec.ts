import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { docs, pod } from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const WEB = pod('shop', 'web', { app: 'web' });
const DB = pod('shop', 'db', { app: 'db' });

test('invalid YAML in one document: a diagnostic at its line, the rest still drawn', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\n  labels: {app: [x\n';
  const text = docs(WEB, broken, DB);
  await app.editor.paste(text);
  await expect(canvas.pod('shop/web')).toBeVisible();
  await expect(canvas.pod('shop/db')).toBeVisible();
  const brokenLine = text.split('\n').indexOf('  labels: {app: [x') + 1;
  await expect(app.editor.entries().first()).toBeVisible();
  const lines = await app.editor.entries().evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(lines.some((l) => l.includes(String(brokenLine)) || l.includes(String(brokenLine + 1)))).toBe(true);
});

test('breaking a document keeps its last valid version drawn, marked stale', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  const good = docs(WEB, DB);
  await app.editor.paste(good);
  await expect(canvas.pod('shop/db')).toBeVisible();
  await expect(canvas.pod('shop/db')).not.toHaveAttribute('data-stale', 'true');
  await app.editor.paste(good.replace('    app: db', '    app: [db'));
  await expect(canvas.pod('shop/db')).toHaveAttribute('data-stale', 'true');
  await expect(canvas.pod('shop/web')).not.toHaveAttribute('data-stale', 'true');
  await expect(app.editor.entries().first()).toBeVisible();
  // Fixing it brings the live version back.
  await app.editor.paste(good);
  await expect(canvas.pod('shop/db')).not.toHaveAttribute('data-stale', 'true');
});
