import { describe, expect, it } from 'vitest';
import { derive } from './derive';
import { EDGE_LIMIT, planEdges, representativeIp } from './flowEdges';
import { clusterView, verdicts } from './graphData';

const pod = (ns: string, name: string, app: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels: {app: ${app}}\nspec:\n  containers:\n  - name: c\n    ports:\n    - containerPort: 80`;
const denyIngress = (ns: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: ${ns}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]`;
const allowWeb = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: db-from-web\n  namespace: a\nspec:\n  podSelector: {matchLabels: {app: db}}\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: 5432}]`;

function viewOf(text: string) {
  return clusterView(derive(text, new Map()).derivation);
}

describe('planEdges', () => {
  it('draws one edge per pair with an isolated side, coloured by the engine', () => {
    const view = viewOf([pod('a', 'web', 'web'), pod('a', 'db', 'db'), pod('b', 'x', 'x'), denyIngress('a'), allowWeb].join('\n---\n'));
    const plan = planEdges(view, verdicts(view, '', 'TCP'), { selectedPod: null, expandedNamespace: null });
    const byId = new Map(plan.edges.map((e) => [e.id, e]));
    expect(plan.aggregated).toBe(false);
    // Into a/web and a/db (ingress isolated) from the two others each: 4 edges; b/x is open.
    expect([...byId.keys()].sort()).toEqual(['a/db->a/web', 'a/web->a/db', 'b/x->a/db', 'b/x->a/web']);
    expect(byId.get('a/web->a/db')).toMatchObject({ verdict: 'allowed', ports: ['TCP:5432'] });
    expect(byId.get('b/x->a/db')).toMatchObject({ verdict: 'denied', ports: [] });
  });

  it('aggregates by namespace past the limit, and details the expanded namespace', () => {
    const pods = Array.from({ length: 30 }, (_, i) => pod(i < 15 ? 'a' : 'b', `p${i}`, `app${i}`));
    const view = viewOf([...pods, denyIngress('a'), denyIngress('b')].join('\n---\n'));
    const v = verdicts(view, '', 'TCP');
    const plan = planEdges(view, v, { selectedPod: null, expandedNamespace: null });
    expect(plan.podEdgeCount).toBe(30 * 29);
    expect(plan.podEdgeCount).toBeGreaterThan(EDGE_LIMIT);
    expect(plan.aggregated).toBe(true);
    expect(plan.edges.map((e) => e.id).sort()).toEqual(['ns:a->ns:b', 'ns:b->ns:a']);
    expect(plan.edges[0]?.counts).toEqual({ allowed: 0, denied: 225 });
    const expanded = planEdges(view, v, { selectedPod: null, expandedNamespace: 'a' });
    expect(expanded.edges.filter((e) => e.from.startsWith('a/') && e.to.startsWith('a/'))).toHaveLength(15 * 14);
    // Flows leaving the expanded namespace stay aggregated.
    expect(expanded.edges.some((e) => e.id === 'ns:a->ns:b')).toBe(true);
    // The selected pod: pod to pod within its namespace, pod to namespace beyond.
    const focused = planEdges(view, v, { selectedPod: 'b/p20', expandedNamespace: null });
    const ids = new Set(focused.edges.map((e) => e.id));
    expect(ids.has('b/p20->b/p21')).toBe(true);
    expect(ids.has('b/p20->ns:a')).toBe(true);
    expect(ids.has('ns:a->b/p20')).toBe(true);
    expect(focused.edges.find((e) => e.id === 'ns:a->ns:b')?.counts).toEqual({ allowed: 0, denied: 15 * 14 });
  });
});

describe('representativeIp', () => {
  it('is the first host of an IPv4 network', () => {
    expect(representativeIp('10.0.0.0/24')).toBe('10.0.0.1');
    expect(representativeIp('10.0.0.7/32')).toBe('10.0.0.7');
  });
});
