// The longest main-thread task while a large input is opened, analysed and drawn
// (issue 11's budgets: none over 200 ms at 5,000 pods, none over 2 s at any size).
// Inputs come in through the Open… button, as a person opens a file (not a typed paste):
//   5,000 pods (500 policies), 20,000 pods, and 100,000 small documents (Namespaces).
// Usage: pnpm build && pnpm bench:longtasks [--only 5k|20k|100k]
//   BENCH_DIST=/path/to/dist measures another build (e.g. main's, for a before/after);
//   BENCH_PORT changes the port (4475).
// Long tasks come from PerformanceObserver('longtask') (tasks over 50 ms). A scenario ends
// when the graph has been painted after the last analysis and the page has been quiet
// (no long task) for 3 s, or after 240 s.
/* global window, document -- functions passed to the page run there */
import { chromium } from '@playwright/test';
import { generateWorkspace, startPreview } from './bench-app.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4475);
const ONLY = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
const QUIET_MS = 3000;
const LIMIT_MS = 240_000;

function smallDocuments(count) {
  const docs = [];
  for (let i = 0; i < count; i++)
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: n-${i}`);
  return docs.join('\n---\n');
}

const SCENARIOS = [
  {
    id: '5k',
    label: '5,000 pods, 500 policies',
    budgetMs: 200,
    text: () => generateWorkspace(5000, 500),
  },
  {
    id: '20k',
    label: '20,000 pods, 400 policies',
    budgetMs: 2000,
    text: () => generateWorkspace(20000, 400),
  },
  {
    id: '100k',
    label: '100,000 small documents',
    budgetMs: 2000,
    text: () => smallDocuments(100_000),
  },
];

function recordLongTasks() {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function runScenario(browser, scenario) {
  const text = scenario.text();
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordLongTasks);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
    const t0 = await page.evaluate(() => {
      window.__longtasks = [];
      performance.clearMarks();
      return performance.now();
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('open-files-button').click();
    await (
      await chooser
    ).setFiles([{ name: 'big.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) }]);
    // A replace dialog may ask first (the example counts as edited on some builds).
    const replace = page.getByTestId('replace-dialog');
    if (await replace.isVisible().catch(() => false))
      await replace.getByRole('button', { name: 'Replace' }).click();
    const result = await page.evaluate(
      ({ t0, quietMs, limitMs }) =>
        new Promise((resolve) => {
          const check = () => {
            const now = performance.now();
            const tasks = window.__longtasks.filter((t) => t.start >= t0);
            const lastTaskEnd = Math.max(t0, ...tasks.map((t) => t.start + t.duration));
            const analysis = performance.getEntriesByName('netpol:analysis').at(-1);
            const painted = performance.getEntriesByName('netpol:graph-painted').at(-1);
            const drawn = analysis && painted && painted.startTime >= analysis.startTime;
            if ((drawn && now - lastTaskEnd > quietMs) || now - t0 > limitMs) {
              resolve({
                settled: Boolean(drawn),
                longest: Math.max(0, ...tasks.map((t) => t.duration)),
                count: tasks.length,
                totalBlocked: tasks.reduce((sum, t) => sum + t.duration, 0),
                drawnAt: drawn ? painted.startTime - t0 : null,
                engineMs: analysis?.detail ?? null,
                pods: document.querySelectorAll('[data-testid="pod-node"]').length,
              });
            } else setTimeout(check, 250);
          };
          check();
        }),
      { t0, quietMs: QUIET_MS, limitMs: LIMIT_MS },
    );
    return result;
  } finally {
    await context.close();
  }
}

async function main() {
  const preview = await startPreview(PORT, { quiet: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    console.log(
      `longest main-thread task while opening a file (${process.env.BENCH_DIST ?? 'apps/web/dist'}):`,
    );
    for (const scenario of SCENARIOS.filter((s) => !ONLY || s.id === ONLY)) {
      const r = await runScenario(browser, scenario);
      const ms = (v) => (v === null ? '—' : `${Math.round(v)} ms`);
      console.log(
        `  ${scenario.label}: longest task ${ms(r.longest)} (budget ${scenario.budgetMs} ms), ` +
          `${r.count} long tasks, ${ms(r.totalBlocked)} blocked in all, drawn at ${ms(r.drawnAt)}` +
          `${r.settled ? '' : ' (did not settle)'}, engine ${ms(r.engineMs)}, ${r.pods} pod nodes`,
      );
    }
  } finally {
    await browser.close();
    process.kill(-preview.pid);
  }
}

await main();
