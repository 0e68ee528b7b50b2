// ClusterNetworkPolicy through the CLI: every probe of every upstream conformance case
// (packages/engine/test/fixtures/cnp) via `netpol matrix cluster.yaml policies.yaml --port P
// --protocol X --json`, and the three-valued contract of `matrix --json` and `probe`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPriorityTie, FIXTURES, run } from '../testKit';

const CASES = join(FIXTURES, 'cnp');
const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Probe {
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly protocol: string;
  readonly allowed: boolean;
}

describe('netpol matrix on the ClusterNetworkPolicy conformance cases', () => {
  it.each(cases)('%s', async (name) => {
    const dir = join(CASES, name);
    const { probes } = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as {
      probes: Probe[];
    };
    const files = [join(dir, 'cluster.yaml'), join(dir, 'policies.yaml')];
    const groups = new Map<string, Probe[]>();
    for (const p of probes)
      groups.set(`${p.port}/${p.protocol}`, [...(groups.get(`${p.port}/${p.protocol}`) ?? []), p]);
    for (const [key, group] of groups) {
      const [port, protocol] = key.split('/') as [string, string];
      const result = await run([
        'matrix',
        ...files,
        '--port',
        port,
        '--protocol',
        protocol,
        '--json',
      ]);
      expect(result.code, result.stderr).toBe(0);
      const json = JSON.parse(result.stdout) as { pods: string[]; allowed: (boolean | null)[][] };
      for (const p of group) {
        const cell = json.allowed[json.pods.indexOf(p.from)]?.[json.pods.indexOf(p.to)];
        expect({ ...p, allowed: cell }).toEqual(p);
      }
    }
  });
});

const CLUSTER = `
apiVersion: v1
kind: Namespace
metadata: {name: app}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: app, labels: {role: client}}
spec: {containers: [{name: c, image: x}]}
status: {podIP: 10.0.0.1}
---
apiVersion: v1
kind: Pod
metadata: {name: server, namespace: app, labels: {role: server}}
spec: {containers: [{name: c, image: x}]}
status: {podIP: 10.0.0.2}
`;

const TIED = `${CLUSTER}
${adminPriorityTie('role: client', 'role: server')}`;

describe('three-valued verdicts in the CLI', () => {
  it('matrix --json writes null and lists the pair in "uncertain" for a priority tie', async () => {
    const result = await run(['matrix', '-', '--port', '80', '--json'], TIED);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json['pods']).toEqual(['app/client', 'app/server']);
    expect(json['allowed']).toEqual([
      [true, null],
      [true, true],
    ]);
    expect(json['uncertain']).toEqual([
      {
        from: 'app/client',
        to: 'app/server',
        verdict: 'ambiguous',
        reason: expect.stringMatching(
          /^egress: Admin: ambiguous.*Accept by a-accept.*Deny by b-deny/,
        ),
      },
    ]);
  });

  it('probe exits 3 with "allowed": null and "verdict": "ambiguous"', async () => {
    const args = ['probe', '-', '--from', 'app/client', '--to', 'app/server', '--port', '80'];
    const json = await run([...args, '--json'], TIED);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ allowed: null, verdict: 'ambiguous' });
    const text = await run(args, TIED);
    expect(text.code).toBe(3);
    expect(text.stdout).toMatch(/^AMBIGUOUS: app\/client → app\/server on TCP 80/);
    expect(text.stdout).toContain('Admin: ambiguous');
  });

  it('probe prints the tier chain per direction', async () => {
    const result = await run(
      ['probe', '-', '--from', 'app/server', '--to', 'app/client', '--port', '80'],
      TIED,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Admin: Accept by a-accept (priority 5) egress rule 0');
    expect(result.stdout).toContain('Admin: no rule matches');
  });

  it('explain prints the tiers in evaluation order, and --json carries them', async () => {
    const text = await run(['explain', '-'], TIED);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ClusterNetworkPolicy tiers, in evaluation order/);
    expect(text.stdout.indexOf('a-accept')).toBeLessThan(text.stdout.indexOf('b-deny'));
    expect(text.stdout).toContain('role=client');
    const json = JSON.parse((await run(['explain', '-', '--json'], TIED)).stdout) as Record<
      string,
      unknown
    >;
    expect(json['tierRows']).toEqual([
      [
        'Admin',
        '5',
        'a-accept',
        'all pods\nin all namespaces',
        'egress #0',
        'Accept',
        'all pods\nin all namespaces',
        'all',
      ],
      [
        'Admin',
        '5',
        'b-deny',
        'role=client\nin all namespaces',
        'egress #0',
        'Deny',
        'role=server\nin all namespaces',
        'all',
      ],
    ]);
  });
});
