import { analyze } from '@netpol/engine';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { AZURE_VOTE, inNamespace, REDIS_POLICY_SPEC } from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const NS = 'policy-test-app';
const FRONT = `${NS}/azure-vote-front`;
const BACK = `${NS}/azure-vote-back`;

test('the seed walkthrough: deny all, label, draw front → back on TCP 6379, export', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  const inspector = new Inspector(page);
  await app.open();

  // 1. The azure-vote app in policy-test-app: nothing isolated, so no edge is drawn.
  await app.editor.paste(inNamespace(AZURE_VOTE, NS));
  await expect(canvas.pod(FRONT)).toBeVisible();
  await expect(canvas.pod(BACK)).toBeVisible();
  await expect(canvas.namespace(NS)).toBeVisible();
  await expect(canvas.edges()).toHaveCount(0);
  await expect(canvas.pod(FRONT)).toContainText('unrestricted');

  // 2. Deny all ingress in the namespace, from the inspector: front → back turns red.
  await canvas.selectNamespace(NS);
  await inspector.addDefaultDeny('ingress');
  await canvas.expectVerdict(FRONT, BACK, 'denied');
  await canvas.expectVerdict(BACK, FRONT, 'denied');
  await expect(canvas.pod(BACK)).toContainText('ingress isolated');

  // 3. Label the pods as the seed does.
  await canvas.selectPod(BACK);
  await inspector.setLabels({ app: 'azure-vote-back', type: 'redis' });
  await expect(canvas.pod(BACK)).toContainText('type=redis');
  await canvas.selectPod(FRONT);
  await inspector.setLabels({ app: 'azure-vote-front', role: 'redis-client' });
  await expect(canvas.pod(FRONT)).toContainText('role=redis-client');

  // 4. Draw front → back: the dialog proposes the labels and the redis port.
  await canvas.drawEdge(FRONT, BACK);
  await expect(inspector.allowDialog).toBeVisible();
  await expect(inspector.allowDialog.getByTestId('allow-dialog-port')).toHaveValue('6379');
  await expect(inspector.allowDialog.locator('input[data-label="type=redis"]')).toBeChecked();
  await expect(inspector.allowDialog.locator('input[data-label="role=redis-client"]')).toBeChecked();
  await inspector.createAllowPolicy('6379', 'TCP');

  // 5. The edge is green at once, labelled with the port; the way back stays red.
  await canvas.expectVerdict(FRONT, BACK, 'allowed');
  await expect(canvas.edge(FRONT, BACK)).toHaveAttribute('data-ports', 'TCP:6379');
  await canvas.expectVerdict(BACK, FRONT, 'denied');

  // 6. Export: exactly the manifests, valid for the engine; the new policy is redis-policy's spec.
  const exported = await app.exportDownload(/Download all manifests/);
  const result = analyze([{ file: exported.name, text: exported.text }]);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const generated = result.objects.filter((o) => o.kind === 'NetworkPolicy' && o.name !== 'default-deny-ingress');
  expect(generated).toHaveLength(1);
  expect(
    result.objects.filter((o) => !generated.includes(o)).map((o) => `${o.kind}/${o.name}`).sort(),
  ).toEqual([
    'Deployment/azure-vote-back',
    'Deployment/azure-vote-front',
    `Namespace/${NS}`,
    'NetworkPolicy/default-deny-ingress',
    'Service/azure-vote-back',
    'Service/azure-vote-front',
  ]);
  expect(generated[0]?.namespace).toBe(NS);
  expect(generated[0]?.object.spec).toEqual(REDIS_POLICY_SPEC);
});
