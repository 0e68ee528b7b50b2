// Property tests: with no ClusterNetworkPolicy in force every verdict is exactly what the
// NetworkPolicy engine says (Nodes and not-evaluated kinds change nothing), and an Admin
// policy that passes everything leaves every verdict and every allowed port as it was —
// which also checks the per-pair tiered matrix against the class-based one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileClusterPolicies, readNodes } from '../src/clusterPolicy';
import { buildCluster } from '../src/cluster';
import { compilePolicies } from '../src/compile';
import { allowedPorts, createPolicyModel, evaluateFlow, formatPortSet } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import { computeMatrix } from '../src/matrix';
import type { Protocol } from '../src/model/k8s';
import { loadedFromPlain, modelFromObjects } from './pipeline';
import { clusterWithPolicies } from './properties.arbitraries';

const RUNS = 100;
const probePort = fc.record({
  port: fc.constantFrom<number | string>(53, 80, 85, 443, 8080, 'http', 'dns'),
  protocol: fc.constantFrom<Protocol>('TCP', 'UDP', 'SCTP'),
});

const node = {
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: 'n1', labels: { zone: 'a' } },
  status: { addresses: [{ type: 'InternalIP', address: '10.0.0.1' }] },
};
const antrea = {
  apiVersion: 'crd.antrea.io/v1beta1',
  kind: 'ClusterNetworkPolicy',
  metadata: { name: 'antrea' },
  spec: {
    priority: 1,
    tier: 'securityops',
    appliedTo: [{ podSelector: {} }],
    ingress: [{ action: 'Drop', from: [{ namespaceSelector: {} }] }],
  },
};
const passAll = {
  apiVersion: 'policy.networking.k8s.io/v1alpha2',
  kind: 'ClusterNetworkPolicy',
  metadata: { name: 'pass-all' },
  spec: {
    tier: 'Admin',
    priority: 0,
    subject: { namespaces: {} },
    ingress: [{ action: 'Pass', from: [{ namespaces: {} }] }],
    egress: [{ action: 'Pass', to: [{ networks: ['0.0.0.0/0', '::/0'] }] }],
  },
};

/** The full pipeline's model: NetworkPolicies, Nodes and ClusterNetworkPolicies. */
function tieredModel(objects: readonly object[]): PolicyModel {
  const loaded = loadedFromPlain(objects);
  const nodes = readNodes(loaded);
  const { cluster } = buildCluster(loaded);
  return createPolicyModel(
    nodes.length > 0 ? { ...cluster, nodes } : cluster,
    compilePolicies(loaded),
    compileClusterPolicies(loaded),
  );
}

const pairs = (model: PolicyModel) =>
  model.cluster.pods.flatMap((a) => model.cluster.pods.map((b) => [a.id, b.id] as const));

describe('NetworkPolicy semantics are unchanged by the tiers', () => {
  it('without a ClusterNetworkPolicy in force, every verdict is identical', () => {
    fc.assert(
      fc.property(clusterWithPolicies, probePort, (objects, { port, protocol }) => {
        const today = modelFromObjects(loadedFromPlain(objects));
        const tiered = tieredModel([...objects, node, antrea]);
        expect(tiered.clusterPolicies).toBeUndefined();
        for (const [from, to] of pairs(today)) {
          const flow = {
            from: { kind: 'pod', id: from },
            to: { kind: 'pod', id: to },
            port,
            protocol,
          } as const;
          expect(evaluateFlow(tiered, flow)).toEqual(evaluateFlow(today, flow));
        }
        expect(computeMatrix(tiered, { port, protocol })).toEqual(
          computeMatrix(today, { port, protocol }),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('an Admin Pass for everything leaves every verdict and every allowed port as it was', () => {
    fc.assert(
      fc.property(clusterWithPolicies, probePort, (objects, { port, protocol }) => {
        const today = modelFromObjects(loadedFromPlain(objects));
        const tiered = tieredModel([...objects, passAll]);
        expect(tiered.clusterPolicies?.length).toBe(1);
        for (const [from, to] of pairs(today)) {
          const flow = {
            from: { kind: 'pod', id: from },
            to: { kind: 'pod', id: to },
            port,
            protocol,
          } as const;
          expect(evaluateFlow(tiered, flow).allowed).toBe(evaluateFlow(today, flow).allowed);
        }
        expect(computeMatrix(tiered, { port, protocol }).allowed).toEqual(
          computeMatrix(today, { port, protocol }).allowed,
        );
        const anyPort = computeMatrix(tiered);
        const expected = computeMatrix(today);
        expect(anyPort.allowed).toEqual(expected.allowed);
        expect(anyPort.ports).toEqual(expected.ports);
        for (const [from, to] of pairs(today))
          expect(formatPortSet(allowedPorts(tiered, from, to))).toEqual(
            formatPortSet(allowedPorts(today, from, to)),
          );
      }),
      { numRuns: RUNS },
    );
  });
});
