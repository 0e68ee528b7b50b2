/**
 * Matrix benchmark with ClusterNetworkPolicies in force: the synthetic cluster at 200, 1,000
 * and 5,000 pods with 2 and 10 cluster policies of both tiers (namespace, pod, network and
 * named-port rules). The class-based tiered matrix against the per-pair tier walk it
 * replaced (`evaluateFlow` / `tieredPortScan` on every pod pair; only where that finishes in
 * seconds).
 * `benchTiers()` is a plain function so `pnpm bench` (bench/run.ts) can call it.
 */
import { compileClusterPolicies } from '../src/clusterPolicy';
import { buildCluster } from '../src/cluster';
import { compilePolicies } from '../src/compile';
import { createPolicyModel, evaluateFlow } from '../src/evaluate';
import { tieredPortScan } from '../src/evaluate/tieredPorts';
import type { PolicyModel } from '../src/evaluate';
import { loadText } from '../src/load';
import { computeMatrixCompact } from '../src/matrix';
import { syntheticCluster } from './synthetic';

const TIERED_SIZES: readonly { pods: number; clusterPolicies: number }[] = [
  { pods: 200, clusterPolicies: 2 },
  { pods: 200, clusterPolicies: 10 },
  { pods: 1_000, clusterPolicies: 2 },
  { pods: 1_000, clusterPolicies: 10 },
  { pods: 5_000, clusterPolicies: 2 },
  { pods: 5_000, clusterPolicies: 10 },
];
/** The per-pair baseline is pods² tier walks: only run it up to this many pods. */
const PER_PAIR_MAX = 1_000;

/**
 * The k-th cluster policy: five shapes in turn, each naming different labels. The networks
 * name the addresses of the synthetic cluster's bare pods (10.NS.x.x, in ns-4 at 200 pods
 * and in every tenth namespace beyond), so they split classes.
 */
export function clusterPolicyYaml(k: number): string {
  const head = (tier: string, priority: number) => `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata:
  name: cnp-${k}
spec:
  tier: ${tier}
  priority: ${priority}
`;
  const team = `team-${k % 10}`;
  switch (k % 5) {
    case 0:
      return `${head('Admin', 10 + k)}  subject:
    namespaces:
      matchLabels: {env: prod}
  ingress:
  - action: Deny
    from:
    - namespaces:
        matchLabels: {env: dev}
`;
    case 1:
      return `${head('Baseline', 100 + k)}  subject:
    namespaces: {}
  ingress:
  - action: Deny
    from:
    - namespaces: {}
`;
    case 2:
      return `${head('Admin', 20 + k)}  subject:
    pods:
      namespaceSelector: {}
      podSelector:
        matchLabels: {tier: db}
  ingress:
  - action: Accept
    from:
    - pods:
        namespaceSelector: {matchLabels: {team: ${team}}}
        podSelector: {}
    protocols:
    - tcp:
        destinationPort: {number: 5432}
`;
    case 3:
      return `${head('Admin', 30 + k)}  subject:
    namespaces:
      matchLabels: {team: ${team}}
  egress:
  - action: Deny
    to:
    - networks: ["${k === 3 ? '10.4.0.0/16' : '10.0.0.0/8'}"]
`;
    default:
      return `${head('Admin', 5 + k)}  subject:
    namespaces: {}
  ingress:
  - action: Pass
    from:
    - namespaces:
        matchLabels: {team: ${team}}
    protocols:
    - destinationNamedPort: http
`;
  }
}

function tieredModel(pods: number, clusterPolicies: number): PolicyModel {
  const { text } = syntheticCluster(pods);
  const cnps = Array.from({ length: clusterPolicies }, (_, k) => clusterPolicyYaml(k));
  const objects = loadText([text, ...cnps].join('---\n'), { file: 'tiers.yaml' }).objects;
  return createPolicyModel(
    buildCluster(objects).cluster,
    compilePolicies(objects),
    compileClusterPolicies(objects),
  );
}

/** Any port is about four times the cost of one port per pair: the baseline only here. */
const PER_PAIR_ANY_MAX = 200;

/** What the any-port matrix did before classes: the port scan on every pod pair. */
function perPairAnyPort(model: PolicyModel): number {
  const pods = model.cluster.pods;
  let allowed = 0;
  for (const a of pods)
    for (const b of pods) {
      if (a === b) continue;
      const scan = tieredPortScan(model, { kind: 'pod', id: a.id }, { kind: 'pod', id: b.id });
      if (scan.ports.kind === 'all' || scan.ports.ranges.length > 0) allowed++;
    }
  return allowed;
}

/** What the matrix did before classes: the tier walk on every pod pair. */
function perPairAllowed(model: PolicyModel): number {
  const pods = model.cluster.pods;
  let allowed = 0;
  for (const a of pods)
    for (const b of pods)
      if (
        a !== b &&
        evaluateFlow(model, {
          from: { kind: 'pod', id: a.id },
          to: { kind: 'pod', id: b.id },
          port: 8080,
          protocol: 'TCP',
        }).verdict === 'allowed'
      )
        allowed++;
  return allowed;
}

function ms<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export interface TieredRow {
  readonly pods: number;
  readonly clusterPolicies: number;
  readonly classes: number;
  readonly portMs: number;
  readonly anyMs: number;
  /** The per-pair baseline (one port), where run. */
  readonly perPairMs?: number;
  /** The per-pair baseline (any port), where run. */
  readonly perPairAnyMs?: number;
  /** Allowed pairs (one port) of both, which must agree. */
  readonly allowed: number;
  readonly perPairAllowed?: number;
}

export function benchTiers(sizes = TIERED_SIZES): TieredRow[] {
  return sizes.map(({ pods, clusterPolicies }) => {
    const model = tieredModel(pods, clusterPolicies);
    const port = ms(() => computeMatrixCompact(model, { port: 8080, protocol: 'TCP' }));
    const any = ms(() => computeMatrixCompact(model));
    let allowed = 0;
    const n = model.cluster.pods.length;
    const m = port.value;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const bit = (m.classOf[i] as number) * m.classCount + (m.classOf[j] as number);
        if (((m.allowedBits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0) allowed++;
      }
    const baseline = pods <= PER_PAIR_MAX ? ms(() => perPairAllowed(model)) : undefined;
    const baselineAny = pods <= PER_PAIR_ANY_MAX ? ms(() => perPairAnyPort(model)) : undefined;
    return {
      pods: n,
      clusterPolicies: model.clusterPolicies?.length ?? 0,
      classes: any.value.classCount,
      portMs: port.ms,
      anyMs: any.ms,
      ...(baseline ? { perPairMs: baseline.ms, perPairAllowed: baseline.value } : {}),
      ...(baselineAny ? { perPairAnyMs: baselineAny.ms } : {}),
      allowed,
    };
  });
}

export function printTiers(rows: readonly TieredRow[]): void {
  console.log('Matrix with ClusterNetworkPolicies in force (class-based vs the per-pair tier walk)');
  console.table(
    rows.map((r) => ({
      pods: r.pods,
      'cluster policies': r.clusterPolicies,
      classes: r.classes,
      'matrix TCP 8080 ms': r.portMs.toFixed(0),
      'matrix any-port ms': r.anyMs.toFixed(0),
      'per-pair TCP 8080 ms': r.perPairMs === undefined ? '-' : r.perPairMs.toFixed(0),
      'per-pair any-port ms': r.perPairAnyMs === undefined ? '-' : r.perPairAnyMs.toFixed(0),
      'allowed pairs': r.allowed,
      'per-pair allowed': r.perPairAllowed ?? '-',
    })),
  );
}
