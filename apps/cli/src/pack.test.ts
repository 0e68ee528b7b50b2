import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtCli, CONFORMANCE_CLUSTER, REPO_ROOT } from './testKit';

/**
 * The package as a user gets it: `npm pack` in apps/cli, `npm install -g` of the tarball
 * into a fresh prefix, and `netpol` run from a directory outside the repository with
 * nothing of the workspace on its path. Catches a bundle that still imports the engine
 * (or any package) at run time, a `workspace:` dependency in the tarball, a missing file.
 */
describe('npm pack → npm install -g → netpol', () => {
  const temp = mkdtempSync(join(tmpdir(), 'netpol-pack-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('installs a working netpol', () => {
    builtCli();
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', args, {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, npm_config_loglevel: 'error' },
      });
    npm(['pack', '--pack-destination', temp], join(REPO_ROOT, 'apps/cli'));
    const tarball = readdirSync(temp).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const prefix = join(temp, 'prefix');
    npm(
      [
        'install',
        '-g',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        join(temp, tarball as string),
      ],
      temp,
    );
    const work = mkdtempSync(join(temp, 'work-'));
    copyFileSync(CONFORMANCE_CLUSTER, join(work, 'cluster.yaml'));
    const netpol = join(prefix, 'bin', 'netpol');
    const env = { PATH: `${join(prefix, 'bin')}:/usr/bin:/bin`, HOME: temp };
    const help = spawnSync(netpol, ['--help'], { cwd: work, encoding: 'utf8', env });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: netpol <command>');
    const validate = spawnSync(netpol, ['validate', 'cluster.yaml'], {
      cwd: work,
      encoding: 'utf8',
      env,
    });
    expect([validate.status, validate.stdout]).toEqual([0, '']);
    expect(validate.stderr).toMatch(/^no errors/);
    const broken = spawnSync(netpol, ['validate', '-'], {
      cwd: work,
      encoding: 'utf8',
      env,
      input:
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: x}\nspec:\n  podSelector: {}\n  policyTypes: [Sideways]\n',
    });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(
      /^<stdin>:6:17: error: spec\.policyTypes\[0\]: Unsupported value/,
    );
  });
});
