/** The one place the CLI turns an expectation's result (data) into words. */
import type { ExpectationResult } from '@netpol/engine';
import { explanationLines } from './verdict';

/** Why an expectation failed, in one line ('' when it passed). */
export function expectationReason(result: ExpectationResult): string {
  const { problem, expectation } = result;
  if (!problem) return '';
  switch (problem.kind) {
    case 'no-match':
      return `${problem.sides
        .map((side) => `${side} ${side === 'from' ? expectation.fromText : expectation.toText}`)
        .join(' and ')} matches no pod of the workspace`;
    case 'same-pod':
      return 'from and to are the same single pod: there is no pair to check';
    case 'verdict': {
      const first = result.failures[0];
      const why = first ? explanationLines(first.verdict).join('; ') : '';
      return result.checked === 1
        ? why
        : `${problem.failed} of ${result.checked} pairs ${result.got}, e.g. ${first?.from} → ${first?.to}: ${why}`;
    }
  }
}
