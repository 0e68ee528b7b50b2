import { describe, expect, it } from 'vitest';
import { CONFORMANCE_CLUSTER, labelledSeed, run, X_A_ALLOWS_X_B } from '../testKit';

describe('netpol explain', () => {
  it('prints one row per rule: target, direction, peers, ports', async () => {
    const result = await run(['explain', CONFORMANCE_CLUSTER, X_A_ALLOWS_X_B]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('POLICY');
    const row = result.stdout.split('\n').find((l) => l.includes('x/x-a-allows-x-b'));
    expect(row?.split('│').map((c) => c.trim())).toEqual([
      '',
      'x/x-a-allows-x-b',
      'pods pod=a',
      'ingress #0',
      'pods pod=b in namespace x',
      'all ports',
      '',
    ]);
  });

  it('shows a deny-all as a direction with no rule', async () => {
    const result = await run(['explain', '-'], labelledSeed());
    const row = result.stdout.split('\n').find((l) => l.includes('default/default-deny-ingress'));
    expect(row?.split('│').map((c) => c.trim())).toEqual([
      '',
      'default/default-deny-ingress',
      'all pods',
      'ingress',
      'none (all denied)',
      '-',
      '',
    ]);
  });

  it('--json gives the rows and the compiled policies', async () => {
    const result = await run(['explain', '--json', X_A_ALLOWS_X_B]);
    const json = JSON.parse(result.stdout) as {
      columns: string[];
      rows: string[][];
      policies: unknown[];
    };
    expect(json.columns).toEqual(['POLICY', 'TARGET', 'DIRECTION', 'PEERS', 'PORTS']);
    expect(json.rows).toEqual([
      [
        'x/x-a-allows-x-b',
        'pods pod=a\nin x (0 pods)',
        'ingress #0',
        'pods pod=b in namespace x',
        'all ports',
      ],
    ]);
    expect(json.policies).toHaveLength(1);
  });

  it('says when no policy is in force, and reports invalid ones on stderr', async () => {
    const invalid =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: bad}\nspec:\n  podSelector: {}\n  policyTypes: [Sideways]\n';
    const result = await run(['explain', '-'], invalid);
    expect(result.stdout).toContain('No NetworkPolicy in force');
    expect(result.stderr).toContain('not in force');
  });
});

describe('netpol explain output ends its lines', () => {
  it('the table ends with a line break, so what follows on the terminal starts a new line', async () => {
    const result = await run(['explain', CONFORMANCE_CLUSTER, X_A_ALLOWS_X_B]);
    expect(result.stdout).toMatch(/┘\n$/);
    const none = await run(['explain', CONFORMANCE_CLUSTER]);
    expect(none.stdout).toMatch(/\n$/);
  });
});
