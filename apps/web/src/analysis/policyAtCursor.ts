import type { Derivation } from './derive';
import { policyId } from './policyFocus';
import { policyRange } from './reveal';

/**
 * The policy (`ns/name`, as `selectedPolicy` names it) whose text holds `offset` of the
 * workspace text, or null. Only for the text the derivation was computed on: while the
 * analysis lags behind typing, offsets would point at the wrong object.
 */
export function policyAtOffset(derivation: Derivation, text: string, offset: number): string | null {
  if (derivation.text !== text) return null;
  for (const policy of derivation.result.policies) {
    const range = policyRange(derivation, policy.ref);
    if (range && range.startOffset <= offset && offset <= range.endOffset) return policyId(policy.ref);
  }
  return null;
}
