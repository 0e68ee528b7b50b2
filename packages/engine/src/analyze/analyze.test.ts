import { describe, expect, it } from 'vitest';
import { evaluateFlow } from '../evaluate';
import { analyze } from './analyze';

const CLUSTER = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c, image: i}]}
`;
const DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
`;
const INVALID_ALLOW = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-all-bad, namespace: shop}
spec:
  podSelector: {}
  ingress:
  - ports: [{port: 0}]
`;
const flow = {
  from: { kind: 'pod', id: 'shop/client' },
  to: { kind: 'pod', id: 'shop/web' },
  port: 80,
  protocol: 'TCP',
} as const;

describe('analyze', () => {
  it('loads every source into one cluster and one policy set', () => {
    const analysis = analyze([
      { file: 'cluster.yaml', text: CLUSTER },
      { file: 'policies.yaml', text: DENY },
    ]);
    expect(analysis.objects.map((o) => `${o.ref.file}:${o.kind}/${o.name}`)).toEqual([
      'cluster.yaml:Pod/web',
      'cluster.yaml:Pod/client',
      'policies.yaml:NetworkPolicy/deny',
    ]);
    expect(analysis.documents.map((d) => [d.file, d.documents.length])).toEqual([
      ['cluster.yaml', 2],
      ['policies.yaml', 1],
    ]);
    expect(analysis.cluster.pods.map((p) => p.id)).toEqual(['shop/web', 'shop/client']);
    expect(analysis.policies.map((p) => p.ref.name)).toEqual(['deny']);
    expect(evaluateFlow(analysis.model, flow).allowed).toBe(false);
    expect(analysis.diagnostics).toEqual([]);
  });

  it('leaves invalid policies out of force, with a diagnostic saying so', () => {
    const analysis = analyze([
      { file: 'all.yaml', text: `${CLUSTER}---\n${DENY}---\n${INVALID_ALLOW}` },
    ]);
    expect(analysis.policies.map((p) => p.ref.name)).toEqual(['deny']);
    // The invalid policy would allow everything; it is not in force, so the flow stays denied.
    expect(evaluateFlow(analysis.model, flow).allowed).toBe(false);
    const notEnforced = analysis.diagnostics.filter((d) => d.code === 'POLICY_NOT_ENFORCED');
    expect(notEnforced).toHaveLength(1);
    expect(notEnforced[0]).toMatchObject({
      severity: 'warning',
      file: 'all.yaml',
      documentIndex: 3,
      ref: { name: 'allow-all-bad' },
    });
    expect(notEnforced[0]?.range?.startLine).toBe(18);
  });

  it('excludes only the invalid item of a kind: List', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'ok', namespace: 'shop' },
          spec: { podSelector: {} },
        },
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'Bad_Name', namespace: 'shop' },
          spec: { podSelector: {} },
        },
      ],
    };
    const analysis = analyze([{ file: 'list.json', text: JSON.stringify(list) }]);
    expect(analysis.policies.map((p) => p.ref.name)).toEqual(['ok']);
    expect(
      analysis.diagnostics
        .filter((d) => d.code === 'POLICY_NOT_ENFORCED')
        .map((d) => d.ref?.itemIndex),
    ).toEqual([1]);
  });

  it('sorts diagnostics by file (in the order given) and position', () => {
    const analysis = analyze([
      { file: 'b.yaml', text: 'kind: [\n' },
      { file: 'a.yaml', text: `${INVALID_ALLOW}---\nfoo: [\n` },
    ]);
    const keys = analysis.diagnostics.map((d) => `${d.file}:${d.range?.startLine ?? 0}`);
    expect(keys[0]).toMatch(/^b\.yaml/);
    const aLines = analysis.diagnostics
      .filter((d) => d.file === 'a.yaml')
      .map((d) => d.range?.startLine ?? 0);
    expect(aLines).toEqual([...aLines].sort((x, y) => x - y));
  });

  it('reports timings only when given a clock', () => {
    expect(analyze([{ file: 'x', text: CLUSTER }]).timings).toBeUndefined();
    let t = 0;
    const timings = analyze([{ file: 'x', text: CLUSTER }], { clock: () => (t += 2) }).timings;
    expect(timings).toEqual({ load: 2, validate: 2, cluster: 2, compile: 2 });
  });

  it('puts objects without a namespace in the default namespace given', () => {
    const analysis = analyze([{ file: 'x', text: CLUSTER.replace(/namespace: shop, /g, '') }], {
      defaultNamespace: 'dev',
    });
    expect(analysis.cluster.pods.map((p) => p.id)).toEqual(['dev/web', 'dev/client']);
  });

  it('returns plain data that survives structuredClone (for a Web Worker)', () => {
    const analysis = analyze([{ file: 'all.yaml', text: `${CLUSTER}---\n${DENY}` }]);
    // The engine's lib has no DOM/Node types; structuredClone is there at run time in both.
    const { structuredClone } = globalThis as unknown as { structuredClone<T>(value: T): T };
    const copy = structuredClone(analysis);
    expect(JSON.parse(JSON.stringify(copy))).toEqual(JSON.parse(JSON.stringify(analysis)));
    expect(evaluateFlow(copy.model, flow).allowed).toBe(false);
  });

  it('turns garbage into located errors, never into an internal failure', () => {
    // `loadText` turns any exception into LOAD_INTERNAL, so "does not throw" alone proves
    // nothing: each input must be answered by a real, located diagnostic.
    expect(analyze([{ file: 'g', text: '' }]).diagnostics).toEqual([]);
    for (const text of ['\u0000\u0001', '{{{', '- - -', 'a: *b', '[1, 2', 'kind: List\nitems: 3']) {
      const codes = analyze([{ file: 'g', text }]).diagnostics;
      expect(codes.map((d) => d.code)).not.toContain('LOAD_INTERNAL');
      expect(codes.filter((d) => d.severity === 'error' && d.range).length).toBeGreaterThan(0);
    }
  });
});
