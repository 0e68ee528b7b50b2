import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PODS = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c, image: i}]}
---
`;
const ALLOW_CLIENT = `${PODS}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: client}}}]
`;
const DENY_ALL = ALLOW_CLIENT.replace(/ {2}ingress:\n.*\n/, '  ingress: []\n');

test('compare: a snapshot baseline, then an edit shows the lost flow; leaving restores the view', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(ALLOW_CLIENT);
  const edge = page.locator(
    '[data-testid="flow-edge"][data-from="shop/client"][data-to="shop/web"]',
  );
  await expect(edge).toHaveAttribute('data-verdict', 'allowed');

  await page.getByTestId('compare-save-baseline').click();
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toContainText('+0 gained');
  await expect(summary).toContainText('−0 lost');

  await app.editor.paste(DENY_ALL);
  await expect(edge).toHaveAttribute('data-verdict', 'denied');
  await expect(edge).toHaveAttribute('data-changed', 'lost');
  await expect(summary).toHaveAttribute('data-lost', '1');
  await expect(summary).toHaveAttribute('data-gained', '0');
  // Only the changed pair is marked.
  await expect(page.locator('[data-testid="flow-edge"][data-changed]')).toHaveCount(1);

  await page.getByTestId('compare-list-toggle').click();
  const change = page.getByTestId('compare-change');
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute('data-changed', 'lost');
  await expect(change).toContainText('shop/client → shop/web');

  await page.getByTestId('compare-leave').click();
  await expect(summary).toHaveCount(0);
  await expect(edge).toHaveAttribute('data-verdict', 'denied');
  // Outside compare mode the mark means "changed by the last change of the text": the
  // deny-all paste lost this flow too. A change that moves no flow clears every mark.
  await expect(edge).toHaveAttribute('data-changed', 'lost');
  await app.editor.paste(`${DENY_ALL}\n# reviewed\n`);
  await expect(page.locator('[data-testid="flow-edge"][data-changed]')).toHaveCount(0);
  // The baseline stays: compare mode can be resumed, and follows the text.
  await page.getByTestId('compare-resume').click();
  await expect(summary).toHaveAttribute('data-lost', '1');
  await app.editor.paste(ALLOW_CLIENT);
  await expect(summary).toHaveAttribute('data-lost', '0');
  await expect(page.locator('[data-testid="flow-edge"][data-changed]')).toHaveCount(0);
});

test('compare with a file: flows allowed now and denied in the file are gained', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(ALLOW_CLIENT);
  await page.getByTestId('compare-open').setInputFiles({
    name: 'main.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(DENY_ALL),
  });
  const summary = page.getByTestId('compare-summary');
  await expect(summary).toHaveAttribute('data-gained', '1');
  await expect(page.getByTestId('compare-bar')).toContainText('main.yaml');
  await expect(
    page.locator('[data-testid="flow-edge"][data-from="shop/client"][data-to="shop/web"]'),
  ).toHaveAttribute('data-changed', 'gained');
});
