/**
 * The one place the app turns verdicts (engine data) into words: the Explain panel, the
 * edge hover card and the recipe checks all read their sentences from here.
 */
import type {
  ExpectationResult,
  ClusterRuleRef,
  DirectionVerdict,
  FlowEndpoint,
  FlowVerdict,
  PolicyRef,
  ProbedPort,
  TierStep,
} from '@netpol/engine';

export function endpointLabel(endpoint: FlowEndpoint): string {
  return endpoint.kind === 'pod' ? endpoint.id : endpoint.ip;
}

function policyName(ref: PolicyRef): string {
  return `${ref.namespace}/${ref.name}`;
}

/** "TCP 80", or "TCP port web (80)" for a named port. */
export function portText(probe: ProbedPort): string {
  if (probe.name === undefined) return `${probe.protocol} ${probe.number ?? '?'}`;
  const resolved =
    probe.number === undefined ? 'not found on the destination' : String(probe.number);
  return `${probe.protocol} port ${probe.name} (${resolved})`;
}

/** One side's reason as a sentence; `subject` is the pod the direction is about. */
export function sideReasonText(side: DirectionVerdict, subject: string, other: string): string {
  const policies = side.isolatingPolicies.map(policyName).join(', ');
  switch (side.reason.kind) {
    case 'self':
      return `${subject} is talking to itself, which NetworkPolicy never blocks`;
    case 'unknown-pod':
      return `${subject} is not a known pod`;
    case 'outside-cluster':
      return `${subject} is outside the cluster's pods: no policy applies to its ${side.direction}`;
    case 'host-network':
      return `${subject} uses the host network: NetworkPolicy does not isolate it`;
    case 'not-isolated':
      return `no policy selects ${subject} for ${side.direction}, so its ${side.direction} is not restricted`;
    case 'rule-allows': {
      const by = [...new Set(side.allowedBy.map((r) => policyName(r.policy)))].join(', ');
      return `${subject} is isolated for ${side.direction} by ${policies}; allowed by ${by}`;
    }
    case 'no-rule-allows': {
      const towards = side.direction === 'egress' ? `traffic to ${other}` : `traffic from ${other}`;
      return `${subject} is isolated for ${side.direction} by ${policies}, and no ${side.direction} rule of ${policies} allows ${towards}`;
    }
    case 'no-such-port':
      return `${subject} has no container port named ${side.reason.name} (${side.reason.protocol}): there is no port to reach`;
  }
}

/** The explanation as sentences: each side's reason, then the conclusion. */
export function explanationLines(verdict: FlowVerdict): string[] {
  const from = endpointLabel(verdict.flow.from);
  const to = endpointLabel(verdict.flow.to);
  if (verdict.egress.reason.kind === 'self')
    return [`a pod can always reach itself: ${from} → ${to} is allowed`];
  const on = `${from} → ${to} on ${portText(verdict.port)}`;
  const deniedBy = [verdict.egress, verdict.ingress]
    .filter((s) => s.verdict === 'denied')
    .map((s) => s.direction)
    .join(' and ');
  return [
    sideReasonText(verdict.egress, from, to),
    sideReasonText(verdict.ingress, to, from),
    verdict.verdict === 'denied' ? `${on} is denied by ${deniedBy}` : `${on} is ${verdict.verdict}`,
  ];
}

/** One side of a verdict in a few words: "denied by default-deny-ingress" or "allowed by redis-policy". */
export function sideSummary(side: DirectionVerdict, who: string): string {
  const where = `${side.direction} at ${who}`;
  const decided = side.tiers?.at(-1);
  if (decided && 'rule' in decided && (decided.outcome === 'Accept' || decided.outcome === 'Deny'))
    return `${where}: ${decided.outcome === 'Accept' ? 'accepted' : 'denied'} by ${decided.rule.policy.name} (${decided.tier} tier)`;
  if (decided?.tier === 'Baseline' || decided?.tier === 'Admin') return `${where}: ${side.verdict} (${decided.tier} tier)`;
  if (decided?.tier === 'default') return `${where}: allowed (no tier decided)`;
  if (!side.isolated) return `${where}: open (not isolated)`;
  if (side.allowed)
    return `${where}: allowed by ${[...new Set(side.allowedBy.map((r) => r.policy.name))].join(', ')}`;
  return `${where}: denied, isolated by ${side.isolatingPolicies.map((p) => p.name).join(', ')} and no rule allows it`;
}

function clusterRuleName(rule: ClusterRuleRef): string {
  return `${rule.policy.name} ${rule.direction} rule ${rule.ruleIndex}${rule.ruleName ? ` (${rule.ruleName})` : ''}`;
}

/** One step of a side's tier walk, in a few words. */
export function tierStepText(step: TierStep): string {
  switch (step.outcome) {
    case 'no-match':
      return 'no rule matches';
    case 'Accept':
    case 'Deny':
      return `${step.outcome} by ${clusterRuleName(step.rule)}`;
    case 'Pass':
      return `Pass by ${clusterRuleName(step.rule)}: on to the next tier`;
    case 'ambiguous':
      return `ambiguous: ${step.rules.map((r) => `${r.action} by ${clusterRuleName(r)}`).join(' and ')} at one priority`;
    case 'unknown':
      return `unknown: whether the domainNames of ${clusterRuleName(step.rule)} match this address is not knowable offline`;
    case 'allowed':
      return step.tier === 'default'
        ? 'allowed: no tier decided'
        : 'allowed by a rule of an isolating policy';
    case 'denied':
      return 'denied: the pod is isolated and no rule allows it';
    case 'not-isolated':
      return 'no policy isolates the pod: on to Baseline';
    case 'not-subject':
      return 'no cluster policy applies to this end';
  }
}

export function tierName(step: TierStep): string {
  return step.tier === 'none' ? 'Tiers' : step.tier === 'default' ? 'Default' : step.tier;
}

/** Why an expectation failed, in one line ('' when it passed). */
export function expectationReasonText(result: ExpectationResult): string {
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
