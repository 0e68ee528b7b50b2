import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// Egress rules that policyTypes leaves out (NPL002, on line 9 where the list starts).
const WORKSPACE = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-policy
  namespace: shop
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes:
  - Ingress
  ingress:
  - ports: [{port: 80}]
  egress:
  - ports: [{port: 443}]
`;

test('lints: a marker at the field, an entry in the inspector, and a quick fix that applies the engine fix', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(WORKSPACE);

  // The marker sits on the policyTypes list (line 14, column 3), owned by the linter.
  await expect
    .poll(async () => (await app.editor.markers()).filter((m) => m.owner === 'netpol-lint'))
    .toEqual([expect.objectContaining({ line: 14, column: 3 })]);

  await page.getByTestId('inspector-tab-lints').click();
  const item = page
    .getByTestId('lint-list')
    .locator('[data-testid="lint-item"][data-code="NPL002"]');
  await expect(item).toHaveAttribute('data-line', '14');
  await expect(item).toContainText('policyTypes lacks Egress');

  // Clicking the entry puts the cursor on the field; Ctrl+. opens Monaco's quick fixes.
  await item.getByRole('button', { name: /NPL002/ }).click();
  await expect.poll(() => app.editor.cursor()).toEqual({ line: 14, column: 3 });
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget').getByText('Add Egress to policyTypes (NPL002)');
  await expect(fix).toBeVisible();
  await page.keyboard.press('Enter');

  await expect.poll(() => app.editor.text()).toContain('  policyTypes:\n  - Ingress\n  - Egress\n');
  await expect(item).toHaveCount(0);
  // Now that the egress rules are in force, the pod is egress-isolated without DNS: NPL001
  // points at the policy's name (line 9, column 9).
  const dns = page.locator('[data-testid="lint-item"][data-code="NPL001"]');
  await expect(dns).toHaveAttribute('data-line', '9');
  await expect
    .poll(async () => (await app.editor.markers()).filter((m) => m.owner === 'netpol-lint'))
    .toEqual([expect.objectContaining({ line: 9, column: 9 })]);

  // The fix is one step of the one history.
  await page.getByTestId('undo-button').click();
  await expect.poll(() => app.editor.text()).toBe(WORKSPACE);
  await expect(item).toBeVisible();
});

test('lints: the Fix button of the list applies the same edit', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(WORKSPACE);
  await page.getByTestId('inspector-tab-lints').click();
  const item = page.locator('[data-testid="lint-item"][data-code="NPL002"]');
  await item.getByTestId('lint-fix').click();
  await expect.poll(() => app.editor.text()).toContain('  - Ingress\n  - Egress\n');
  await expect(item).toHaveCount(0);
});
