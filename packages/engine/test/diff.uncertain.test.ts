// The diff's "uncertain" list: pairs whose verdict became or stopped being unknown or
// ambiguous. Property: it equals the cell-wise comparison of `evaluateFlow` on both sides,
// on random workspaces with and without a ClusterNetworkPolicy priority tie. Unit: the
// any-port diff of a tie appearing, and its ports staying in `lost` as the bits say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReachability } from '../src/diff';
import type { PairVerdict } from '../src/diff';
import { buildCluster } from '../src/cluster';
import { compileClusterPolicies } from '../src/clusterPolicy';
import { compilePolicies } from '../src/compile';
import { createPolicyModel, evaluateFlow } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import type { LoadedObject } from '../src/model/loaded';
import { loadedFromPlain, loadObjects } from './pipeline';
import { clusterWithPolicies } from './properties.arbitraries';

const cnp = (name: string, priority: number, action: string) => ({
  apiVersion: 'policy.networking.k8s.io/v1alpha2',
  kind: 'ClusterNetworkPolicy',
  metadata: { name },
  spec: {
    tier: 'Admin',
    priority,
    subject: { namespaces: {} },
    egress: [{ action, to: [{ namespaces: {} }] }],
  },
});

/** No cluster policy, an Accept, a Deny, or both: at the same priority they tie. */
const clusterPolicies = fc
  .record({
    accept: fc.boolean(),
    deny: fc.option(fc.constantFrom(5, 6), { nil: undefined }),
  })
  .map(({ accept, deny }) => [
    ...(accept ? [cnp('accept', 5, 'Accept')] : []),
    ...(deny === undefined ? [] : [cnp('deny', deny, 'Deny')]),
  ]);

const twoSides = fc.record({
  workspace: clusterWithPolicies,
  before: clusterPolicies,
  after: clusterPolicies,
});

/** The full pipeline's model, ClusterNetworkPolicies included (`pipeline.ts` leaves them out). */
function tieredModel(objects: readonly LoadedObject[]): PolicyModel {
  const { cluster } = buildCluster(objects);
  return createPolicyModel(cluster, compilePolicies(objects), compileClusterPolicies(objects));
}
const modelFromYaml = (text: string) => tieredModel(loadObjects(text));

const isPolicy = (o: object) => (o as { kind: string }).kind === 'NetworkPolicy';

function verdict(model: PolicyModel, from: string, to: string): PairVerdict {
  return evaluateFlow(model, {
    from: { kind: 'pod', id: from },
    to: { kind: 'pod', id: to },
    port: 80,
    protocol: 'TCP',
  }).verdict;
}

describe('diff "uncertain" = cell-wise verdict changes involving unknown or ambiguous', () => {
  it('one port, random workspaces and cluster policies', () => {
    let listed = 0;
    fc.assert(
      fc.property(twoSides, ({ workspace, before, after }) => {
        // After also drops every NetworkPolicy, so NetworkPolicy verdicts change too.
        const b = tieredModel(loadedFromPlain([...workspace, ...before]));
        const a = tieredModel(
          loadedFromPlain([...workspace.filter((o) => !isPolicy(o)), ...after]),
        );
        const expected = [];
        const ids = b.cluster.pods.map((p) => p.id).sort();
        for (const from of ids)
          for (const to of ids) {
            if (from === to) continue;
            const was = verdict(b, from, to);
            const is = verdict(a, from, to);
            const uncertain = (v: PairVerdict) => v === 'unknown' || v === 'ambiguous';
            if (was !== is && (uncertain(was) || uncertain(is)))
              expected.push({ from, to, before: was, after: is });
          }
        expect(diffReachability(b, a, { port: 80 }).uncertain).toEqual(expected);
        listed += expected.length;
      }),
      { numRuns: 60 },
    );
    // The generator must reach ties, or the property says nothing.
    expect(listed).toBeGreaterThan(0);
  });
});

const PODS = `
apiVersion: v1
kind: Namespace
metadata: {name: app}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: app}
spec: {containers: [{name: c, image: x}]}
status: {podIP: 10.0.0.1}
---
apiVersion: v1
kind: Pod
metadata: {name: server, namespace: app}
spec: {containers: [{name: c, image: x}]}
status: {podIP: 10.0.0.2}
`;
const TIE = `
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: a-accept}
spec:
  tier: Admin
  priority: 5
  subject: {pods: {podSelector: {}}}
  egress: [{action: Accept, to: [{namespaces: {}}]}]
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: b-deny}
spec:
  tier: Admin
  priority: 5
  subject: {pods: {podSelector: {}}}
  egress: [{action: Deny, to: [{namespaces: {}}]}]
`;

describe('diff "uncertain", any port', () => {
  it('lists both pairs that became ambiguous, and back again with the sides swapped', () => {
    const open = modelFromYaml(PODS);
    const tied = modelFromYaml(PODS + TIE);
    const became = diffReachability(open, tied);
    expect(became.uncertain).toEqual([
      { from: 'app/client', to: 'app/server', before: 'allowed', after: 'ambiguous' },
      { from: 'app/server', to: 'app/client', before: 'allowed', after: 'ambiguous' },
    ]);
    expect(diffReachability(tied, open).uncertain).toEqual([
      { from: 'app/client', to: 'app/server', before: 'ambiguous', after: 'allowed' },
      { from: 'app/server', to: 'app/client', before: 'ambiguous', after: 'allowed' },
    ]);
    expect(diffReachability(tied, tied).uncertain).toEqual([]);
    expect(diffReachability(open, open).uncertain).toEqual([]);
  });
});
