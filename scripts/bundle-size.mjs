#!/usr/bin/env node
// Measures the web app's JavaScript budget: the gzip size of every script the page loads
// before the editor is opened (index.html's module script and its modulepreloads, and their
// static imports), against the 1 MB budget; and, for information, the lazy chunks.
// Usage: pnpm build && node scripts/bundle-size.mjs [distDir]   (exit 1 when over budget)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 1024 * 1024;
const dist = resolve(process.argv[2] ?? 'apps/web/dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');

const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const entries = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\.?\/?([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g),
].map((m) => m[1]);

// Follow static imports (`import … from "./x.js"` at the top level, not `import("./x.js")`).
const initial = new Set();
const visit = (file) => {
  if (initial.has(file)) return;
  initial.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    visit(join('assets', m[1]));
  }
};
entries.filter((f) => f.endsWith('.js')).forEach(visit);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
let total = 0;
console.log('Initial JavaScript (before the editor opens), gzip:');
for (const file of initial) {
  const size = gzip(file);
  total += size;
  console.log(`  ${file.padEnd(44)} ${kb(size).padStart(12)}`);
}
console.log(`  ${'total'.padEnd(44)} ${kb(total).padStart(12)}   (budget ${kb(BUDGET)})`);

const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.has(join('assets', f)))
  .map((f) => ({ f, size: gzip(join('assets', f)) }))
  .sort((a, b) => b.size - a.size);
const lazyTotal = lazy.reduce((sum, c) => sum + c.size, 0);
console.log(`Lazy chunks: ${lazy.length}, ${kb(lazyTotal)} gzip; largest:`);
for (const { f, size } of lazy.slice(0, 4))
  console.log(`  assets/${f.padEnd(37)} ${kb(size).padStart(12)}`);

if (total > BUDGET) {
  console.error(`Over budget by ${kb(total - BUDGET)}`);
  process.exit(1);
}
