import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { Inspector } from './pages/Inspector';

const PODS = ['azure-vote-back', 'azure-vote-front'];

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return file;
}

async function bytesOf(file: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function openWalkthrough(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.openExample('Walkthrough 2: allow the front end to redis');
  await expect(page.getByTestId('flow-edge').first()).toBeAttached();
  return app;
}

test('PNG of the whole graph: a real PNG of sane size', async ({ page }) => {
  await openWalkthrough(page);
  // Zoom far in, so the pane shows only part of the graph: the picture must still hold all of it.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  const file = await download(page, 'export-png');
  expect(file.suggestedFilename()).toBe('netpol-canvas.png');
  const png = await bytesOf(file);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(200);
  expect(height).toBeGreaterThan(100);
  expect(width).toBeLessThanOrEqual(8192);
  expect(height).toBeLessThanOrEqual(8192);
  expect(png.length).toBeGreaterThan(5_000);
  await file.saveAs('screenshots/netpol-canvas.png');
});

test('SVG of the whole graph: well-formed XML holding the pod names, and it renders', async ({
  page,
  browser,
}) => {
  await openWalkthrough(page);
  const file = await download(page, 'export-svg');
  expect(file.suggestedFilename()).toBe('netpol-canvas.svg');
  const svg = (await bytesOf(file)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      width: doc.documentElement.getAttribute('width'),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(Number(parsed.width)).toBeGreaterThan(200);
  for (const pod of PODS) expect(svg).toContain(pod);
  // A real vector picture (Inkscape, slide tools): paths and text, no HTML inside foreignObject;
  // with a title and a legend.
  expect(svg).not.toContain('foreignObject');
  expect(svg).toMatch(/<text [^>]*>[^<]*azure-vote-front<\/text>/);
  expect(svg).toContain('<title>Network policies of policy-test-app');
  expect(svg).toContain('>allowed</text>');
  expect(svg).toContain('>denied</text>');
  await file.saveAs('screenshots/netpol-canvas.svg');

  // Rendered by the browser on its own, as a reviewer's image viewer would.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const viewer = await context.newPage();
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await viewer.setContent(
      `<body style="margin:0;background:#888"><img id="p" src="${src}"></body>`,
    );
    await expect
      .poll(() =>
        viewer.evaluate(() => (document.getElementById('p') as HTMLImageElement).naturalWidth),
      )
      .toBeGreaterThan(200);
    await viewer.locator('#p').screenshot({ path: 'screenshots/netpol-canvas-svg-rendered.png' });
  } finally {
    await context.close();
  }
});

test('matrix as CSV and Markdown: one row per source pod', async ({ page }) => {
  await openWalkthrough(page);
  await page.getByTestId('port-filter').fill('6379');
  const inspector = new Inspector(page);
  await inspector.openTab('matrix');
  await expect(
    inspector.matrixCell('policy-test-app/azure-vote-front', 'policy-test-app/azure-vote-back'),
  ).toHaveAttribute('data-allowed', 'true');

  const csvFile = await download(page, 'matrix-export-csv');
  expect(csvFile.suggestedFilename()).toBe('netpol-matrix-tcp-6379.csv');
  const csv = (await bytesOf(csvFile)).toString('utf8');
  expect(csv.trimEnd().split('\r\n')).toEqual([
    'source \\ destination,policy-test-app/azure-vote-back,policy-test-app/azure-vote-front',
    'policy-test-app/azure-vote-back,allowed,denied',
    'policy-test-app/azure-vote-front,allowed,allowed',
  ]);

  const mdFile = await download(page, 'matrix-export-md');
  expect(mdFile.suggestedFilename()).toBe('netpol-matrix-tcp-6379.md');
  const md = (await bytesOf(mdFile)).toString('utf8');
  expect(md).toContain('Reachability on TCP 6379');
  expect(md.trimEnd().split('\n').slice(-2)).toEqual([
    '| policy-test-app/azure-vote-back | ✓ | ✗ |',
    '| policy-test-app/azure-vote-front | ✓ | ✓ |',
  ]);
});

test('PNG of a graph of several namespaces holds every namespace', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('gallery-button').click();
  await page
    .locator('[data-recipe="deny-from-other-namespaces"]')
    .getByTestId('gallery-open')
    .click();
  await expect(page.getByTestId('namespace-node')).toHaveCount(3);
  const png = await download(page, 'export-png');
  await png.saveAs('screenshots/netpol-canvas-namespaces.png');
  const svg = (await bytesOf(await download(page, 'export-svg'))).toString('utf8');
  for (const name of ['secondary', 'default', 'monitoring', 'prometheus', 'client'])
    expect(svg).toContain(name);
});

test('a big graph (drawn lazily on screen) is pictured whole', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const names = Array.from({ length: 240 }, (_, i) => `pod-${String(i).padStart(3, '0')}`);
  const yaml = names
    .map(
      (name, i) =>
        // A label of its own per pod: pods with identical labels would be drawn as one group.
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ns-${i % 4}\n  labels:\n    app: a${i % 7}\n    id: ${name}\n`,
    )
    .join('---\n');
  await page.evaluate((text) => window.__netpol?.setText(text), yaml);
  await expect(page.getByTestId('namespace-node')).toHaveCount(4);
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
  const svgFile = await download(page, 'export-svg');
  const svg = (await bytesOf(svgFile)).toString('utf8');
  const missing = names.filter((name) => !svg.includes(`>${name}<`));
  expect(missing).toEqual([]);
  const png = await download(page, 'export-png');
  await png.saveAs('screenshots/netpol-canvas-240-pods.png');
});
