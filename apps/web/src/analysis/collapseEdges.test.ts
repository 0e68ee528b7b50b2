import { describe, expect, it } from 'vitest';
import { collapseNamespaces } from './collapseEdges';
import { derive } from './derive';
import { planEdges } from './flowEdges';
import { clusterView, verdicts } from './graphData';

const pod = (ns: string, name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels: {app: ${name}}`;
const denyIngress = (ns: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: ${ns}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]`;
// a/api admits b/web only: of the two pods of b, one is allowed into a/api, none into a/db.
const allowWeb = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api\n  namespace: a\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress:\n  - from: [{namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}]`;

function planOf(collapsed: string[]) {
  const view = clusterView(derive([pod('a', 'api'), pod('a', 'db'), pod('b', 'web'), pod('b', 'job'), denyIngress('a'), allowWeb].join('\n---\n'), new Map()).derivation);
  const plan = planEdges(view, verdicts(view, '', 'TCP'), { selectedPod: null, expandedNamespace: null });
  return collapseNamespaces(plan, view, new Set(collapsed));
}

describe('collapseNamespaces', () => {
  it('leaves the plan alone when nothing is collapsed', () => {
    expect(planOf([]).edges.map((e) => e.id).sort()).toEqual([
      'a/api->a/db', 'a/db->a/api', 'b/job->a/api', 'b/job->a/db', 'b/web->a/api', 'b/web->a/db',
    ]);
  });

  it("counts a collapsed namespace's pod pairs into one edge per peer, allowed and denied apart", () => {
    const edges = new Map(planOf(['b']).edges.map((e) => [e.id, e]));
    expect([...edges.keys()].sort()).toEqual(['a/api->a/db', 'a/db->a/api', 'ns:b->a/api', 'ns:b->a/db']);
    expect(edges.get('ns:b->a/api')).toMatchObject({ verdict: 'mixed', counts: { allowed: 1, denied: 1 } });
    expect(edges.get('ns:b->a/db')).toMatchObject({ verdict: 'denied', counts: { allowed: 0, denied: 2 } });
  });

  it('drops flows inside a collapsed namespace', () => {
    const edges = planOf(['a']).edges.map((e) => e.id).sort();
    expect(edges).toEqual(['b/job->ns:a', 'b/web->ns:a']);
  });
});
