import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFORMANCE_CLUSTER, run, X_A_ALLOWS_X_B } from '../testKit';

const INVALID = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: bad
  namespace: x
spec:
  podSelector: {}
  ingress:
  - ports:
    - port: 70000
`;

describe('netpol validate', () => {
  it('exits 0 on valid files and prints nothing on stdout', async () => {
    const result = await run(['validate', CONFORMANCE_CLUSTER, X_A_ALLOWS_X_B]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
  });

  it('counts NetworkPolicies and ClusterNetworkPolicies checked, apart', async () => {
    const plain = await run(['validate', CONFORMANCE_CLUSTER, X_A_ALLOWS_X_B]);
    expect(plain.stderr).toBe('no errors (1 NetworkPolicy checked)\n');
    const cnp = `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: deny-all}
spec:
  tier: Admin
  priority: 1
  subject: {namespaces: {}}
  ingress: [{action: Deny, from: [{namespaces: {}}]}]
`;
    const both = await run(['validate', CONFORMANCE_CLUSTER, X_A_ALLOWS_X_B, '-'], cnp);
    expect(both).toMatchObject({ code: 0, stdout: '' });
    expect(both.stderr).toBe('no errors (1 NetworkPolicy and 1 ClusterNetworkPolicy checked)\n');
    // Antrea's object of the same kind is not evaluated, so it is not counted as checked.
    const antrea = cnp.replace('policy.networking.k8s.io/v1alpha2', 'crd.antrea.io/v1beta1');
    const other = await run(['validate', CONFORMANCE_CLUSTER, X_A_ALLOWS_X_B, '-'], antrea);
    expect(other.stderr).not.toContain('ClusterNetworkPolic');
  });

  it('prints FILE:LINE:COL: error: FIELD.PATH: message and exits 1', async () => {
    const result = await run(['validate', '-'], INVALID);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^<stdin>:10:13: error: spec\.ingress\[0\]\.ports\[0\]\.port: .+$/m,
    );
  });

  it('prints the --json document list', async () => {
    const result = await run(
      ['validate', '--json', '-'],
      INVALID + '---\n' + 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n',
    );
    const json = JSON.parse(result.stdout) as { documents: Record<string, unknown>[] };
    expect(json.documents).toHaveLength(2);
    expect(Object.keys(json.documents[0] ?? {})).toEqual([
      'file',
      'index',
      'kind',
      'namespace',
      'name',
      'valid',
      'errors',
    ]);
    expect(json.documents[0]).toMatchObject({
      file: '<stdin>',
      index: 0,
      kind: 'NetworkPolicy',
      namespace: 'x',
      name: 'bad',
      valid: false,
    });
    const errors = json.documents[0]?.['errors'] as Record<string, unknown>[];
    expect(errors[0]).toMatchObject({
      path: 'spec.ingress[0].ports[0].port',
      line: 10,
      column: 13,
    });
    expect(Object.keys(errors[0] ?? {})).toEqual(['path', 'message', 'line', 'column']);
    expect(json.documents[1]).toEqual({
      file: '<stdin>',
      index: 1,
      kind: 'Namespace',
      namespace: '',
      name: 'x',
      valid: true,
      errors: [],
    });
    expect(result.code).toBe(1);
  });

  it('reports a YAML syntax error with its position', async () => {
    const result = await run(['validate', '-'], 'kind: [unclosed\n');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>:\d+:\d+: error: /m);
  });

  it('exits 2 on an unreadable file, a missing FILE or an unknown flag', async () => {
    const missing = await run(['validate', '/nonexistent/file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/file.yaml: no such file');
    expect((await run(['validate'])).code).toBe(2);
    const unknown = await run(['validate', '--frobnicate', CONFORMANCE_CLUSTER]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
  });

  it('has --help', async () => {
    const result = await run(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: netpol validate');
  });

  it('lists each item of a kind: List, with its own errors', async () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'Bad_Name', namespace: 'shop' },
          spec: { podSelector: {} },
        },
      ],
    };
    const result = await run(['validate', '--json', '-'], JSON.stringify(list, null, 2));
    const json = JSON.parse(result.stdout) as {
      documents: { item?: number; valid: boolean; errors: { path: string }[] }[];
    };
    expect(json.documents.map((d) => [d.item, d.valid])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(json.documents[1]?.errors.map((e) => e.path)).toEqual(['metadata.name']);
    expect(result.code).toBe(1);
  });
});

describe('netpol validate: what kubectl apply would refuse', () => {
  it('exits 1 on input without objects, as kubectl says "no objects passed to apply"', async () => {
    const result = await run(['validate', '-'], '# only a comment\n---\n');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no objects passed to validate');
  });

  it('exits 1 with line:column on a misspelt field (`form:`), kind and wrong-case kind', async () => {
    const policy = (kind: string, rule: string) =>
      `apiVersion: networking.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: p\nspec:\n  podSelector: {}\n  ingress:\n  - ${rule}: []\n`;
    const typo = await run(['validate', '-'], policy('NetworkPolicy', 'form'));
    expect(typo.code).toBe(1);
    expect(typo.stdout).toMatch(/^<stdin>:8:5: error: spec\.ingress\[0\]\.form: unknown field/m);
    for (const kind of ['NetPolicy', 'NetworkPolicyy', 'networkpolicy']) {
      const result = await run(['validate', '-'], policy(kind, 'from'));
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        `<stdin>:2:7: error: kind: no matches for kind "${kind}" in version "networking.k8s.io/v1"`,
      );
    }
  });

  it('reads a directory recursively: .yaml, .yml and .json, nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netpol-dir-'));
    mkdirSync(join(dir, 'nested/deeper'), { recursive: true });
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n');
    writeFileSync(join(dir, 'nested/b.yml'), INVALID);
    writeFileSync(
      join(dir, 'nested/deeper/c.json'),
      '{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"c"}}',
    );
    writeFileSync(join(dir, 'nested/notes.txt'), 'kind: [not yaml');
    const result = await run(['validate', '--json', dir]);
    const json = JSON.parse(result.stdout) as { documents: { file: string; name: string }[] };
    expect(json.documents.map((d) => [d.file.slice(dir.length + 1), d.name])).toEqual([
      ['a.yaml', 'a'],
      ['nested/b.yml', 'bad'],
      ['nested/deeper/c.json', 'c'],
    ]);
    expect(result.code).toBe(1);
  });
});
