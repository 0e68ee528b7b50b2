/**
 * The one place the CLI turns verdicts (data) into words: the answer first, then each
 * side's reason, then the rules that allowed it. `probe --json` carries the same lines
 * as `explanation`.
 */
import type {
  ClusterRuleRef,
  DirectionVerdict,
  FlowEndpoint,
  FlowVerdict,
  PolicyRef,
  ProbedPort,
  RuleRef,
  TierStep,
  Verdict,
} from '@netpol/engine';

export function formatVerdict(verdict: FlowVerdict): string {
  const { flow } = verdict;
  const head = `${verdict.verdict.toUpperCase()}: ${label(flow.from)} → ${label(flow.to)} on ${flow.protocol} ${flow.port}`;
  return (
    [
      head,
      side('egress ', verdict.egress, label(flow.from), label(flow.to)),
      ...tierLines(verdict.egress),
      side('ingress', verdict.ingress, label(flow.to), label(flow.from)),
      ...tierLines(verdict.ingress),
      ...rules(verdict),
    ].join('\n') + '\n'
  );
}

/** The explanation as sentences: each side's reason, then the conclusion. */
export function explanationLines(verdict: FlowVerdict): string[] {
  const from = label(verdict.flow.from);
  const to = label(verdict.flow.to);
  if (verdict.egress.reason.kind === 'self')
    return [`a pod can always reach itself: ${from} → ${to} is allowed`];
  const chain = (side: DirectionVerdict) =>
    side.tiers ? [`${side.direction} tiers: ${side.tiers.map(tierStepText).join(' → ')}`] : [];
  return [
    sideReason(verdict.egress, from, to),
    ...chain(verdict.egress),
    sideReason(verdict.ingress, to, from),
    ...chain(verdict.ingress),
    conclusion(verdict, from, to),
  ];
}

/** The tier chain of one side, one step a line, each with the rule's place in the text. */
function tierLines(side: DirectionVerdict): string[] {
  return (side.tiers ?? []).map((step) => {
    const rule = 'rule' in step ? step.rule : undefined;
    return `      ${tierStepText(step)}${rule ? ` (${ruleAt(rule)})` : ''}`;
  });
}

function ruleAt(rule: ClusterRuleRef): string {
  return rule.range ? `${rule.policy.file}:${rule.range.startLine}` : rule.policy.file;
}

function clusterRuleName(rule: ClusterRuleRef): string {
  const name = rule.ruleName ? ` "${rule.ruleName}"` : '';
  return `${rule.policy.name} (priority ${rule.policy.priority}) ${rule.direction} rule ${rule.ruleIndex}${name}`;
}

/** One step of a tier walk in words, e.g. "Admin: Deny by deny-egress (priority 10) egress rule 0". */
export function tierStepText(step: TierStep): string {
  switch (step.outcome) {
    case 'no-match':
      return `${step.tier}: no rule matches`;
    case 'Accept':
    case 'Deny':
      return `${step.tier}: ${step.outcome} by ${clusterRuleName(step.rule)}`;
    case 'Pass':
      return `${step.tier}: Pass by ${clusterRuleName(step.rule)}, on to the next tier`;
    case 'ambiguous':
      return `${step.tier}: ambiguous, policies at one priority match with different actions: ${step.rules.map((r) => `${r.action} by ${clusterRuleName(r)}`).join(', ')}`;
    case 'unknown':
      return `${step.tier}: unknown, the domainNames peer of ${clusterRuleName(step.rule)} may match this address, which is not knowable offline`;
    case 'allowed':
      return step.tier === 'default'
        ? 'default: allowed (no tier decided)'
        : 'NetworkPolicy: allowed (the pod is isolated and a rule allows it)';
    case 'denied':
      return 'NetworkPolicy: denied (the pod is isolated and no rule allows it)';
    case 'not-isolated':
      return 'NetworkPolicy: not isolated, on to Baseline';
    case 'not-subject':
      return 'no tier applies (host-network pod, address outside the cluster, or unknown pod)';
  }
}

const MARKS: Record<Verdict, string> = { allowed: '✓', denied: '✗', unknown: '?', ambiguous: '?' };

function side(name: string, verdict: DirectionVerdict, self = '', other = ''): string {
  return `  ${name} ${MARKS[verdict.verdict]}  ${sideReason(verdict, self, other)}`;
}

/** One side's reason; `subject` is the pod the direction is about, `other` the far end. */
export function sideReason(
  verdict: DirectionVerdict,
  subject = 'the pod',
  other = 'the peer',
): string {
  const { direction } = verdict;
  const isolatedBy = `${subject} is isolated for ${direction} by ${listPolicies(verdict.isolatingPolicies)}`;
  switch (verdict.reason.kind) {
    case 'self':
      return `${subject} is talking to itself, which NetworkPolicy never blocks`;
    case 'unknown-pod':
      return `${subject} is not a known pod`;
    case 'outside-cluster':
      return `${subject} is outside the cluster's pods: no policy applies to its ${direction}`;
    case 'host-network':
      return `${subject} uses the host network: NetworkPolicy does not isolate it`;
    case 'not-isolated':
      return `no policy selects ${subject} for ${direction}, so its ${direction} is not restricted`;
    case 'rule-allows':
      return `${isolatedBy}; ${verdict.allowedBy.map(describeRule).join('; ')}`;
    case 'no-rule-allows': {
      const towards = direction === 'egress' ? `traffic to ${other}` : `traffic from ${other}`;
      return `${isolatedBy}, and no ${direction} rule of ${listPolicies(verdict.isolatingPolicies)} allows ${towards}`;
    }
    case 'no-such-port':
      return `${subject} has no container port named ${verdict.reason.name} (${verdict.reason.protocol}): there is no port to reach`;
  }
}

function conclusion(verdict: FlowVerdict, from: string, to: string): string {
  const on = `${from} → ${to} on ${describePort(verdict.port)}`;
  if (verdict.verdict === 'allowed') return `${on} is allowed`;
  if (verdict.verdict !== 'denied') return `${on} is ${verdict.verdict}`;
  const by = [verdict.egress, verdict.ingress].filter((s) => s.verdict === 'denied');
  return `${on} is denied by ${by.map((s) => s.direction).join(' and ')}`;
}

/** "TCP 80", or "TCP port serve-80-tcp (80)" for a named port. */
export function describePort(probe: ProbedPort): string {
  if (probe.name === undefined) return `${probe.protocol} ${probe.number ?? '?'}`;
  const resolved =
    probe.number === undefined ? 'not found on the destination' : String(probe.number);
  return `${probe.protocol} port ${probe.name} (${resolved})`;
}

/** "ingress rule 0, peer 1 of policy-test-app/redis-policy allows it" */
function describeRule(ref: RuleRef): string {
  const parts = [`${ref.direction} rule ${ref.ruleIndex}`];
  if (ref.peerIndex !== undefined) parts.push(`peer ${ref.peerIndex}`);
  if (ref.portIndex !== undefined) parts.push(`port ${ref.portIndex}`);
  return `${parts.join(', ')} of ${policyName(ref.policy)} allows it`;
}

function listPolicies(refs: readonly PolicyRef[]): string {
  return refs.map(policyName).join(', ');
}

function policyName(ref: PolicyRef): string {
  return `${ref.namespace}/${ref.name}`;
}

function rules(verdict: FlowVerdict): string[] {
  return [...verdict.egress.allowedBy, ...verdict.ingress.allowedBy].map((rule) => {
    const at = rule.range ? `${rule.policy.file}:${rule.range.startLine}` : rule.policy.file;
    return `  allowed by ${rule.policy.namespace}/${rule.policy.name} ${rule.path} (${at})`;
  });
}

function label(endpoint: FlowEndpoint): string {
  return endpoint.kind === 'pod' ? endpoint.id : endpoint.ip;
}
