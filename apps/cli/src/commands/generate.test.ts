import { describe, expect, it } from 'vitest';
import { CONFORMANCE_CLUSTER, labelledSeed, run, X_A_ALLOWS_X_B } from '../testKit';

const REDIS_POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: redis-policy
  namespace: policy-test-app
spec:
  podSelector:
    matchLabels:
      type: redis
  policyTypes:
  - Ingress
  ingress:
  - from:
    - podSelector:
        matchLabels:
          role: redis-client
    ports:
    - protocol: TCP
      port: 6379
`;

const SEED_ARGS = [
  '--namespace',
  'policy-test-app',
  '--from',
  'policy-test-app/azure-vote-front',
  '--to',
  'policy-test-app/azure-vote-back',
];

describe('netpol generate', () => {
  it("prints the seed's redis-policy for the walkthrough", async () => {
    const result = await run(['generate', '-', ...SEED_ARGS, '--port', '6379'], labelledSeed());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(REDIS_POLICY);
    expect(result.stderr).toContain('adds ingress policy policy-test-app/redis-policy');
  });

  it('--json adds the impact', async () => {
    const result = await run(
      ['generate', '-', ...SEED_ARGS, '--port', '6379', '--json'],
      labelledSeed(),
    );
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      status: 'generated',
      yaml: REDIS_POLICY,
      impact: [
        {
          from: 'policy-test-app/azure-vote-front',
          to: 'policy-test-app/azure-vote-back',
          before: [],
          after: ['TCP:6379'],
          change: 'allowed',
          intended: true,
        },
      ],
      newlyIsolated: [],
      edits: [{ kind: 'create', direction: 'ingress' }],
    });
  });

  it('takes --name, a namespace source and a CIDR source', async () => {
    const named = await run([
      'generate',
      CONFORMANCE_CLUSTER,
      X_A_ALLOWS_X_B,
      '--from',
      'y/b',
      '--to',
      'x/a',
      '--port',
      '80',
      '--name',
      'y-b-to-x-a',
    ]);
    expect(named.stdout).toContain('name: y-b-to-x-a');
    expect(named.stdout).toContain("kubernetes.io/metadata.name: 'y'");
    const ns = await run([
      'generate',
      CONFORMANCE_CLUSTER,
      X_A_ALLOWS_X_B,
      '--from',
      'ns:z',
      '--to',
      'x/a',
      '--port',
      '80',
    ]);
    expect(ns.code).toBe(0);
    expect(ns.stdout).toContain('namespaceSelector');
    expect(ns.stdout).not.toContain('    podSelector');
    const cidr = await run([
      'generate',
      CONFORMANCE_CLUSTER,
      X_A_ALLOWS_X_B,
      '--from',
      '198.51.100.0/24',
      '--to',
      'x/a',
      '--port',
      '80',
    ]);
    expect(cidr.stdout).toContain('cidr: 198.51.100.0/24');
  });

  it('says when the flow is already allowed and prints no YAML', async () => {
    const result = await run([
      'generate',
      CONFORMANCE_CLUSTER,
      X_A_ALLOWS_X_B,
      '--from',
      'x/b',
      '--to',
      'x/a',
      '--port',
      '80',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('already allowed');
  });

  it('exits 1 for an intent it cannot express, 2 for usage errors', async () => {
    const badPort = await run([
      'generate',
      CONFORMANCE_CLUSTER,
      '--from',
      'x/b',
      '--to',
      'x/a',
      '--port',
      'nope',
    ]);
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain('no TCP container port named "nope"');
    expect((await run(['generate', CONFORMANCE_CLUSTER, '--from', 'x/b'])).code).toBe(2);
    expect(
      (await run(['generate', CONFORMANCE_CLUSTER, '--from', 'x/b', '--to', 'ns:y'])).stderr,
    ).toContain('a namespace can only be a source');
  });
});
