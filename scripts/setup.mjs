#!/usr/bin/env node
// Installs everything the project needs that a fresh machine with Node.js lacks.
// `--browser` also installs Debian's Chromium for the end-to-end tests.
import { ensureChromium, ensureDependencies, ensurePnpm, log } from './lib.mjs';

export function setup({ browser = false } = {}) {
  ensurePnpm();
  ensureDependencies();
  if (browser) ensureChromium();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    setup({ browser: process.argv.includes('--browser') });
    log('set-up complete');
  } catch (error) {
    process.stderr.write(`set-up failed: ${error.message}\n`);
    process.exit(1);
  }
}
