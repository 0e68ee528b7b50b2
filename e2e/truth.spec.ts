// Issue 8 in the app: the picture is a function of the text; a stale copy is marked as one.
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { docs, pod } from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const policy = (cidr: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-in
  namespace: a
spec:
  podSelector:
    matchLabels:
      app: db
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: web
    - ipBlock:
        cidr: ${cidr}
`;

const overview = (app: AppPage) => app.page.getByTestId('selection-overview');

/** Types a short comment at the very end of the text, as a person types elsewhere. */
async function typeAtEnd(app: AppPage, line: string): Promise<void> {
  await app.editor.focus();
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.keyboard.type(line);
}

test('finding 2: with a/web and b/web, breaking b/web and typing elsewhere keeps both drawn', async ({
  page,
}) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  const text = docs(pod('a', 'web', { app: 'web' }), pod('b', 'web', { app: 'web' }));
  await app.editor.paste(text);
  await expect(canvas.pod('a/web')).toBeVisible();
  await expect(canvas.pod('b/web')).toBeVisible();
  // Break b/web's YAML (an unclosed flow sequence), then type somewhere else.
  const broken = text.replace(
    'namespace: b\n  labels:\n    app: web',
    'namespace: b\n  labels:\n    app: [web',
  );
  expect(broken).not.toBe(text);
  await app.editor.paste(broken);
  await expect(canvas.pod('b/web')).toHaveAttribute('data-stale', 'true');
  await typeAtEnd(app, '# note');
  await expect.poll(() => app.editor.text()).toContain('# note');
  await expect(canvas.pod('a/web')).toBeVisible();
  await expect(canvas.pod('a/web')).not.toHaveAttribute('data-stale', 'true');
  await expect(canvas.pod('b/web')).toHaveAttribute('data-stale', 'true');
  const syntax = app.editor.entries().and(page.locator('[data-severity="error"]'));
  await expect(syntax.first()).toBeVisible();
});

test('finding 3: a policy made invalid is out of force at once, as in a fresh tab', async ({
  page,
}) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  const valid = docs(
    pod('a', 'web', { app: 'web' }),
    pod('a', 'db', { app: 'db' }),
    policy('10.0.0.0/16'),
  );
  await app.editor.paste(valid);
  await canvas.expectVerdict('a/web', 'a/db', 'allowed');
  await expect(overview(app)).toHaveAttribute('data-policies-in-force', '1');
  await app.editor.paste(valid.replace('10.0.0.0/16', '10.0.0.300/16'));
  await expect(overview(app)).toHaveAttribute('data-policies-in-force', '0');
  await expect(overview(app)).toContainText('0 policies in force');
  // Nothing isolates db any more: no verdict edge is drawn, and nothing is stale.
  await expect(canvas.edges()).toHaveCount(0);
  await expect(canvas.root.locator('[data-stale="true"]')).toHaveCount(0);
  const invalid = page.locator('[data-testid="diagnostic"][data-severity="error"]');
  await expect(invalid.first()).toContainText('10.0.0.300/16');
  // A reload (the same text, no history) draws the same picture.
  await page.reload();
  await app.editor.ready();
  await expect(overview(app)).toHaveAttribute('data-policies-in-force', '0');
  await expect(canvas.pod('a/db')).toBeVisible();
  await expect(canvas.edges()).toHaveCount(0);
});

test('a policy with a syntax error is drawn from its last valid version, and says so', async ({
  page,
}) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  const valid = docs(
    pod('a', 'web', { app: 'web' }),
    pod('a', 'db', { app: 'db' }),
    policy('10.0.0.0/16'),
  );
  await app.editor.paste(valid);
  await canvas.expectVerdict('a/web', 'a/db', 'allowed');
  await expect(canvas.edge('a/web', 'a/db')).not.toHaveAttribute('data-stale', 'true');
  await app.editor.paste(valid.replace('          app: web', '          app: [web'));
  await expect(page.getByTestId('stale-summary')).toHaveText(
    /1 policy shown from its last valid version/,
  );
  await expect(overview(app)).toHaveAttribute('data-policies-in-force', '0');
  await expect(canvas.edge('a/web', 'a/db')).toHaveAttribute('data-stale', 'true');
  await expect(canvas.edge('a/web', 'a/db')).toHaveAttribute('data-verdict', 'allowed');
  // After a reload the broken document shows only its diagnostics: nothing stale is kept.
  await page.reload();
  await app.editor.ready();
  await expect(page.getByTestId('stale-summary')).toHaveCount(0);
  await expect(canvas.root.locator('[data-stale="true"]')).toHaveCount(0);
  await expect(overview(app)).toHaveAttribute('data-policies-in-force', '0');
});

test('finding 7: keys named after Object.prototype members draw like any other', async ({
  page,
}) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  const text = docs(
    'apiVersion: v1\nkind: Namespace\nconstructor: {}\nmetadata:\n  name: flow\n  labels:\n    toString: x\n',
    pod('flow', 'web', { app: 'web' }).replace(
      'spec:\n',
      'spec:\n  __proto__: {a: 1}\n  hasOwnProperty: {}\n',
    ),
  );
  await app.editor.paste(text);
  await expect(canvas.pod('flow/web')).toBeVisible();
  await expect(page.locator('[data-testid="namespace-node"][data-namespace="flow"]')).toBeVisible();
  await expect(page.locator('[data-testid="diagnostic"][data-code="LOAD_INTERNAL"]')).toHaveCount(
    0,
  );
  // And it survives a reload.
  await page.reload();
  await app.editor.ready();
  await expect(canvas.pod('flow/web')).toBeVisible();
});

test('an empty workspace shows a hint, not an error', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste('# nothing yet\n');
  await expect(page.getByTestId('empty-workspace-hint')).toBeVisible();
  await expect(page.locator('[data-testid="diagnostic"][data-severity="error"]')).toHaveCount(0);
});
