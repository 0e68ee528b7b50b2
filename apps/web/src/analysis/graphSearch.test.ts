import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from './derive';
import { clusterView } from './graphData';
import { searchGraph } from './graphSearch';

const boutique = readFileSync(new URL('../../../../public/examples/online-boutique.yaml', import.meta.url), 'utf8');
const view = clusterView(derive(boutique, new Map()).derivation);

describe('searchGraph', () => {
  it('finds a pod by part of its name, the exact name first', () => {
    expect(searchGraph(view, view.policies, 'cart')[0]).toEqual({ kind: 'pod', id: 'boutique/cartservice' });
    expect(searchGraph(view, view.policies, 'redis-cart')[0]).toEqual({ kind: 'pod', id: 'boutique/redis-cart' });
  });

  it('finds pods by label, namespaces and policies by name', () => {
    expect(searchGraph(view, view.policies, 'app=adservice')[0]).toEqual({ kind: 'pod', id: 'boutique/adservice' });
    expect(searchGraph(view, view.policies, 'boutique')[0]).toEqual({ kind: 'namespace', name: 'boutique' });
    expect(searchGraph(view, view.policies, 'deny-all')[0]).toEqual({ kind: 'policy', id: 'boutique/deny-all' });
  });

  it('finds nothing for an empty query or a name nobody has', () => {
    expect(searchGraph(view, view.policies, '  ')).toEqual([]);
    expect(searchGraph(view, view.policies, 'zzz')).toEqual([]);
  });
});
