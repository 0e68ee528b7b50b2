import { describe, expect, it } from 'vitest';
import { derive, STALE_FILE } from './derive';

const pod = (name: string, labels: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
  labels: {${labels}}
spec:
  containers:
  - name: c
    ports:
    - containerPort: 80`;

const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress]`;

describe('derive', () => {
  const good = [pod('web', 'app: web'), pod('db', 'app: db'), policy].join('\n---\n');

  it('analyses the workspace text', () => {
    const { derivation } = derive(good, new Map());
    expect(derivation.result.cluster.pods.map((p) => p.id).sort()).toEqual(['shop/db', 'shop/web']);
    expect(derivation.stale).toEqual([]);
    expect(derivation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps drawing the last good version of a document that breaks', () => {
    const first = derive(good, new Map());
    const broken = good.replace('  labels: {app: db}', '  labels: {app: db');
    const { derivation } = derive(broken, first.lastGood);
    expect(derivation.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const db = derivation.result.cluster.pods.find((p) => p.id === 'shop/db');
    expect(db?.source.file).toBe(STALE_FILE);
    expect(derivation.result.cluster.pods.map((p) => p.id).sort()).toEqual(['shop/db', 'shop/web']);
    expect(derivation.result.policies.map((p) => p.ref.name)).toEqual(['deny']);
    // The broken document's range is the second document of the text.
    expect(derivation.stale[0]?.range.startLine).toBe(good.split('\n').indexOf('---') + 1);
  });

  it('draws nothing for a document that was never valid', () => {
    const { derivation } = derive(`${good}\n---\nkind: Pod\nmetadata: {name: x\n`, new Map());
    expect(derivation.result.cluster.pods.length).toBe(2);
    expect(derivation.stale).toEqual([]);
  });

  it('keys last good versions by position and full reference: a/web and b/web both stay', () => {
    const inNs = (ns: string) =>
      pod('web', 'app: web').replace('namespace: shop', `namespace: ${ns}`);
    const text = [inNs('a'), inNs('b'), policy].join('\n---\n');
    const first = derive(text, new Map());
    const broken = text.replace(
      'namespace: b\n  labels: {app: web}',
      'namespace: b\n  labels: {app: web',
    );
    const second = derive(broken, first.lastGood);
    // Typing elsewhere keeps the broken document drawn from its last good version.
    const typed = derive(broken.replace('name: deny', 'name: deny2'), second.lastGood);
    for (const { derivation } of [second, typed]) {
      expect(derivation.result.cluster.pods.map((p) => p.id).sort()).toEqual(['a/web', 'b/web']);
      expect(derivation.result.cluster.pods.find((p) => p.id === 'b/web')?.source.file).toBe(
        STALE_FILE,
      );
      expect(derivation.result.diagnostics.map((d) => d.code)).not.toContain('DUPLICATE_POD');
    }
  });

  it('a document that parses but is invalid is not in force at once: no last good version', () => {
    const first = derive(good, new Map());
    const invalid = good.replace(
      'podSelector: {}',
      'podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.300/16}}]}]',
    );
    const { derivation } = derive(invalid, first.lastGood);
    expect(derivation.stale).toEqual([]);
    expect(derivation.result.policies).toEqual([]);
    // The same text in a fresh tab: the same picture.
    expect(derive(invalid, new Map()).derivation.result.policies).toEqual([]);
  });

  it('does not draw a last good copy of an object that a parsed document now holds', () => {
    const first = derive(good, new Map());
    // The db pod moved to the end, and its old place has a syntax error.
    const moved = [
      pod('web', 'app: web'),
      'kind: Pod\nmetadata: {name: x',
      policy,
      pod('db', 'app: db'),
    ].join('\n---\n');
    const { derivation } = derive(moved, first.lastGood);
    expect(derivation.stale).toEqual([]);
    expect(derivation.result.cluster.pods.map((p) => p.id).sort()).toEqual(['shop/db', 'shop/web']);
  });
});
