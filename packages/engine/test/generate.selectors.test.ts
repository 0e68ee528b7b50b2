// proposeSelectors: the label a person would select a pod by.
import { describe, expect, it } from 'vitest';
import { proposeSelectors } from '../src/generate';
import type { Cluster, PodEndpoint } from '../src/model/cluster';
import type { Labels } from '../src/selector/labelSelector';

function endpoint(ns: string, name: string, labels: Labels): PodEndpoint {
  return {
    id: `${ns}/${name}`,
    namespace: ns,
    name,
    labels,
    ips: [],
    ports: [],
    hostNetwork: false,
    origin: { kind: 'Deployment', name, replicas: 1 },
    source: { kind: 'Deployment', namespace: ns, name, file: 't.yaml', documentIndex: 0 },
  };
}

function clusterOf(...pods: PodEndpoint[]): Cluster {
  const names = [...new Set(pods.map((p) => p.namespace))];
  return {
    namespaces: names.map((name) => ({
      name,
      labels: { 'kubernetes.io/metadata.name': name },
      implied: true,
    })),
    pods,
  };
}

describe('proposeSelectors', () => {
  const seed = clusterOf(
    endpoint('policy-test-app', 'azure-vote-back', {
      app: 'azure-vote-back',
      type: 'redis',
      'pod-template-hash': '7dd7659996',
    }),
    endpoint('policy-test-app', 'azure-vote-front', {
      app: 'azure-vote-front',
      role: 'redis-client',
      'pod-template-hash': '6c98d888fc',
    }),
  );

  it('prefers the role-like label on a tie: type: redis for azure-vote-back', () => {
    expect(proposeSelectors(seed, 'policy-test-app/azure-vote-back')?.preferred).toEqual({
      type: 'redis',
    });
  });

  it('prefers role: redis-client for azure-vote-front', () => {
    expect(proposeSelectors(seed, 'policy-test-app/azure-vote-front')?.preferred).toEqual({
      role: 'redis-client',
    });
  });

  it('picks app when the pod has only an app label', () => {
    const cluster = clusterOf(
      endpoint('a', 'web', { app: 'web' }),
      endpoint('a', 'db', { app: 'db' }),
    );
    expect(proposeSelectors(cluster, 'a/web')?.preferred).toEqual({ app: 'web' });
  });

  it('never proposes per-pod or per-rollout labels, but lists them last, marked', () => {
    const pod = endpoint('a', 'job', {
      'pod-template-hash': 'x',
      'controller-revision-hash': 'y',
      'statefulset.kubernetes.io/pod-name': 'db-0',
      'batch.kubernetes.io/job-name': 'j',
      'job-name': 'j',
      'batch.kubernetes.io/controller-uid': 'u',
      app: 'worker',
    });
    const proposal = proposeSelectors(clusterOf(pod), 'a/job');
    expect(proposal?.preferred).toEqual({ app: 'worker' });
    expect(proposal?.candidates[0]?.key).toBe('app');
    expect(proposal?.candidates.slice(1).every((c) => c.kind === 'per-pod')).toBe(true);
    expect(proposal?.candidates).toHaveLength(7);
  });

  it('never adds version or pod-template-hash to narrow a mid-rollout selection', () => {
    // Two ReplicaSets of one Deployment during a rollout: app is shared, the rest differs.
    const cluster = clusterOf(
      endpoint('a', 'svc-0-v3', { app: 'svc-0', version: 'v3', 'pod-template-hash': 'aaa' }),
      endpoint('a', 'svc-0-v2', { app: 'svc-0', version: 'v2', 'pod-template-hash': 'bbb' }),
      endpoint('a', 'svc-1', { app: 'svc-1', version: 'v3' }),
    );
    const proposal = proposeSelectors(cluster, 'a/svc-0-v3');
    expect(proposal?.preferred).toEqual({ app: 'svc-0' });
    expect(proposal?.preferredSelects).toBe(2);
  });

  it('proposes nothing (rather than an unstable label) for a pod with only unstable labels', () => {
    const cluster = clusterOf(
      endpoint('a', 'x', { version: 'v1', 'pod-template-hash': 'h' }),
      endpoint('a', 'y', { version: 'v2' }),
    );
    const proposal = proposeSelectors(cluster, 'a/x');
    expect(proposal?.preferred).toEqual({});
    expect(proposal?.candidates.map((c) => c.kind)).toEqual(['volatile', 'per-pod']);
  });

  it('prefers the label that selects fewer pods over a role-like one that selects more', () => {
    const cluster = clusterOf(
      endpoint('a', 'api', { app: 'api', tier: 'backend' }),
      endpoint('a', 'worker', { app: 'worker', tier: 'backend' }),
    );
    const proposal = proposeSelectors(cluster, 'a/api');
    expect(proposal?.preferred).toEqual({ app: 'api' });
    expect(proposal?.candidates).toEqual([
      { key: 'app', value: 'api', kind: 'identity', podsInNamespace: 1, podsInCluster: 1 },
      { key: 'tier', value: 'backend', kind: 'role', podsInNamespace: 2, podsInCluster: 2 },
    ]);
  });

  it('counts pods per namespace and per cluster', () => {
    const cluster = clusterOf(
      endpoint('a', 'web', { role: 'frontend' }),
      endpoint('b', 'web', { role: 'frontend' }),
      endpoint('b', 'web2', { role: 'frontend' }),
    );
    expect(proposeSelectors(cluster, 'a/web')?.candidates[0]).toMatchObject({
      podsInNamespace: 1,
      podsInCluster: 3,
    });
  });

  it('combines labels when no single one is as specific as all together', () => {
    const cluster = clusterOf(
      endpoint('a', 'web-front', { app: 'web', tier: 'front' }),
      endpoint('a', 'web-back', { app: 'web', tier: 'back' }),
      endpoint('a', 'api-front', { app: 'api', tier: 'front' }),
    );
    const proposal = proposeSelectors(cluster, 'a/web-front');
    expect(proposal?.preferred).toEqual({ tier: 'front', app: 'web' });
    expect(proposal?.preferredSelects).toBe(1);
  });

  it('puts version-like keys last', () => {
    const cluster = clusterOf(endpoint('a', 'web', { version: 'v1', app: 'web', team: 'x' }));
    expect(proposeSelectors(cluster, 'a/web')?.candidates.map((c) => c.key)).toEqual([
      'app',
      'team',
      'version',
    ]);
  });

  it('proposes nothing for a pod without labels, and undefined for an unknown pod', () => {
    const cluster = clusterOf(endpoint('a', 'bare', {}));
    expect(proposeSelectors(cluster, 'a/bare')).toMatchObject({
      candidates: [],
      preferred: {},
      preferredSelects: 1,
    });
    expect(proposeSelectors(cluster, 'a/missing')).toBeUndefined();
  });
});
