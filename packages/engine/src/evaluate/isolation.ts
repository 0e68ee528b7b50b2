import type { PolicyRef } from '../model';
import type { PolicyModel } from './model';
import { isolatingPolicies } from './rules';

/**
 * The policies that isolate a pod, per direction (empty lists: not isolated). A hostNetwork
 * pod is never isolated (see `targetSelects`). Unknown ids give empty lists.
 */
export function isolation(
  model: PolicyModel,
  podId: string,
): { ingress: PolicyRef[]; egress: PolicyRef[] } {
  const index = model.podIndex[podId];
  if (index === undefined) return { ingress: [], egress: [] };
  return {
    ingress: isolatingPolicies(model, 'ingress', index).map((p) => p.ref),
    egress: isolatingPolicies(model, 'egress', index).map((p) => p.ref),
  };
}
