import { describe, expect, it } from 'vitest';
import { CONFORMANCE_CLUSTER, labelledSeed, run, X_A_ALLOWS_X_B } from '../testKit';

const FILES = [CONFORMANCE_CLUSTER, X_A_ALLOWS_X_B];

describe('netpol probe', () => {
  it('prints the contract JSON and exits 0 when allowed', async () => {
    const result = await run([
      'probe',
      ...FILES,
      '--from',
      'x/b',
      '--to',
      'x/a',
      '--port',
      '80',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['allowed', 'verdict', 'egress', 'ingress', 'explanation']);
    expect(json['allowed']).toBe(true);
    expect(json['ingress']).toMatchObject({
      direction: 'ingress',
      allowed: true,
      isolated: true,
      isolatingPolicies: [{ namespace: 'x', name: 'x-a-allows-x-b' }],
      allowedBy: [
        { policy: { name: 'x-a-allows-x-b' }, direction: 'ingress', ruleIndex: 0, peerIndex: 0 },
      ],
    });
    expect(json['egress']).toMatchObject({ direction: 'egress', allowed: true, isolated: false });
    expect(json['verdict']).toBe('allowed');
    expect(json['explanation']).toEqual([
      'no policy selects x/b for egress, so its egress is not restricted',
      'x/a is isolated for ingress by x/x-a-allows-x-b; ingress rule 0, peer 0 of x/x-a-allows-x-b allows it',
      'x/b → x/a on TCP 80 is allowed',
    ]);
  });

  it('exits 1 when denied and says why in text', async () => {
    const result = await run(['probe', ...FILES, '--from', 'y/a', '--to', 'x/a', '--port', '80']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^DENIED: y\/a → x\/a on TCP 80/);
    expect(result.stdout).toContain('x-a-allows-x-b');
  });

  it('resolves a named port on the destination and accepts an IP source', async () => {
    const named = await run([
      'probe',
      ...FILES,
      '--from',
      'x/b',
      '--to',
      'x/a',
      '--port',
      'serve-80-tcp',
      '--json',
    ]);
    expect(JSON.parse(named.stdout)).toMatchObject({ allowed: true });
    const external = await run([
      'probe',
      ...FILES,
      '--from',
      '203.0.113.9',
      '--to',
      'x/a',
      '--port',
      '80',
      '--json',
    ]);
    expect(JSON.parse(external.stdout)).toMatchObject({
      allowed: false,
      egress: { allowed: true, isolated: false },
    });
  });

  it('reads standard input', async () => {
    const result = await run(
      [
        'probe',
        '-',
        '--from',
        'default/azure-vote-front',
        '--to',
        'default/azure-vote-back',
        '--port',
        '6379',
      ],
      labelledSeed(),
    );
    expect(result.code).toBe(1);
  });

  it('exits 2 on missing flags or unknown pods', async () => {
    const missing = await run(['probe', ...FILES, '--from', 'x/a']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --to, --port');
    const unknown = await run(['probe', ...FILES, '--from', 'x/zz', '--to', 'x/a', '--port', '80']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--from x/zz: no such pod');
    const typo = await run(['probe', ...FILES, '--from', 'q/a', '--to', 'x/a', '--port', '80']);
    expect(typo.stderr).toContain('did you mean x/a, y/a, z/a?');
  });
});

describe('netpol probe agrees with Kubernetes (issue 8, findings 1 and 9)', () => {
  const egress = (cidr: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: out
  namespace: x
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: "${cidr}"}}]
`;
  const probe = (stdin: string, to: string, port = '80') =>
    run(['probe', CONFORMANCE_CLUSTER, '-', '--from', 'x/a', '--to', to, '--port', port], stdin);

  it('reads ipBlock.cidr 010.0.0.0/8 as 10.0.0.0/8, like the apiserver', async () => {
    expect((await probe(egress('10.0.0.0/8'), '10.1.2.3')).stdout).toMatch(/^ALLOWED/);
    expect((await probe(egress('010.0.0.0/8'), '10.1.2.3')).stdout).toMatch(/^ALLOWED/);
    expect((await probe(egress('010.0.0.0/8'), '11.1.2.3')).stdout).toMatch(/^DENIED/);
  });

  it('--port NAME toward a pod without a port of that name is not ALLOWED', async () => {
    const result = await probe('', 'x/b', 'no-such-port');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^DENIED/);
    expect(result.stdout).toContain('has no container port named no-such-port');
  });
});
