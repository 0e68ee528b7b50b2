import { describe, expect, it } from 'vitest';
import { runCli } from './cli';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) },
    out,
    err,
  };
}

describe('netpol', () => {
  it('prints its commands with --help and exits 0', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const command of ['validate', 'matrix', 'probe', 'explain', 'generate']) {
      expect(out.join('')).toContain(command);
    }
  });

  it('rejects an unknown command with exit code 2', async () => {
    const { io, err } = capture();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(err.join('')).toContain('unknown command');
  });
});
