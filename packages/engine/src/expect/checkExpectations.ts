/**
 * Checks written expectations against the policies: every pair of the two sides must meet
 * the expected verdict (a pod is never checked against itself, as it can always reach
 * itself). A side that matches nothing fails and says so: an expectation about pods that
 * are not there must never pass silently.
 */
import type { PolicyModel } from '../evaluate';
import { evaluateFlow } from '../evaluate';
import { selectorMatches } from '../selector';
import type { FlowEndpoint } from '../model';
import type { Expectation, ExpectationFailure, ExpectationResult, ExpectationSide } from './types';
import { assertNever } from '../util';

/** Most failures listed per expectation (the count is still exact). */
const MAX_FAILURES = 20;

/** The endpoints a side stands for. */
export function sideEndpoints(model: PolicyModel, side: ExpectationSide): FlowEndpoint[] {
  const pods = model.cluster.pods;
  switch (side.kind) {
    case 'ip':
      return [{ kind: 'ip', ip: side.ip }];
    case 'pod':
      return model.podIndex[side.id] === undefined ? [] : [{ kind: 'pod', id: side.id }];
    case 'namespace':
      return pods
        .filter((p) => p.namespace === side.namespace)
        .map((p) => ({ kind: 'pod', id: p.id }));
    case 'selector':
      return pods
        .filter((p) => p.namespace === side.namespace && selectorMatches(side.selector, p.labels))
        .map((p) => ({ kind: 'pod', id: p.id }));
    default: {
      return assertNever(side, 'side');
    }
  }
}

function label(endpoint: FlowEndpoint): string {
  return endpoint.kind === 'pod' ? endpoint.id : endpoint.ip;
}

export function checkExpectation(model: PolicyModel, expectation: Expectation): ExpectationResult {
  const sources = sideEndpoints(model, expectation.from);
  const destinations = sideEndpoints(model, expectation.to);
  const unmatched = [
    ...(sources.length === 0 ? (['from'] as const) : []),
    ...(destinations.length === 0 ? (['to'] as const) : []),
  ];
  if (unmatched.length > 0)
    return {
      expectation,
      pass: false,
      got: 'no match',
      problem: { kind: 'no-match', sides: unmatched },
      checked: 0,
      failures: [],
    };
  const failures: ExpectationFailure[] = [];
  let checked = 0;
  let failed = 0;
  for (const from of sources) {
    for (const to of destinations) {
      if (from.kind === 'pod' && to.kind === 'pod' && from.id === to.id) continue;
      checked++;
      const verdict = evaluateFlow(model, {
        from,
        to,
        port: expectation.port,
        protocol: expectation.protocol,
      });
      if (verdict.verdict === expectation.expect) continue;
      failed++;
      if (failures.length < MAX_FAILURES) failures.push({ from: label(from), to: label(to), verdict });
    }
  }
  if (checked === 0)
    return {
      expectation,
      pass: false,
      got: 'no match',
      problem: { kind: 'same-pod' },
      checked,
      failures,
    };
  const first = failures[0];
  if (!first) return { expectation, pass: true, got: expectation.expect, checked, failures };
  return {
    expectation,
    pass: false,
    got: first.verdict.verdict,
    problem: { kind: 'verdict', failed },
    checked,
    failures,
  };
}

export function checkExpectations(
  model: PolicyModel,
  expectations: readonly Expectation[],
): ExpectationResult[] {
  return expectations.map((e) => checkExpectation(model, e));
}
