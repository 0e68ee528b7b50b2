import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminPriorityTie, run } from '../testKit';

const PODS = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c, image: i}]}
---
`;
const DENY_WEB = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: []
`;
const ALLOW_80 = DENY_WEB.replace('ingress: []', 'ingress:\n  - ports: [{port: 80}]');

const dir = mkdtempSync(join(tmpdir(), 'netpol-diff-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const pods = file('pods.yaml', PODS);
const denied = file('denied.yaml', DENY_WEB);
const allowed80 = file('allowed.yaml', ALLOW_80);

describe('netpol diff', () => {
  it('prints the --json contract and exits 1 when pairs changed', async () => {
    const result = await run([
      'diff',
      '--before',
      pods,
      denied,
      '--after',
      pods,
      allowed80,
      '--json',
    ]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      gained: [{ from: 'shop/client', to: 'shop/web', ports: ['TCP:80'] }],
      lost: [],
      addedPods: [],
      removedPods: [],
      unchanged: 1,
    });
  });

  it('lists lost ports the other way round, as the whole space when all was allowed', async () => {
    const result = await run(['diff', '--before', pods, '--after', pods, denied, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      gained: [],
      lost: [{ from: 'shop/client', to: 'shop/web', ports: ['all'] }],
    });
  });

  it('compares one port with --port/--protocol', async () => {
    const tcp = await run([
      'diff',
      '--before',
      pods,
      denied,
      '--after',
      pods,
      allowed80,
      '--port',
      '80',
      '--json',
    ]);
    expect(JSON.parse(tcp.stdout).gained).toEqual([
      { from: 'shop/client', to: 'shop/web', ports: ['TCP:80'] },
    ]);
    const udp = await run([
      'diff',
      '--before',
      pods,
      denied,
      '--after',
      pods,
      allowed80,
      '--port',
      '80',
      '--protocol',
      'UDP',
    ]);
    expect(udp.code).toBe(0);
  });

  it('groups text and Markdown by namespace and workload', async () => {
    const text = await run(['diff', '--before', pods, denied, '--after', pods, allowed80]);
    expect(text.stdout).toBe(
      'Gained (allowed now, denied before):\n  namespace shop\n    client\n      + → shop/web  TCP:80\n' +
        '1 pair(s) gained, 0 pair(s) lost, 1 unchanged\n',
    );
    const md = await run([
      'diff',
      '--before',
      pods,
      denied,
      '--after',
      pods,
      allowed80,
      '--markdown',
    ]);
    expect(md.stdout).toContain('| `client` | `shop/web` | `TCP:80` |');
    expect(md.stdout).toContain('**namespace `shop`**');
  });

  it('reads - for one side, reports added and removed pods, exits 0 when nothing changed', async () => {
    const same = await run(['diff', '--before', '-', '--after', pods], PODS);
    expect(same).toMatchObject({ code: 0 });
    const renamed = await run(
      ['diff', '--before', pods, '--after', '-', '--json'],
      PODS.replace('name: client', 'name: api'),
    );
    expect(JSON.parse(renamed.stdout)).toMatchObject({
      addedPods: ['shop/api'],
      removedPods: ['shop/client'],
    });
    expect(renamed.code).toBe(1);
  });

  it('exits 2 for usage errors', async () => {
    expect((await run(['diff', '--before', pods])).code).toBe(2);
    expect((await run(['diff', '--before', pods, '--after', pods, '--protocol', 'UDP'])).code).toBe(
      2,
    );
    expect(
      (await run(['diff', '--before', pods, '--after', pods, '--json', '--markdown'])).code,
    ).toBe(2);
    expect((await run(['diff', '--before', pods, '--after', join(dir, 'missing.yaml')])).code).toBe(
      2,
    );
  });
});

describe('diff --markdown on big changes', () => {
  it('lists at most the limit of pairs per section and counts the rest', async () => {
    const { analyze, diffModels } = await import('@netpol/engine');
    const { writeDiffMarkdown } = await import('../format/diff');
    const three = PODS + PODS.replace(/name: (web|client)/g, 'name: $1-2');
    const before = analyze([
      { file: 'a', text: three + DENY_WEB.replace('{app: web}}', '{}}') },
    ]).model;
    const after = analyze([{ file: 'b', text: three }]).model;
    let out = '';
    writeDiffMarkdown(diffModels(before, after), (t) => (out += t), 2);
    expect(out).toContain('**12 pair(s) gained, 0 pair(s) lost, 0 unchanged**');
    expect(out.match(/^\| `/gm)?.length).toBe(1);
    expect(out.match(/^\| {2}\| `/gm)?.length).toBe(1);
    expect(out).toContain('… and 10 more pair(s)');
  });
});

// Two Admin ClusterNetworkPolicies at one priority, one accepting and one denying the same
// egress: every pair's verdict is ambiguous (the tie is not knowable offline).
const TIE = adminPriorityTie('app: client', 'app: web');
const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
`;
const tied = file('tie.yaml', NAMESPACE + PODS + TIE);
const open = file('open.yaml', NAMESPACE + PODS);

describe('netpol diff with unknown or ambiguous verdicts', () => {
  it('--json lists the pair that became ambiguous in "uncertain", with both verdicts', async () => {
    const result = await run(['diff', '--before', open, '--after', tied, '--port', '80', '--json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json['uncertain']).toEqual([
      { from: 'shop/client', to: 'shop/web', before: 'allowed', after: 'ambiguous' },
    ]);
    const back = await run(['diff', '--before', tied, '--after', open, '--port', '80', '--json']);
    expect((JSON.parse(back.stdout) as Record<string, unknown>)['uncertain']).toEqual([
      { from: 'shop/client', to: 'shop/web', before: 'ambiguous', after: 'allowed' },
    ]);
  });

  it('an unchanged tie is no change: exit 0 and no "uncertain" key, as in matrix --json', async () => {
    const result = await run(['diff', '--before', tied, '--after', tied, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).not.toHaveProperty('uncertain');
  });

  it('text and Markdown group the uncertain pairs by namespace and source', async () => {
    const text = await run(['diff', '--before', open, '--after', tied]);
    expect(text.stdout).toContain(
      'Uncertain (became or stopped being unknown or ambiguous):\n  namespace shop\n    client\n      ? → shop/web  allowed → ambiguous\n',
    );
    expect(text.stdout).toContain('1 pair(s) became or stopped being unknown or ambiguous');
    const markdown = await run(['diff', '--before', open, '--after', tied, '--markdown']);
    expect(markdown.stdout).toContain(
      '#### Uncertain (became or stopped being unknown or ambiguous)',
    );
    expect(markdown.stdout).toContain('| `client` | `shop/web` | allowed | ambiguous |');
  });
});
