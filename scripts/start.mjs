#!/usr/bin/env node
// `npm start`: set up, build, and serve the app on http://127.0.0.1:4173.
import { spawn } from 'node:child_process';
import { ensureBuild, log, ROOT } from './lib.mjs';
import { setup } from './setup.mjs';

const HOST = '127.0.0.1';
const PORT = 4173;

try {
  setup();
} catch (error) {
  process.stderr.write(`set-up failed: ${error.message}\n`);
  process.exit(1);
}
if (ensureBuild() !== 0) process.exit(1);

const server = spawn(
  'pnpm',
  ['--filter', '@netpol/web', 'exec', 'vite', 'preview', '--host', HOST, '--port', String(PORT), '--strictPort'],
  { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'] },
);
let announced = false;
server.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  if (!announced && text.includes(String(PORT))) {
    announced = true;
    log(`Netpol Canvas is ready at http://${HOST}:${PORT}  (Ctrl+C to stop)`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
