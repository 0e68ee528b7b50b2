import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';

// A `kubectl get pods -o yaml` dump: 12 raw Pods of 3 Deployments, as a person pastes it.
test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

const DEPLOYMENTS = [
  { name: 'web', hash: '5c9f7d8b4', port: 80 },
  { name: 'api', hash: '7d4f9c6b5', port: 8080 },
  { name: 'db', hash: '6b8d5f7c9', port: 5432 },
];

function podYaml(d: (typeof DEPLOYMENTS)[number], i: number, extraLabel = ''): string {
  return `- apiVersion: v1
  kind: Pod
  metadata:
    name: ${d.name}-${d.hash}-p${i}x
    namespace: shop
    labels: {app: ${d.name}, pod-template-hash: "${d.hash}"${extraLabel}}
    ownerReferences:
    - {apiVersion: apps/v1, kind: ReplicaSet, name: ${d.name}-${d.hash}, controller: true, uid: u-${d.name}}
  spec:
    containers:
    - name: c
      ports: [{containerPort: ${d.port}}]
  status:
    podIP: 10.0.${DEPLOYMENTS.indexOf(d)}.${i + 10}
`;
}

const POLICIES = `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-to-api, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-egress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  egress:
  - to: [{podSelector: {matchLabels: {app: api}}}]
    ports: [{port: 8080}]
`;

const dump = (dbLabel: (i: number) => string = () => '') =>
  `apiVersion: v1
kind: List
items:
${DEPLOYMENTS.flatMap((d) => [0, 1, 2, 3].map((i) => podYaml(d, i, d.name === 'db' ? dbLabel(i) : ''))).join('')}${POLICIES}`;

async function paste(page: Page, text: string) {
  const app = new AppPage(page);
  await app.open();
  await app.editor.paste(text);
  return new Canvas(page);
}

test('raw Pods of one Deployment are one node with a count; its flows and explanations use that node', async ({ page }) => {
  const canvas = await paste(page, dump());
  await expect(canvas.pods()).toHaveCount(3);
  for (const d of DEPLOYMENTS) await expect(canvas.pod(`shop/${d.name}`)).toHaveAttribute('data-count', '4');
  await expect(page.getByTestId('workspace-summary')).toContainText('12 pods');
  await canvas.expectVerdict('shop/web', 'shop/api', 'allowed');
  await canvas.expectVerdict('shop/api', 'shop/web', 'denied');
  await page.screenshot({ path: 'screenshots/grouping-1280.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(canvas.pod('shop/web')).toBeVisible();
  await page.screenshot({ path: 'screenshots/grouping-1920.png' });

  await canvas.clickEdge('shop/web', 'shop/api');
  const explain = page.getByTestId('explain-panel');
  await expect(explain).toHaveAttribute('data-from', 'shop/web');
  await expect(explain).toHaveAttribute('data-to', 'shop/api');
  await expect(explain.getByTestId('explain-verdict')).toHaveAttribute('data-allowed', 'true');
});

test('pods of one Deployment whose verdicts differ stay apart: the picture stays true', async ({ page }) => {
  // One db pod is the primary, and only the primary takes traffic from api.
  const canvas = await paste(
    page,
    `${dump((i) => (i === 0 ? ', role: primary' : ''))}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-to-primary, namespace: shop}
spec:
  podSelector: {matchLabels: {role: primary}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: api}}}]
`,
  );
  await expect(canvas.pod('shop/web')).toHaveAttribute('data-count', '4');
  await expect(canvas.pod('shop/db')).toHaveCount(0);
  await expect(canvas.root.locator('[data-testid="pod-node"][data-pod^="shop/db-"]')).toHaveCount(4);
  await expect(canvas.pods()).toHaveCount(2 + 4);
});

test('the policy view from the editor and from a pod: the cursor in a policy, or its name on a pod, selects it', async ({ page }) => {
  const canvas = await paste(page, dump());
  const item = (id: string) => page.locator(`[data-testid="policy-item"][data-policy="${id}"]`);
  await expect(canvas.pods()).toHaveCount(3);
  await expect(canvas.root.locator('[data-testid="pod-node"][data-highlight]')).toHaveCount(0);

  // Click into the text of web-to-api in the editor.
  await page.getByTestId('monaco-host').locator('.view-line', { hasText: 'ports: [{port: 8080}]' }).first().click();
  await expect(item('shop/web-to-api')).toHaveAttribute('data-selected', 'true');
  // Grouped nodes stand for their pods: api's four are its targets, web's four its peers.
  await expect(canvas.pod('shop/api')).toHaveAttribute('data-highlight', 'target');
  await expect(canvas.pod('shop/web')).toHaveAttribute('data-highlight', 'peer');
  await expect(canvas.pod('shop/db')).toHaveAttribute('data-highlight', 'none');

  // Select the web pod, then the name of a policy among those selecting it.
  await canvas.selectPod('shop/web');
  const details = page.getByTestId('pod-details');
  await expect(details).toHaveAttribute('data-pod', 'shop/web');
  await details.getByRole('button', { name: 'web-egress' }).click();
  await expect(item('shop/web-egress')).toHaveAttribute('data-selected', 'true');
  await expect(canvas.pod('shop/web')).toHaveAttribute('data-highlight', 'target');
  await expect(canvas.pod('shop/api')).toHaveAttribute('data-highlight', 'peer');
  await expect(canvas.pod('shop/db')).toHaveAttribute('data-highlight', 'none');
});
