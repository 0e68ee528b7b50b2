import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Records every CSP violation in the page (and its workers' reports to the page). */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return file;
}

test('the server sends the CSP and frame protection; the page carries the CSP as a meta tag', async ({
  page,
}) => {
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).toContain("worker-src 'self' blob:");
});

test('editor, its workers, the analysis worker, share link and PNG/SVG export run with no CSP violation', async ({
  page,
  browser,
}) => {
  await recordViolations(page);
  const app = new AppPage(page);
  await app.open();
  await app.openExample('Walkthrough 2: allow the front end to redis');
  // The analysis worker drew the graph; monaco-yaml's worker validates the schema.
  await expect(page.getByTestId('flow-edge').first()).toBeAttached();
  await page.evaluate(() =>
    window.__netpol?.setText(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec:\n  bogus: 1\n',
    ),
  );
  await expect
    .poll(async () => (await app.editor.markers()).some((m) => m.owner !== 'netpol-engine'))
    .toBe(true);
  await app.openExample('Walkthrough 2: allow the front end to redis', 'replace');
  await expect(page.getByTestId('flow-edge').first()).toBeAttached();

  const png = await download(page, 'export-png');
  expect(png.suggestedFilename()).toBe('netpol-canvas.png');
  const svg = await download(page, 'export-svg');
  expect(svg.suggestedFilename()).toBe('netpol-canvas.svg');

  await page.getByTestId('share-button').click();
  const url = await page.getByTestId('share-link').getByTestId('share-link-url').inputValue();
  expect(await violations(page)).toEqual([]);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await recordViolations(other);
    await other.goto(url);
    await expect(other.getByTestId('pod-node').first()).toBeVisible();
    expect(await violations(other)).toEqual([]);
  } finally {
    await fresh.close();
  }
});
