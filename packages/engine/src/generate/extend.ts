/**
 * Adding to an existing policy instead of writing a new one, when the user chooses to:
 * the policies that can take the rule are those that already select the target pod for
 * the same direction (they isolate nothing new). The rule is always a NEW rule: a peer
 * appended to an existing rule's list would inherit that rule's ports, and reads as the
 * OR-for-AND mistake reviewers look for.
 */
import { targetSelects } from '../evaluate';
import type {
  Cluster,
  CompiledPolicy,
  Direction,
  LoadedObject,
  NetworkPolicyObject,
} from '../model';

export interface ExistingPolicy {
  readonly object: LoadedObject;
  readonly compiled: CompiledPolicy;
}

/** A policy the rule can be added to, for the placement picker. */
export interface PlacementOption {
  readonly namespace: string;
  readonly name: string;
  readonly direction: Direction;
  /** Pods of the namespace the policy selects: the rule applies to all of them. */
  readonly selects: number;
}

/** The enforced policies that isolate `direction` for pod `podId`, in text order. */
export function extensiblePolicies(
  existing: readonly ExistingPolicy[],
  cluster: Cluster,
  podId: string,
  direction: Direction,
): ExistingPolicy[] {
  const pod = cluster.pods.find((p) => p.id === podId);
  if (!pod) return [];
  return existing.filter(
    ({ compiled }) => compiled.isolates[direction] && targetSelects(compiled, pod),
  );
}

export function placementOption(
  found: ExistingPolicy,
  cluster: Cluster,
  direction: Direction,
): PlacementOption {
  const { compiled } = found;
  return {
    namespace: compiled.ref.namespace,
    name: compiled.ref.name,
    direction,
    selects: cluster.pods.filter((pod) => targetSelects(compiled, pod)).length,
  };
}

/** The policy with `rule` appended as a new rule of `direction`; the rest of the object kept. */
export function extendPolicy(
  original: NetworkPolicyObject,
  direction: Direction,
  rule: Record<string, unknown>,
): NetworkPolicyObject {
  const rules = Array.isArray(original.spec[direction]) ? original.spec[direction] : [];
  return { ...original, spec: { ...original.spec, [direction]: [...rules, rule] } };
}
