import type { PolicyModel } from '../evaluate';
import type { Cluster, CompiledPolicy, LoadedObject } from '../model';

/**
 * What generation reads: an `Analysis` has all of it. Its own file because the steps of
 * generation (plan, apply, futurePods) take it and `generate.ts` imports them all.
 */
export interface GenerateInput {
  readonly cluster: Cluster;
  readonly model: PolicyModel;
  readonly objects: readonly LoadedObject[];
  /** The policies in force (compiled from `objects`). */
  readonly policies: readonly CompiledPolicy[];
}
