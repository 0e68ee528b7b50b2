import { describe, expect, it } from 'vitest';
import type { ClusterView, NamespaceView, PodView } from '../../analysis/graphData';
import { layoutCluster } from './layout';

function pod(namespace: string, name: string): PodView {
  return {
    id: `${namespace}/${name}`,
    namespace,
    name,
    labels: {},
    kind: 'Pod',
    ports: [],
    ingressIsolated: false,
    egressIsolated: false,
    stale: false,
    source: { kind: 'Pod', namespace, name, file: 'w', documentIndex: 0 },
  };
}

function view(pods: PodView[], policies: number): ClusterView {
  const names = [...new Set(pods.map((p) => p.namespace))].sort();
  const namespaces: NamespaceView[] = names.map((name) => ({
    name,
    labels: {},
    implied: true,
    podIds: pods.filter((p) => p.namespace === name).map((p) => p.id),
  }));
  return {
    namespaces,
    pods,
    podsById: new Map(pods.map((p) => [p.id, p])),
    cidrs: [],
    policies: new Array(policies).fill(null) as never[],
    model: null as never,
  };
}

describe('layoutCluster', () => {
  const pods = ['a', 'b', 'c', 'd', 'e'].flatMap((ns) => [1, 2, 3].map((i) => pod(ns, `p${i}`)));

  it('does not depend on policies', () => {
    expect(layoutCluster(view(pods, 0))).toEqual(layoutCluster(view(pods, 7)));
  });

  it('never overlaps two pods or two namespaces', () => {
    const layout = layoutCluster(view(pods, 0));
    const boxes = [...layout.namespaces.values()];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
    const inA = pods.filter((p) => p.namespace === 'a').map((p) => layout.pods.get(p.id)!);
    expect(new Set(inA.map((b) => `${b.x},${b.y}`)).size).toBe(inA.length);
  });
});

describe('layoutCluster with flows', () => {
  it('lays talking pods in layers, left to right along the allowed flows', async () => {
    const dagre = await import('@dagrejs/dagre');
    const pods = ['lb', 'web', 'api', 'db', 'idle'].map((n) => pod('shop', n));
    const flows = [
      ['shop/lb', 'shop/web'],
      ['shop/web', 'shop/api'],
      ['shop/api', 'shop/db'],
    ] as const;
    const layout = layoutCluster(view(pods, 1), flows, dagre);
    const x = (n: string) => layout.pods.get(`shop/${n}`)!.x;
    expect(x('lb')).toBeLessThan(x('web'));
    expect(x('web')).toBeLessThan(x('api'));
    expect(x('api')).toBeLessThan(x('db'));
    // The pod that talks to nobody waits below the layers, inside its namespace.
    const idle = layout.pods.get('shop/idle')!;
    expect(idle.y).toBeGreaterThan(layout.pods.get('shop/db')!.y);
    const ns = layout.namespaces.get('shop')!;
    expect(idle.y + idle.height).toBeLessThanOrEqual(ns.height);
    expect(x('db') + layout.pods.get('shop/db')!.width).toBeLessThanOrEqual(ns.width);
  });
});
