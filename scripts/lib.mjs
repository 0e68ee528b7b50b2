// Shared helpers for the set-up, start and test scripts. Node built-ins only: these run
// before any dependency is installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager.split('@')[1];
const LOCAL_TOOLS = join(ROOT, '.tools');

export function log(message) {
  process.stdout.write(`\x1b[36m▸\x1b[0m ${message}\n`);
}

/** Runs a command with inherited output; returns its exit status. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env, ...options });
  if (result.error) {
    process.stderr.write(`${command}: ${result.error.message}\n`);
    return 127;
  }
  return result.status ?? 1;
}

function capture(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: process.env });
  return result.status === 0 ? result.stdout.trim() : null;
}

function prependPath(dir) {
  process.env.PATH = `${dir}${delimiter}${process.env.PATH ?? ''}`;
}

/** Makes `pnpm` at the pinned version available on PATH, installing it with npm if needed. */
export function ensurePnpm() {
  const localBin = join(LOCAL_TOOLS, 'bin');
  if (existsSync(join(localBin, 'pnpm'))) prependPath(localBin);
  if (capture('pnpm', ['--version']) === PNPM_VERSION) return;
  log(`installing pnpm ${PNPM_VERSION} with npm`);
  // Corepack cannot verify signatures against our registry, so npm installs pnpm directly.
  const globalStatus = run('npm', ['install', '--global', '--allow-scripts=pnpm', `pnpm@${PNPM_VERSION}`]);
  if (globalStatus === 0 && capture('pnpm', ['--version']) === PNPM_VERSION) return;
  // No rights to the global prefix (or another pnpm shadows it): keep a private copy.
  log('installing pnpm into .tools/ instead');
  mkdirSync(LOCAL_TOOLS, { recursive: true });
  const status = run('npm', ['install', '--global', '--prefix', LOCAL_TOOLS, '--allow-scripts=pnpm', `pnpm@${PNPM_VERSION}`]);
  prependPath(localBin);
  if (status !== 0 || capture('pnpm', ['--version']) !== PNPM_VERSION) {
    throw new Error(`could not install pnpm ${PNPM_VERSION}`);
  }
}

/** A hash of the files that decide what `pnpm install` produces. */
function manifestHash() {
  const hash = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['apps', 'packages']) {
    for (const name of readdirSync(join(ROOT, group))) files.push(join(group, name, 'package.json'));
  }
  for (const file of files) {
    const path = join(ROOT, file);
    if (existsSync(path)) hash.update(file).update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** Installs dependencies from the lockfile, unless they already match it. */
export function ensureDependencies() {
  const stamp = join(ROOT, 'node_modules', '.setup-stamp');
  const want = manifestHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  log('installing dependencies (pnpm install --frozen-lockfile)');
  if (run('pnpm', ['install', '--frozen-lockfile']) !== 0) throw new Error('pnpm install failed');
  writeFileSync(stamp, want);
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installs Debian's Chromium for the browser tests when it is missing. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  log('installing Chromium from Debian packages (apt-get)');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (asRoot ? run('apt-get', args, { env }) : run('sudo', ['-E', 'apt-get', ...args], { env }));
  if (apt(['update', '-qq']) !== 0) throw new Error('apt-get update failed');
  const status = apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (status !== 0 || !existsSync(CHROMIUM)) throw new Error(`could not install Chromium at ${CHROMIUM}`);
}

/** A fingerprint (paths, sizes, mtimes) of the files the web build reads. */
export function buildInputsHash() {
  const hash = createHash('sha256');
  const roots = ['apps/web', 'packages/engine/src', 'public', 'pnpm-lock.yaml', 'tsconfig.base.json'];
  const walk = (path) => {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name === 'node_modules' || name === 'dist') continue;
        walk(join(path, name));
      }
    } else {
      hash.update(`${relative(ROOT, path)}:${stats.size}:${stats.mtimeMs}\n`);
    }
  };
  for (const root of roots) if (existsSync(join(ROOT, root))) walk(join(ROOT, root));
  return hash.digest('hex');
}

/** Builds the web app unless its inputs are unchanged since the last build. */
export function ensureBuild({ force = false } = {}) {
  const stamp = join(ROOT, 'apps', 'web', 'dist', '.build-stamp');
  const want = buildInputsHash();
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) {
    log('web app is already built');
    return 0;
  }
  log('building the web app');
  const status = run('pnpm', ['build']);
  if (status === 0) writeFileSync(stamp, want);
  return status;
}
