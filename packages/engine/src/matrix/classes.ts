import type { Protocol } from '../model';
import type { PolicyModel } from '../evaluate';
import { resolveNamedPort } from '../evaluate';
import type { Bits } from './bitset';
import { forEachBit } from './bitset';

/**
 * Pods grouped into classes that no policy can tell apart: same isolating policies, matched
 * by the same peers (selectors over pod and namespace labels, ipBlocks over IPs) and the
 * same numbers behind every named port in use. Evaluation then runs on classes, not pods.
 */
export interface PodClasses {
  /** Pod index → class index. */
  readonly classOf: Int32Array;
  readonly count: number;
  /** Class index → one pod of the class. */
  readonly representatives: Int32Array;
  /** Class index → number of pods. */
  readonly sizes: Int32Array;
}

export interface NamedPortKey {
  readonly name: string;
  readonly protocol: Protocol;
}

/** Partition refinement: start from isolation, split by every peer set and named port. */
export function partitionPods(
  model: PolicyModel,
  peerSets: readonly Bits[],
  namedPorts: readonly NamedPortKey[],
): PodClasses {
  const size = model.cluster.pods.length;
  const classOf = new Int32Array(size);
  const initial = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const key = `${(model.ingressPolicies[i] ?? []).join(',')}|${(model.egressPolicies[i] ?? []).join(',')}`;
    let id = initial.get(key);
    if (id === undefined) initial.set(key, (id = initial.size));
    classOf[i] = id;
  }
  let next = initial.size;
  let remap = new Int32Array(Math.max(16, size * 2)).fill(-1);
  const touched: number[] = [];
  for (const set of peerSets) {
    if (next + size > remap.length) {
      next = compact(classOf);
      if (next + size > remap.length) remap = new Int32Array((next + size) * 2).fill(-1);
    }
    forEachBit(set, (i) => {
      const old = classOf[i] as number;
      let moved = remap[old] as number;
      if (moved === -1) {
        remap[old] = moved = next++;
        touched.push(old);
      }
      classOf[i] = moved;
    });
    for (const old of touched) remap[old] = -1;
    touched.length = 0;
  }
  for (const { name, protocol } of namedPorts) {
    const split = new Map<number, number>();
    model.cluster.pods.forEach((pod, i) => {
      const port = resolveNamedPort(pod.ports, name, protocol);
      if (port === undefined) return;
      const key = (classOf[i] as number) * 65536 + port;
      let moved = split.get(key);
      if (moved === undefined) split.set(key, (moved = next++));
      classOf[i] = moved;
    });
  }
  const count = compact(classOf);
  const representatives = new Int32Array(count).fill(-1);
  const sizes = new Int32Array(count);
  for (let i = 0; i < size; i++) {
    const c = classOf[i] as number;
    if (representatives[c] === -1) representatives[c] = i;
    sizes[c] = (sizes[c] as number) + 1;
  }
  return { classOf, count, representatives, sizes };
}

/** Renumbers class ids densely in order of first appearance; returns the class count. */
function compact(classOf: Int32Array): number {
  const ids = new Map<number, number>();
  for (let i = 0; i < classOf.length; i++) {
    const old = classOf[i] as number;
    let id = ids.get(old);
    if (id === undefined) ids.set(old, (id = ids.size));
    classOf[i] = id;
  }
  return ids.size;
}
