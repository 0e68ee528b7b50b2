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
});
