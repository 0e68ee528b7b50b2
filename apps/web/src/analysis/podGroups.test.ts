import { describe, expect, it } from 'vitest';
import type { PodEndpoint } from '@netpol/engine';
import { podGroups } from './podGroups';

const pod = (name: string, labels: Record<string, string>, owner?: { kind: string; name: string }): PodEndpoint => ({
  id: `shop/${name}`,
  namespace: 'shop',
  name,
  labels,
  ips: [],
  ports: [],
  hostNetwork: false,
  origin: { kind: 'Pod', name, replicas: 1, ...(owner ? { owner } : {}) },
  source: { kind: 'Pod', namespace: 'shop', name, file: 'f.yaml', documentIndex: 0 },
});

const rs = (name: string) => ({ kind: 'ReplicaSet', name });
const web = [1, 2, 3].map((i) => pod(`web-7d4f9-x${i}`, { app: 'web', 'pod-template-hash': '7d4f9' }, rs('web-7d4f9')));

describe('podGroups', () => {
  it('names a ReplicaSet group after its Deployment', () => {
    const groups = podGroups(web, () => 0);
    expect(groups).toEqual([
      { id: 'shop/web', name: 'web', ownerKind: 'Deployment', members: web.map((p) => p.id) },
    ]);
  });

  it('keeps a group apart when its pods have different verdicts (matrix classes)', () => {
    expect(podGroups(web, (id) => (id.endsWith('x3') ? 1 : 0))).toEqual([]);
  });

  it('groups StatefulSet pods by owner and unowned pods by identical labels only', () => {
    const db = [pod('db-0', { app: 'db' }, { kind: 'StatefulSet', name: 'db' }), pod('db-1', { app: 'db' }, { kind: 'StatefulSet', name: 'db' })];
    const loose = [pod('a', { app: 'tool', v: '1' }), pod('b', { app: 'tool', v: '1' }), pod('c', { app: 'tool', v: '2' })];
    const ids = podGroups([...db, ...loose], () => 0).map((g) => [g.id, g.members.length]);
    expect(ids).toEqual([['shop/db', 2], ['shop/tool', 2]]);
  });

  it('does not group workload manifests or a single pod', () => {
    const deployment = { ...web[0], origin: { kind: 'Deployment', name: 'web', replicas: 3 } } as PodEndpoint;
    expect(podGroups([deployment, web[1] as PodEndpoint], () => 0)).toEqual([]);
  });
});
