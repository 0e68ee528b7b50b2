import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Canvas } from './pages/Canvas';
import {
  AZURE_VOTE,
  DEFAULT_DENY_INGRESS,
  docs,
  pod,
  TEST_NETWORK_POLICY,
  WEB_DENY_ALL,
} from './seedScenarios';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('azure-vote alone: two workloads in default, open to each other, no edges', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(AZURE_VOTE);
  await expect(canvas.pods()).toHaveCount(2);
  await expect(canvas.pod('default/azure-vote-back')).toBeVisible();
  await expect(canvas.pod('default/azure-vote-front')).toBeVisible();
  await expect(canvas.namespaces()).toHaveCount(1);
  await expect(canvas.namespace('default')).toBeVisible();
  await expect(canvas.edges()).toHaveCount(0);
  await expect(canvas.pod('default/azure-vote-back')).toContainText('unrestricted');
});

test('default-deny-ingress over azure-vote: every pair red, both pods ingress-isolated', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(docs(AZURE_VOTE, DEFAULT_DENY_INGRESS));
  await canvas.expectVerdict('default/azure-vote-front', 'default/azure-vote-back', 'denied');
  await canvas.expectVerdict('default/azure-vote-back', 'default/azure-vote-front', 'denied');
  await expect(canvas.edges()).toHaveCount(2);
  await expect(canvas.pod('default/azure-vote-back')).toContainText('ingress isolated');
});

test('web-deny-all: only traffic into app=web is denied', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(docs(pod('default', 'web', { app: 'web' }), pod('default', 'client', { app: 'client' }), WEB_DENY_ALL));
  await canvas.expectVerdict('default/client', 'default/web', 'denied');
  // web → client: neither web's egress nor client's ingress is isolated: open, not drawn.
  await expect(canvas.edge('default/web', 'default/client')).toHaveCount(0);
  await expect(canvas.edges()).toHaveCount(1);
  await expect(canvas.pod('default/client')).toContainText('unrestricted');
});

test('test-network-policy: frontend → db on TCP 6379, db egress only to 10.0.0.0/24', async ({ page }) => {
  const app = new AppPage(page);
  const canvas = new Canvas(page);
  await app.open();
  await app.editor.paste(
    docs(
      pod('default', 'db', { role: 'db' }, 6379),
      pod('default', 'frontend', { role: 'frontend' }),
      pod('default', 'other', { role: 'other' }),
      TEST_NETWORK_POLICY,
    ),
  );
  await canvas.expectVerdict('default/frontend', 'default/db', 'allowed');
  await expect(canvas.edge('default/frontend', 'default/db')).toHaveAttribute('data-ports', 'TCP:6379');
  await canvas.expectVerdict('default/other', 'default/db', 'denied');
  await canvas.expectVerdict('default/db', 'default/frontend', 'denied');
  // The ipBlocks are drawn as external nodes with their own edges.
  await expect(page.locator('[data-testid="cidr-node"][data-cidr="10.0.0.0/24"]')).toBeVisible();
  await expect(page.locator('[data-testid="cidr-node"][data-cidr="172.17.0.0/16"]')).toBeVisible();
  await canvas.expectVerdict('default/db', 'cidr:10.0.0.0/24', 'allowed');
  await expect(canvas.edge('default/db', 'cidr:10.0.0.0/24')).toHaveAttribute('data-ports', 'TCP:5978');
  await canvas.expectVerdict('cidr:172.17.0.0/16', 'default/db', 'allowed');

  // The port filter: on TCP 80, frontend → db is denied (the rule allows only 6379).
  await canvas.setPort('80');
  await canvas.expectVerdict('default/frontend', 'default/db', 'denied');
  await canvas.setPort('6379');
  await canvas.expectVerdict('default/frontend', 'default/db', 'allowed');
  await expect(canvas.edge('default/frontend', 'default/db')).toHaveAttribute('data-ports', 'TCP:6379');
  await canvas.setProtocol('UDP');
  await canvas.expectVerdict('default/frontend', 'default/db', 'denied');
});
