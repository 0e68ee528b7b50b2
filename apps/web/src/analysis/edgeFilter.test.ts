import { describe, expect, it } from 'vitest';
import { AUTO_ALL_PAIRS, filterEdges, type EdgeFocus } from './edgeFilter';
import type { EdgePlan, FlowEdgeView } from './flowEdges';

const edge = (from: string, to: string, verdict: FlowEdgeView['verdict']): FlowEdgeView => ({
  id: `${from}->${to}`,
  from,
  to,
  verdict,
  ports: verdict === 'allowed' ? ['TCP:80'] : [],
});
const edges = [edge('a/web', 'a/db', 'allowed'), edge('a/db', 'a/web', 'denied'), edge('b/x', 'a/db', 'denied'), edge('b/x', 'a/web', 'denied')];
const plan = (podEdgeCount: number): EdgePlan => ({ edges, podEdgeCount, aggregated: false, hidden: 0 });
const none: EdgeFocus = { changed: new Map(), selectedPod: null, selectedNamespace: null };
const ids = (p: { edges: readonly FlowEdgeView[] }) => p.edges.map((e) => e.id);

describe('filterEdges', () => {
  it('draws every verdict under auto while policies decide at most 30 pairs', () => {
    expect(filterEdges(plan(AUTO_ALL_PAIRS), 'auto', none).edges).toHaveLength(4);
  });

  it('above that, auto draws the allowed flows plus the changed and the selected denied ones', () => {
    const big = plan(AUTO_ALL_PAIRS + 1);
    expect(ids(filterEdges(big, 'auto', none))).toEqual(['a/web->a/db']);
    expect(filterEdges(big, 'auto', none).filteredOut).toBe(3);
    const changed = { ...none, changed: new Map([['b/x->a/web', 'lost' as const]]) };
    expect(ids(filterEdges(big, 'auto', changed))).toEqual(['a/web->a/db', 'b/x->a/web']);
    expect(ids(filterEdges(big, 'auto', { ...none, selectedPod: 'b/x' }))).toEqual(['a/web->a/db', 'b/x->a/db', 'b/x->a/web']);
    expect(ids(filterEdges(big, 'auto', { ...none, selectedNamespace: 'b' }))).toEqual(['a/web->a/db', 'b/x->a/db', 'b/x->a/web']);
  });

  it('allowed, denied and all draw what they say, whatever the size', () => {
    expect(ids(filterEdges(plan(2), 'allowed', none))).toEqual(['a/web->a/db']);
    expect(ids(filterEdges(plan(2), 'denied', none))).toEqual(['a/db->a/web', 'b/x->a/db', 'b/x->a/web']);
    expect(filterEdges(plan(1000), 'all', none).edges).toHaveLength(4);
  });

  it('keeps a namespace aggregate under allowed when some of its pairs are allowed', () => {
    const mixed: FlowEdgeView = { id: 'ns:a->ns:b', from: 'ns:a', to: 'ns:b', verdict: 'mixed', ports: [], counts: { allowed: 1, denied: 3 } };
    const p: EdgePlan = { edges: [mixed], podEdgeCount: 500, aggregated: true, hidden: 0 };
    expect(filterEdges(p, 'allowed', none).edges).toHaveLength(1);
    expect(filterEdges(p, 'denied', none).edges).toHaveLength(1);
  });
});
