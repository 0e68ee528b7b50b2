import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze, computeMatrix } from '@netpol/engine';
import { CONFORMANCE_CLUSTER, FIXTURES, labelledSeed, run, X_A_ALLOWS_X_B } from '../testKit';

const PODS = ['x/a', 'x/b', 'x/c', 'y/a', 'y/b', 'y/c', 'z/a', 'z/b', 'z/c'];

describe('netpol matrix', () => {
  it('prints the contract JSON for one port', async () => {
    const result = await run([
      'matrix',
      CONFORMANCE_CLUSTER,
      X_A_ALLOWS_X_B,
      '--port',
      '80',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      port: number;
      protocol: string;
      pods: string[];
      allowed: boolean[][];
    };
    expect(Object.keys(json)).toEqual(['port', 'protocol', 'pods', 'allowed']);
    expect(json.port).toBe(80);
    expect(json.protocol).toBe('TCP');
    expect(json.pods).toEqual(PODS);
    // Column x/a: only x/a itself and x/b may reach it.
    expect(json.allowed.map((row) => row[0])).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(json.allowed.every((row) => row.every((cell, j) => j === 0 || cell))).toBe(true);
  });

  it('prints "any port" JSON with port null and the ports of each pair', async () => {
    const result = await run(['matrix', '-', '--json'], labelledSeed());
    const json = JSON.parse(result.stdout) as {
      port: null;
      protocol: null;
      pods: string[];
      allowed: boolean[][];
      ports: string[][][];
    };
    expect(Object.keys(json)).toEqual(['port', 'protocol', 'pods', 'allowed', 'ports']);
    expect(json).toMatchObject({
      port: null,
      protocol: null,
      pods: ['default/azure-vote-back', 'default/azure-vote-front'],
    });
    expect(json.allowed).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(json.ports).toEqual([
      [['all'], []],
      [[], ['all']],
    ]);
  });

  it('lists the allowed ports when a policy opens one', async () => {
    const policy = `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: redis-policy}
spec:
  podSelector: {matchLabels: {type: redis}}
  ingress:
  - from: [{podSelector: {matchLabels: {role: redis-client}}}]
    ports: [{protocol: TCP, port: 6379}]
`;
    const result = await run(['matrix', '-', '--json'], labelledSeed() + policy);
    const json = JSON.parse(result.stdout) as { ports: string[][][] };
    expect(json.ports[1]?.[0]).toEqual(['TCP:6379']);
  });

  it('narrows "any port" to one protocol with --protocol alone', async () => {
    const result = await run([
      'matrix',
      CONFORMANCE_CLUSTER,
      X_A_ALLOWS_X_B,
      '--protocol',
      'udp',
      '--json',
    ]);
    const json = JSON.parse(result.stdout) as { port: null; protocol: string; ports: string[][][] };
    expect(json.protocol).toBe('UDP');
    expect(json.ports[0]?.[1]).toEqual(['UDP:1-65535']);
  });

  it('prints a table with ✓ and ✗', async () => {
    const result = await run(['matrix', CONFORMANCE_CLUSTER, X_A_ALLOWS_X_B, '--port', '80']);
    const lines = result.stdout.split('\n');
    expect(lines.find((l) => l.includes('from \\ to (TCP 80)'))).toContain('x/a');
    const rowYA = lines.find((l) => l.startsWith('│ y/a'));
    expect(
      rowYA
        ?.split('│')
        .slice(2, 5)
        .map((c) => c.trim()),
    ).toEqual(['✗', '✓', '✓']);
    expect(result.stdout).toContain('9 pods: 74 of 81 pairs allowed, 7 denied');
  });

  it('--stats prints only counts and timings', async () => {
    const result = await run([
      'matrix',
      CONFORMANCE_CLUSTER,
      X_A_ALLOWS_X_B,
      '--port',
      '80',
      '--stats',
    ]);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['pods', 'allowedPairs', 'deniedPairs', 'ms']);
    expect(json).toMatchObject({ pods: 9, allowedPairs: 74, deniedPairs: 7 });
    expect(Object.keys(json['ms'] as object)).toEqual(['load', 'compile', 'matrix']);
  });

  it('rejects a bad port, a bad protocol and --json with --stats', async () => {
    expect((await run(['matrix', CONFORMANCE_CLUSTER, '--port', '0'])).code).toBe(2);
    expect(
      (await run(['matrix', CONFORMANCE_CLUSTER, '--port', '80', '--protocol', 'ICMP'])).stderr,
    ).toContain('must be TCP, UDP or SCTP');
    expect((await run(['matrix', CONFORMANCE_CLUSTER, '--json', '--stats'])).code).toBe(2);
    expect((await run(['matrix', '--port'])).stderr).toContain('argument missing');
  });

  it('streams the same cells as the engine computeMatrix (any port and one port)', async () => {
    const policies = `${FIXTURES}/conformance/multiple-podselectors-and-nsselectors/policies.yaml`;
    const analysis = analyze(
      [CONFORMANCE_CLUSTER, policies].map((file) => ({ file, text: readFileSync(file, 'utf8') })),
    );
    for (const args of [[], ['--port', '81', '--protocol', 'UDP']]) {
      const json = JSON.parse(
        (await run(['matrix', CONFORMANCE_CLUSTER, policies, '--json', ...args])).stdout,
      ) as Record<string, unknown>;
      const expected = computeMatrix(
        analysis.model,
        args.length ? { port: 81, protocol: 'UDP' } : {},
      );
      expect(json['allowed']).toEqual(expected.allowed);
      expect(json['ports']).toEqual(expected.ports);
      expect(json['pods']).toEqual(expected.pods);
    }
  });

  it('prints counts instead of a table for big clusters', async () => {
    const pods = Array.from(
      { length: 61 },
      (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec: {containers: []}\n`,
    );
    const result = await run(['matrix', '-'], pods.join('---\n'));
    expect(result.stdout).toBe(
      '61 pods: 3721 of 3721 pairs allowed, 0 denied (✓ allowed, ✗ denied, or the allowed ports)\n' +
        '(no table for more than 60 pods: use --json for every pair, or --stats)\n',
    );
  });
});
