import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtCli, CONFORMANCE_CLUSTER, labelledSeed, run, X_A_ALLOWS_X_B } from './testKit';

describe('netpol', () => {
  it('prints its commands with --help and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const command of ['validate', 'matrix', 'probe', 'explain', 'generate'])
      expect(stdout).toContain(command);
  });

  it('prints usage and exits 2 without a command', async () => {
    expect((await run([])).code).toBe(2);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { code, stderr } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command');
  });

  it('has --help for every command, and "help COMMAND"', async () => {
    for (const command of ['validate', 'matrix', 'probe', 'explain', 'generate']) {
      const { code, stdout } = await run([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: netpol ${command}`);
      expect((await run(['help', command])).stdout).toBe(stdout);
    }
  });

  it('runs as a real process: the built dist/netpol.mjs, files and stdin', () => {
    const bin = builtCli();
    const probe = spawnSync(
      process.execPath,
      [
        bin,
        'probe',
        CONFORMANCE_CLUSTER,
        X_A_ALLOWS_X_B,
        '--from',
        'x/b',
        '--to',
        'x/a',
        '--port',
        '80',
        '--json',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(probe.status).toBe(0);
    expect(JSON.parse(probe.stdout)).toMatchObject({ allowed: true });
    const matrix = spawnSync(process.execPath, [bin, 'matrix', '-', '--stats'], {
      encoding: 'utf8',
      input: labelledSeed(),
    });
    expect(matrix.status).toBe(0);
    expect(JSON.parse(matrix.stdout)).toMatchObject({ pods: 2, allowedPairs: 2, deniedPairs: 2 });
    const usage = spawnSync(process.execPath, [bin, 'validate'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });

  it('stops quietly when its reader closes the pipe early (| head)', () => {
    const bin = builtCli();
    const piped = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" matrix "${CONFORMANCE_CLUSTER}" --json | head -c 10`],
      { encoding: 'utf8' },
    );
    expect(piped.stdout).toBe('{\n  "port"');
    expect(piped.stderr).not.toContain('EPIPE');
  });
});
