/**
 * Diff benchmark: the reachability diff of the 10,000-pod synthetic cluster (1,000
 * policies) against itself with every tenth policy removed. The budget class is the
 * matrix's: two compact matrices plus a group-by-group comparison, never pods².
 * `benchDiff()` is a plain function so `pnpm bench` (bench/run.ts) can call it.
 */
import { buildCluster } from '../src/cluster';
import { compilePolicies } from '../src/compile';
import { diffCompactMatrices, pairCount } from '../src/diff';
import { createPolicyModel } from '../src/evaluate';
import { loadText } from '../src/load';
import { computeMatrixCompact } from '../src/matrix';
import { syntheticCluster } from './synthetic';

export interface DiffBench {
  readonly pods: number;
  readonly policiesBefore: number;
  readonly policiesAfter: number;
  /** Both compact matrices and their comparison (what `netpol diff` computes). */
  readonly ms: number;
  /** The comparison alone. */
  readonly compareMs: number;
  readonly groups: number;
  readonly changedPairs: number;
}

export function benchDiff(pods = 10_000, policies = 1_000): DiffBench {
  const { text } = syntheticCluster(pods, policies);
  const objects = loadText(text, { file: 'synthetic.yaml' }).objects;
  const cluster = buildCluster(objects).cluster;
  const compiled = compilePolicies(objects);
  const before = createPolicyModel(cluster, compiled);
  const after = createPolicyModel(
    cluster,
    compiled.filter((_, i) => i % 10 !== 0),
  );
  let best: DiffBench | undefined;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const b = computeMatrixCompact(before);
    const a = computeMatrixCompact(after);
    const compareStart = performance.now();
    const diff = diffCompactMatrices(b, a);
    const end = performance.now();
    const changedPairs = diff.changes.reduce((sum, c) => sum + pairCount(diff, c), 0);
    const result = {
      pods: diff.pods.length,
      policiesBefore: before.policies.length,
      policiesAfter: after.policies.length,
      ms: end - start,
      compareMs: end - compareStart,
      groups: diff.members.length,
      changedPairs,
    };
    if (!best || result.ms < best.ms) best = result;
  }
  return best as DiffBench;
}
