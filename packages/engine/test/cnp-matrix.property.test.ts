// Property test: with random ClusterNetworkPolicies (and Nodes, host-network pods, named
// ports, ties) the class-based tiered matrix says, pod pair by pod pair, what the per-pair
// tier walk says: `evaluateFlow` on one port, `tieredPortScan` on any port.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileClusterPolicies, readNodes } from '../src/clusterPolicy';
import { buildCluster } from '../src/cluster';
import { compilePolicies } from '../src/compile';
import { createPolicyModel, evaluateFlow, formatPortSet } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import { decidingTier, tieredPortScan } from '../src/evaluate/tieredPorts';
import { compactDecidedBy, compactPorts, computeMatrixCompact } from '../src/matrix';
import { compactAllowed } from '../src/matrix/computeMatrix';
import type { Protocol } from '../src/model/k8s';
import { loadedFromPlain } from './pipeline';
import { POD_IPS, clusterWithPolicies, labels, selector } from './properties.arbitraries';

const RUNS = 100;

const selection = fc.record({ namespaceSelector: selector, podSelector: selector });
const peer = fc.oneof(
  fc.record({ namespaces: selector }),
  fc.record({ pods: selection }),
  fc.record({ nodes: selector }),
  fc.record({
    networks: fc.uniqueArray(
      fc.constantFrom('10.0.0.0/8', '10.0.0.0/24', '10.0.0.2/32', 'fd00::/16', '0.0.0.0/0'),
      { minLength: 1, maxLength: 2 },
    ),
  }),
  fc.record({ domainNames: fc.constant(['example.com']) }),
);
const protocols = fc.option(
  fc.array(
    fc.oneof(
      fc.record({
        tcp: fc.record({ destinationPort: fc.record({ number: fc.constantFrom(53, 80, 8080) }) }),
      }),
      fc.record({
        udp: fc.record({
          destinationPort: fc.record({
            range: fc.constantFrom({ start: 50, end: 90 }, { start: 80, end: 9000 }),
          }),
        }),
      }),
      fc.record({ destinationNamedPort: fc.constantFrom('http', 'dns') }),
    ),
    { minLength: 1, maxLength: 2 },
  ),
  { nil: undefined },
);
const rule = (peers: 'from' | 'to') =>
  fc
    .record({
      action: fc.constantFrom('Accept', 'Deny', 'Pass'),
      peers: fc.array(peer, { minLength: 1, maxLength: 2 }),
      protocols,
    })
    .map((r) => ({
      action: r.action,
      [peers]: r.peers,
      ...(r.protocols ? { protocols: r.protocols } : {}),
    }));
const clusterPolicy = fc.record({
  tier: fc.constantFrom('Admin', 'Baseline'),
  // Few priorities, so that ties (ambiguous verdicts) happen.
  priority: fc.constantFrom(1, 2, 3),
  subject: fc.oneof(fc.record({ namespaces: selector }), fc.record({ pods: selection })),
  ingress: fc.array(rule('from'), { maxLength: 2 }),
  egress: fc.array(rule('to'), { maxLength: 2 }),
});
const nodeObject = fc.record({ labels, ip: fc.constantFrom(...POD_IPS) });

const fixture = fc.record({
  objects: clusterWithPolicies,
  policies: fc.array(clusterPolicy, { minLength: 2, maxLength: 4 }),
  nodes: fc.array(nodeObject, { maxLength: 2 }),
});

interface Fixture {
  readonly objects: readonly object[];
  readonly policies: readonly object[];
  readonly nodes: readonly { labels: Partial<Record<string, string>>; ip: string }[];
}

function model({ objects, policies, nodes }: Fixture): PolicyModel {
  const loaded = loadedFromPlain([
    ...objects,
    ...nodes.map((n, i) => ({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: `n${i}`, labels: n.labels },
      status: { addresses: [{ type: 'InternalIP', address: n.ip }] },
    })),
    ...policies.map((spec, i) => ({
      apiVersion: 'policy.networking.k8s.io/v1alpha2',
      kind: 'ClusterNetworkPolicy',
      metadata: { name: `cnp${i}` },
      spec,
    })),
  ]);
  const readNodesOf = readNodes(loaded);
  const { cluster } = buildCluster(loaded);
  return createPolicyModel(
    readNodesOf.length > 0 ? { ...cluster, nodes: readNodesOf } : cluster,
    compilePolicies(loaded),
    compileClusterPolicies(loaded),
  );
}

const TIER_NAME = { Admin: 'Admin', Baseline: 'Baseline', other: undefined } as const;

describe('the class-based tiered matrix equals the per-pair tier walk', () => {
  it('on one port', () => {
    fc.assert(
      fc.property(
        fixture,
        fc.constantFrom<number | string>(53, 80, 85, 8080, 'http', 'dns'),
        fc.constantFrom<Protocol>('TCP', 'UDP'),
        (input, port, protocol) => {
          const m = model(input);
          const matrix = computeMatrixCompact(m, { port, protocol });
          const pods = m.cluster.pods;
          const uncertain = new Map(matrix.uncertain?.map((c) => [`${c.from},${c.to}`, c.verdict]));
          for (let i = 0; i < pods.length; i++)
            for (let j = 0; j < pods.length; j++) {
              if (i === j) continue;
              const verdict = evaluateFlow(m, {
                from: { kind: 'pod', id: pods[i]!.id },
                to: { kind: 'pod', id: pods[j]!.id },
                port,
                protocol,
              });
              expect(compactAllowed(matrix, i, j)).toBe(verdict.verdict === 'allowed');
              const doubtful = verdict.verdict === 'unknown' || verdict.verdict === 'ambiguous';
              expect(uncertain.get(`${i},${j}`)).toBe(doubtful ? verdict.verdict : undefined);
              expect(compactDecidedBy(matrix, i, j)).toBe(TIER_NAME[decidingTier(verdict)]);
            }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('on any port', () => {
    fc.assert(
      fc.property(fixture, (input) => {
        const m = model(input);
        const matrix = computeMatrixCompact(m);
        const pods = m.cluster.pods;
        for (let i = 0; i < pods.length; i++)
          for (let j = 0; j < pods.length; j++) {
            if (i === j) continue;
            const scan = tieredPortScan(
              m,
              { kind: 'pod', id: pods[i]!.id },
              { kind: 'pod', id: pods[j]!.id },
            );
            expect(formatPortSet(compactPorts(matrix, i, j))).toEqual(formatPortSet(scan.ports));
            const some = scan.ports.kind === 'all' || scan.ports.ranges.length > 0;
            expect(compactAllowed(matrix, i, j)).toBe(some);
          }
      }),
      { numRuns: RUNS },
    );
  });

  it('shares classes: pods no rule tells apart are evaluated once', () => {
    const pod = (name: string, app: string) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'x', labels: { app } },
      spec: { containers: [{ name: 'c', image: 'i' }] },
    });
    const m = model({
      objects: [pod('a1', 'a'), pod('a2', 'a'), pod('a3', 'a'), pod('b1', 'b')],
      policies: [
        {
          tier: 'Admin',
          priority: 1,
          subject: { pods: { namespaceSelector: {}, podSelector: { matchLabels: { app: 'b' } } } },
          ingress: [{ action: 'Deny', from: [{ namespaces: {} }] }],
        },
      ],
      nodes: [],
    });
    const matrix = computeMatrixCompact(m, { port: 80, protocol: 'TCP' });
    expect(matrix.classCount).toBe(2);
    expect(compactAllowed(matrix, 0, 1)).toBe(true);
    expect(compactAllowed(matrix, 0, 3)).toBe(false);
    expect(compactDecidedBy(matrix, 0, 3)).toBe('Admin');
  });
});
