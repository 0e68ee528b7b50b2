// The allow dialog as a reviewer would want its output: stable selectors, namespace intents,
// the user's name and placement, and what changed shown after Create.
import type { Page } from '@playwright/test';
import { analyze } from '@netpol/engine';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { docs, pod } from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const namespaceDoc = (name: string, labels: Record<string, string> = {}) =>
  `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
${Object.keys(labels).length ? `  labels:\n${Object.entries(labels).map(([k, v]) => `    ${k}: ${v}`).join('\n')}` : ''}`;

const denyIngress = (ns: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: ${ns}
spec:
  podSelector: {}
  policyTypes:
  - Ingress`;

/** Mid-rollout: two ReplicaSets of svc-0 (v2 and v3) beside svc-1, behind a deny-all. */
const ROLLOUT = docs(
  pod('apps', 'client', { app: 'client', version: 'v1', 'pod-template-hash': '5d9f' }),
  pod('apps', 'svc-0-v3', { app: 'svc-0', version: 'v3', 'pod-template-hash': '7c8d' }, 8080),
  pod('apps', 'svc-0-v2', { app: 'svc-0', version: 'v2', 'pod-template-hash': '6b7a' }, 8080),
  pod('apps', 'svc-1', { app: 'svc-1', version: 'v3', 'pod-template-hash': '1a2b' }, 8080),
  denyIngress('apps'),
);

const WEB_ONLY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-only
  namespace: payments
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes:
  - Ingress
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: shop
      podSelector:
        matchLabels:
          app: web
    ports:
    - protocol: TCP
      port: 8443`;

/** shop's one pod is already allowed into payments/api — by its pod label. */
const SHOP = docs(
  namespaceDoc('shop', { team: 'shop' }),
  namespaceDoc('payments'),
  pod('shop', 'web', { app: 'web' }),
  pod('payments', 'api', { app: 'api' }, 8443),
  WEB_ONLY,
);

async function setup(page: Page, text: string) {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();
  await app.editor.paste(text);
  return { app, canvas, inspector, dialog: inspector.allowDialog };
}

test('a cluster with version and pod-template-hash labels gets neither in the preview', async ({ page }) => {
  const { canvas, dialog } = await setup(page, ROLLOUT);
  await canvas.expectVerdict('apps/client', 'apps/svc-0-v3', 'denied');
  await canvas.drawEdge('apps/client', 'apps/svc-0-v3');
  const preview = dialog.getByTestId('allow-dialog-preview');
  await expect(preview).toContainText('app: svc-0');
  await expect(preview).toContainText('app: client');
  await expect(preview).not.toContainText('version');
  await expect(preview).not.toContainText('pod-template-hash');
  // Both are still there to pick knowingly, marked as unstable and unticked.
  await expect(dialog.locator('input[data-label="version=v3"]')).not.toBeChecked();
  await expect(dialog.getByTestId('allow-dialog-destination')).toContainText('changes with each release');
  await expect(dialog.getByTestId('allow-dialog-destination')).toContainText('differs per rollout or replica');
});

test('namespace → pod writes a namespaceSelector peer, and a pod added later is allowed', async ({ page }) => {
  const { app, canvas, dialog } = await setup(page, SHOP);
  await canvas.expectVerdict('shop/web', 'payments/api', 'allowed');
  await canvas.drawEdge('ns:shop', 'payments/api');
  await expect(dialog).toBeVisible();
  // Not "already allowed": the intent is every pod of shop, not today's one pod.
  const preview = dialog.getByTestId('allow-dialog-preview');
  await expect(preview).toContainText('kubernetes.io/metadata.name: shop');
  // The user picks the namespace's own label instead.
  await dialog.locator('input[data-label="team=shop"]').check();
  await dialog.locator('input[data-label="kubernetes.io/metadata.name=shop"]').uncheck();
  await expect(preview).toContainText('team: shop');
  await dialog.getByTestId('allow-dialog-create').click();
  await expect(dialog).toBeHidden();

  const text = await app.editor.text();
  const result = analyze([{ file: 'w.yaml', text }]);
  const created = result.objects.find((o) => o.kind === 'NetworkPolicy' && o.name !== 'web-only');
  const from = (created?.object as { spec: { ingress: { from: object[] }[] } }).spec.ingress[0]?.from;
  expect(from).toEqual([{ namespaceSelector: { matchLabels: { team: 'shop' } } }]);

  // A pod added to shop afterwards, with labels no policy names, is allowed.
  await app.editor.paste(docs(text, pod('shop', 'cart', { app: 'cart' })));
  await canvas.expectVerdict('shop/cart', 'payments/api', 'allowed');
});

test('a custom name lands in metadata.name, and after Create the document is in view with Undo', async ({ page }) => {
  const many = Array.from({ length: 12 }, (_, i) => pod('apps', `filler-${i}`, { app: `filler-${i}` }));
  const { app, canvas, dialog } = await setup(page, docs(...many, ROLLOUT));
  // Look at the top of the text, so the end (where the policy goes) is out of view.
  await app.editor.focus();
  await expect(app.editor.monaco.locator('.view-lines')).not.toContainText('name: svc-1');
  await canvas.drawEdge('apps/client', 'apps/svc-1');
  const name = dialog.getByTestId('allow-dialog-name');
  await expect(name).toHaveValue('svc-1-policy');
  await name.fill('client-to-svc-1');
  await expect(dialog.getByTestId('allow-dialog-preview')).toContainText('name: client-to-svc-1');
  await dialog.getByTestId('allow-dialog-create').click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => app.editor.text()).toContain('name: client-to-svc-1');
  await expect(app.editor.monaco.locator('.view-lines')).toContainText('name: client-to-svc-1');
  await canvas.expectVerdict('apps/client', 'apps/svc-1', 'allowed');
  // The Create is a change of the text: the flow it opened is marked as gained.
  await expect(canvas.edge('apps/client', 'apps/svc-1')).toHaveAttribute('data-changed', 'gained');
  const notice = app.notice('allow-created');
  await expect(notice).toContainText('Created apps/client-to-svc-1');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => app.editor.text()).not.toContain('client-to-svc-1');
  await canvas.expectVerdict('apps/client', 'apps/svc-1', 'denied');
});

test('"extend" adds a new rule to the chosen policy; "new" never touches another', async ({ page }) => {
  const workspace = docs(SHOP, pod('shop', 'admin', { app: 'admin' }));
  const { app, canvas, dialog } = await setup(page, workspace);
  await canvas.expectVerdict('shop/admin', 'payments/api', 'denied');

  // "new" (the default): web-only stays byte for byte.
  await canvas.drawEdge('shop/admin', 'payments/api');
  await expect(dialog.getByTestId('allow-dialog-placement')).toHaveValue('new');
  await dialog.getByTestId('allow-dialog-create').click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => app.editor.text()).toContain('name: api-policy');
  expect(await app.editor.text()).toContain(WEB_ONLY);
  await app.notice('allow-created').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => app.editor.text()).toBe(workspace);

  // "extend": a second rule in web-only; web's rule keeps its one peer.
  await canvas.drawEdge('shop/admin', 'payments/api');
  await dialog.getByTestId('allow-dialog-placement').selectOption('extend:payments/web-only');
  await expect(dialog.getByTestId('allow-dialog-name')).toBeHidden();
  await expect(dialog.getByTestId('allow-dialog-create')).toHaveText('Add rule');
  await dialog.getByTestId('allow-dialog-create').click();
  await expect(dialog).toBeHidden();
  await canvas.expectVerdict('shop/admin', 'payments/api', 'allowed');
  const result = analyze([{ file: 'w.yaml', text: await app.editor.text() }]);
  const policies = result.objects.filter((o) => o.kind === 'NetworkPolicy');
  expect(policies.map((p) => p.name)).toEqual(['web-only']);
  const ingress = (policies[0]?.object as { spec: { ingress: { from: object[] }[] } }).spec.ingress;
  expect(ingress).toHaveLength(2);
  expect(ingress[0]?.from).toHaveLength(1);
  expect(ingress[1]?.from).toEqual([
    {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } },
      podSelector: { matchLabels: { app: 'admin' } },
    },
  ]);
});

test('pod → Internet: the preset as an ipBlock with the private ranges excepted, and DNS offered', async ({ page }) => {
  const denyEgress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-egress
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
  - Egress`;
  const { canvas, dialog } = await setup(page, docs(pod('shop', 'web', { app: 'web' }), denyEgress));
  await canvas.selectPod('shop/web');
  await page.getByTestId('allow-from-pod').click();
  await expect(dialog.getByTestId('allow-dialog-to')).toBeFocused();
  await page.keyboard.type('Internet');
  await page.keyboard.press('Enter');
  await dialog.getByTestId('allow-dialog-port').fill('443');
  const preview = dialog.getByTestId('allow-dialog-preview');
  await expect(preview).toContainText('cidr: 0.0.0.0/0');
  for (const range of ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'])
    await expect(preview).toContainText(range);
  await expect(preview).toContainText('port: 53');
  await dialog.getByTestId('allow-dialog-dns').uncheck();
  await expect(preview).not.toContainText('port: 53');

  // A custom CIDR typed in the picker is an end too.
  await dialog.getByTestId('allow-dialog-to').fill('203.0.113.0/24');
  await page.keyboard.press('Escape'); // closes the list, not the dialog
  await expect(dialog).toBeVisible();
  await expect(preview).toContainText('cidr: 203.0.113.0/24');
  await expect(preview).not.toContainText('except');
});

const INTERNET_EXCEPT = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'];

type PolicySpec = {
  podSelector: object;
  policyTypes?: string[];
  ingress?: { from?: object[]; ports?: object[] }[];
  egress?: { to?: object[]; ports?: object[] }[];
};

/** The spec of the one policy the workspace did not have before (by name). */
function createdPolicy(text: string, before: readonly string[]): PolicySpec | undefined {
  const result = analyze([{ file: 'w.yaml', text }]);
  const created = result.objects.filter((o) => o.kind === 'NetworkPolicy' && !before.includes(o.name));
  expect(created).toHaveLength(1);
  return (created[0]?.object as { spec: PolicySpec } | undefined)?.spec;
}

const DENY_EGRESS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-egress
  namespace: shop
spec:
  podSelector: {}
  policyTypes:
  - Egress`;

test('an Internet node added from the toolbar: nothing written until a pod is drawn to it, then the preset and DNS', async ({ page }) => {
  const workspace = docs(pod('shop', 'web', { app: 'web' }), DENY_EGRESS);
  const { app, canvas, dialog } = await setup(page, workspace);
  await page.getByTestId('add-network').click();
  await page.getByTestId('add-network-internet').click();
  await expect(page.getByTestId('add-network-dialog')).toBeHidden();
  const node = page.locator('[data-testid="cidr-node"][data-id="internet"]');
  await expect(node).toHaveAttribute('data-added', 'true');
  await expect(node).toContainText('Internet');
  // View state only: the text is what it was.
  expect(await app.editor.text()).toBe(workspace);

  await canvas.drawEdge('shop/web', 'internet');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('allow-dialog-port').fill('443');
  await dialog.getByTestId('allow-dialog-create').click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => app.editor.text()).not.toBe(workspace);
  const spec = createdPolicy(await app.editor.text(), ['deny-egress']);
  expect(spec?.policyTypes).toEqual(['Egress']);
  expect(spec?.egress).toContainEqual({
    to: [{ ipBlock: { cidr: '0.0.0.0/0', except: INTERNET_EXCEPT } }],
    ports: [{ protocol: 'TCP', port: 443 }],
  });
  // The DNS rule the now egress-isolated pod needs.
  const dns = spec?.egress?.find((rule) => JSON.stringify(rule.ports).includes('53'));
  expect(dns?.ports).toEqual(
    expect.arrayContaining([
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 53 },
    ]),
  );
  // Now the YAML names the network: its node is the policy's, drawn once.
  await expect(page.locator('[data-testid="cidr-node"][data-id="cidr:0.0.0.0/0"]')).toBeVisible();
  await expect(node).toHaveCount(0);
});

test('a custom CIDR node from the palette, kept across a reload, drawn to a pod: an ingress ipBlock', async ({ page }) => {
  const workspace = docs(pod('apps', 'svc-1', { app: 'svc-1' }, 8080), denyIngress('apps'));
  const { app, canvas, dialog } = await setup(page, workspace);
  // Out of the YAML editor (Monaco owns Ctrl+K there), then the palette.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+K');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await page.keyboard.type('add external network');
  await expect(palette.locator('[role="option"][aria-selected="true"]')).toContainText('Add external network…');
  await page.keyboard.press('Enter');
  const input = page.getByTestId('add-network-cidr');
  await expect(input).toBeFocused();
  // Validated by the engine's CIDR parser: /33 is no IPv4 prefix.
  await input.fill('203.0.113.0/33');
  await expect(page.getByTestId('add-network-problem')).toBeVisible();
  await expect(page.getByTestId('add-network-submit')).toBeDisabled();
  await input.fill('203.0.113.0/24');
  await page.keyboard.press('Enter');
  const id = 'cidr:203.0.113.0/24';
  const node = page.locator(`[data-testid="cidr-node"][data-id="${id}"]`);
  await expect(node).toHaveAttribute('data-added', 'true');
  expect(await app.editor.text()).toBe(workspace);

  // Saved with the workspace's view state, like node positions.
  await expect
    .poll(() => page.evaluate(() => JSON.stringify({ ...localStorage })))
    .toContain('203.0.113.0/24');
  await page.reload();
  await expect(node).toBeVisible();
  await app.editor.ready();
  await expect.poll(() => app.editor.text()).toBe(workspace);

  await canvas.drawEdge(id, 'apps/svc-1');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('allow-dialog-create').click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => app.editor.text()).not.toBe(workspace);
  const spec = createdPolicy(await app.editor.text(), ['default-deny-ingress']);
  expect(spec?.policyTypes).toEqual(['Ingress']);
  expect(spec?.ingress?.[0]?.from).toEqual([{ ipBlock: { cidr: '203.0.113.0/24' } }]);
  await canvas.expectVerdict(id, 'apps/svc-1', 'allowed');
});
