import { describe, expect, it } from 'vitest';
import { derive } from '../../analysis/derive';
import { clusterView, verdicts } from '../../analysis/graphData';
import { cellState, namespaceSummary } from './namespaceSummary';

const pod = (ns: string, name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels: {app: ${name}}\nspec:\n  containers:\n  - name: c`;
// b accepts only from a/web; a is open.
const policy = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: only-web\n  namespace: b\nspec:\n  podSelector: {}\n  ingress:\n  - from:\n    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: a}}\n      podSelector: {matchLabels: {app: web}}`;

describe('namespaceSummary', () => {
  it('counts allowed and total pod pairs per namespace pair, self pairs left out', () => {
    const view = clusterView(derive([pod('a', 'web'), pod('a', 'job'), pod('b', 'x'), pod('b', 'z'), policy].join('\n---\n'), new Map()).derivation);
    const { namespaces, cells } = namespaceSummary(view, verdicts(view, '', 'TCP'));
    expect(namespaces).toEqual(['a', 'b']);
    const [aa, ab] = cells[0]!;
    const [ba, bb] = cells[1]!;
    expect(aa).toMatchObject({ allowed: 2, total: 2 });
    // a → b: web reaches x and z, job reaches neither.
    expect(ab).toMatchObject({ allowed: 2, total: 4 });
    expect(ba).toMatchObject({ allowed: 4, total: 4 });
    // b → b: isolated, and no rule admits b's own pods.
    expect(bb).toMatchObject({ allowed: 0, total: 2 });
    expect([aa, ab, bb].map((c) => cellState(c!))).toEqual(['allowed', 'partly', 'denied']);
  });
});
