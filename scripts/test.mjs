#!/usr/bin/env node
// `npm test`: set up (Chromium included), then typecheck, lint, unit tests, build and the
// Playwright suite. Every step runs; the exit code is non-zero when any of them failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, log, ROOT, run } from './lib.mjs';
import { setup } from './setup.mjs';

try {
  setup({ browser: true });
} catch (error) {
  process.stderr.write(`set-up failed: ${error.message}\n`);
  process.exit(1);
}

const reports = join(ROOT, 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');

const steps = [
  ['typecheck', () => run('pnpm', ['typecheck'])],
  ['lint', () => run('pnpm', ['lint'])],
  ['unit tests', () => run('pnpm', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`])],
  ['build', () => ensureBuild({ force: true })],
  [
    'e2e tests',
    () => run('pnpm', ['exec', 'playwright', 'test', '--reporter=list,json'], {
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    }),
  ],
];

const failedSteps = [];
for (const [name, step] of steps) {
  if (name === 'e2e tests' && failedSteps.includes('build')) {
    failedSteps.push(name);
    log('skipping e2e tests: the build failed');
    continue;
  }
  log(name);
  const status = step();
  if (status !== 0) failedSteps.push(name);
}

// Count individual tests from both runners' JSON reports for one closing line.
let passed = 0;
let failed = 0;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
}
if (existsSync(playwrightReport)) {
  const { stats } = JSON.parse(readFileSync(playwrightReport, 'utf8'));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
}
if (failedSteps.length > 0) {
  log(`failed steps: ${failedSteps.join(', ')}`);
  if (failed === 0) failed = failedSteps.length;
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
