import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The shipped example with the three tiers: Admin (vault-lockdown, shop-internal), a NetworkPolicy, Baseline. */
const EXAMPLE = readFileSync(
  new URL('../public/examples/cluster-tiers.yaml', import.meta.url),
  'utf8',
);

test('the cluster tiers are listed apart, in evaluation order, and a policy shows its subject and rules', async ({
  page,
}) => {
  const app = new AppPage(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(EXAMPLE);
  await inspector.openTab('selection');
  // The summary counts both kinds, apart: the cluster policies decide traffic too.
  const overview = inspector.root.getByTestId('selection-overview');
  await expect(overview).toHaveAttribute('data-policies-in-force', '1');
  await expect(overview).toHaveAttribute('data-cluster-policies-in-force', '3');
  await expect(inspector.root.getByTestId('workspace-summary')).toContainText(
    '1 NetworkPolicy and 3 ClusterNetworkPolicies in force',
  );
  const items = inspector.root.getByTestId('cluster-policy-item');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveAttribute('data-policy', 'vault-lockdown');
  await expect(items.nth(0)).toHaveAttribute('data-tier', 'Admin');
  await expect(items.nth(0)).toHaveAttribute('data-priority', '10');
  await expect(items.nth(1)).toHaveAttribute('data-policy', 'shop-internal');
  await expect(items.nth(2)).toHaveAttribute('data-tier', 'Baseline');
  await expect(items.nth(2)).toHaveAttribute('data-priority', '100');
  // The namespaced NetworkPolicy stays in its own list.
  await expect(
    inspector.root.locator('[data-testid="policy-list"] [data-policy="shop/db-from-web"]'),
  ).toBeVisible();
  await items.nth(0).getByRole('button', { name: 'vault-lockdown' }).click();
  const details = items.nth(0).getByTestId('cluster-policy-details');
  await expect(details).toContainText('sensitivity=high');
  await expect(details.getByTestId('cluster-policy-rule')).toHaveCount(2);
  await expect(details.getByTestId('cluster-policy-rule').nth(0)).toHaveAttribute(
    'data-action',
    'Accept',
  );
  await expect(details.getByTestId('cluster-policy-rule').nth(1)).toHaveAttribute(
    'data-action',
    'Deny',
  );
  const policyLine = EXAMPLE.split('\n').indexOf('  name: vault-lockdown');
  await expect
    .poll(async () => (await app.editor.cursor()).line)
    .toBeGreaterThanOrEqual(policyLine - 3);
});

test('an Admin Deny is drawn and explained as the tier chain, linked to its rule', async ({
  page,
}) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(EXAMPLE);
  await canvas.setPort('8200');
  // No NetworkPolicy isolates vault/secrets: the edge is drawn because a tier decides it.
  await canvas.expectVerdict('shop/web', 'vault/secrets', 'denied');
  await expect(canvas.edge('shop/web', 'vault/secrets')).toHaveAttribute('data-tier', 'Admin');
  await expect(canvas.edge('monitoring/prometheus', 'vault/secrets')).toHaveAttribute(
    'data-verdict',
    'allowed',
  );
  await canvas.clickEdge('shop/web', 'vault/secrets');
  await expect(inspector.explainPanel.getByTestId('explain-verdict')).toHaveAttribute(
    'data-verdict',
    'denied',
  );
  const ingress = inspector.explainPanel.locator(
    '[data-testid="explain-tier-chain"][data-direction="ingress"]',
  );
  await expect(ingress.getByTestId('explain-tier-step')).toHaveCount(1);
  await expect(ingress.getByTestId('explain-tier-step').first()).toHaveAttribute(
    'data-tier',
    'Admin',
  );
  await expect(ingress.getByTestId('explain-tier-step').first()).toHaveAttribute(
    'data-outcome',
    'Deny',
  );
  await expect(ingress).toContainText('deny-everyone-else');
  const egress = inspector.explainPanel.locator(
    '[data-testid="explain-tier-chain"][data-direction="egress"]',
  );
  await expect(egress.getByTestId('explain-tier-step')).toHaveCount(4);
  await expect(egress.getByTestId('explain-tier-step').last()).toHaveAttribute(
    'data-tier',
    'default',
  );
  await ingress.getByTestId('explain-tier-rule-link').click();
  const ruleLine = EXAMPLE.split('\n').indexOf('  - name: deny-everyone-else');
  await expect.poll(async () => (await app.editor.cursor()).line).toBeGreaterThanOrEqual(ruleLine);
});

test('draw-to-allow refuses a flow an Admin Deny decides, and names the rule', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(EXAMPLE);
  await canvas.expectVerdict('shop/web', 'vault/secrets', 'denied');
  await canvas.drawEdge('shop/web', 'vault/secrets');
  await expect(inspector.allowDialog).toBeVisible();
  const refused = inspector.allowDialog.getByTestId('allow-dialog-refused');
  await expect(refused).toContainText('vault-lockdown');
  await expect(refused).toContainText('deny-everyone-else');
  await expect(inspector.allowDialog.getByTestId('allow-dialog-create')).toBeDisabled();
});

test('a priority tie with different actions is drawn, listed and explained as ambiguous', async ({
  page,
}) => {
  // shop-internal moved to vault-lockdown's priority, over every namespace, accepting from shop.
  const tied = EXAMPLE.replace('  priority: 20\n', '  priority: 10\n')
    .replace('    action: Pass\n', '    action: Accept\n')
    .replace(
      '  subject:\n    namespaces:\n      matchLabels:\n        kubernetes.io/metadata.name: shop\n  ingress:\n  - name: pass-inside-shop',
      '  subject:\n    namespaces: {}\n  ingress:\n  - name: pass-inside-shop',
    );
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(tied);
  await canvas.setPort('8200');
  await expect(canvas.edge('shop/web', 'vault/secrets')).toHaveAttribute(
    'data-verdict',
    'ambiguous',
  );
  await inspector.openTab('matrix');
  await expect(inspector.matrixCell('shop/web', 'vault/secrets')).toHaveAttribute(
    'data-verdict',
    'ambiguous',
  );
  await inspector.matrixCell('shop/web', 'vault/secrets').click();
  await inspector.openTab('explain');
  await expect(inspector.explainPanel.getByTestId('explain-verdict')).toHaveAttribute(
    'data-verdict',
    'ambiguous',
  );
  const step = inspector.explainPanel.locator(
    '[data-testid="explain-tier-step"][data-outcome="ambiguous"]',
  );
  await expect(step).toContainText('vault-lockdown');
  await expect(step).toContainText('shop-internal');
});
