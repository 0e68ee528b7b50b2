import type { Direction, DirectionVerdict, Flow, FlowVerdict } from '../model/verdict';
import type { ResolvedEndpoint } from './endpoint';
import { peerFacts, resolveEndpoint } from './endpoint';
import { describePort, describeRule, listPolicies, towards } from './explain';
import type { ProbePort } from './match';
import { resolveNamedPort } from './match';
import type { PolicyModel } from './model';
import { allowingRules, isolatingPolicies, rulesMatchingPeer } from './rules';

/**
 * The verdict for one flow: allowed only when egress is allowed at the source AND ingress
 * at the destination. Each side says whether it is isolated, by which policies, and which
 * rules (all of them: rules are a union) allow the flow, or why none does.
 */
export function evaluateFlow(model: PolicyModel, flow: Flow): FlowVerdict {
  const from = resolveEndpoint(model, flow.from);
  const to = resolveEndpoint(model, flow.to);
  const probe = probePort(flow, to);
  if (from.kind === 'pod' && to.kind === 'pod' && from.index === to.index)
    return selfVerdict(model, flow, from.index, from.label);
  const egress = evaluateSide(model, 'egress', from, to, probe);
  const ingress = withNamedPortResolved(evaluateSide(model, 'ingress', to, from, probe), to, probe);
  const allowed = egress.allowed && ingress.allowed;
  const conclusion = allowed
    ? `${from.label} → ${to.label} on ${describePort(probe)} is allowed`
    : `${from.label} → ${to.label} on ${describePort(probe)} is denied by ${[egress, ingress]
        .filter((side) => !side.allowed)
        .map((side) => side.direction)
        .join(' and ')}`;
  return {
    flow,
    allowed,
    egress,
    ingress,
    explanation: [egress.reason, ingress.reason, conclusion],
  };
}

/** The probed port; a named port is resolved on the destination pod's containers. */
export function probePort(flow: Flow, to: ResolvedEndpoint): ProbePort {
  if (typeof flow.port === 'number') return { protocol: flow.protocol, number: flow.port };
  const number =
    to.kind === 'pod' ? resolveNamedPort(to.pod.ports, flow.port, flow.protocol) : undefined;
  return number === undefined
    ? { protocol: flow.protocol, name: flow.port }
    : { protocol: flow.protocol, number, name: flow.port };
}

function evaluateSide(
  model: PolicyModel,
  direction: Direction,
  subject: ResolvedEndpoint,
  other: ResolvedEndpoint,
  probe: ProbePort,
): DirectionVerdict {
  const open = (reason: string): DirectionVerdict => ({
    direction,
    allowed: true,
    isolated: false,
    isolatingPolicies: [],
    allowedBy: [],
    reason,
  });
  if (subject.kind === 'unknown') {
    return { ...open(`${subject.label} is not a known pod`), allowed: false };
  }
  if (subject.kind === 'ip') {
    // Policies select pods; an address outside the cluster's pods is never isolated.
    return open(
      `${subject.label} is outside the cluster's pods: no policy applies to its ${direction}`,
    );
  }
  if (subject.pod.hostNetwork) {
    return open(`${subject.label} uses the host network: NetworkPolicy does not isolate it`);
  }
  const policies = isolatingPolicies(model, direction, subject.index);
  if (policies.length === 0)
    return open(
      `no policy selects ${subject.label} for ${direction}, so its ${direction} is not restricted`,
    );
  const matches =
    other.kind === 'unknown' ? [] : rulesMatchingPeer(policies, direction, peerFacts(model, other));
  const destination =
    direction === 'egress' ? (other.kind === 'pod' ? other.pod : undefined) : subject.pod;
  const allowedBy = allowingRules(matches, probe, destination);
  const isolatingPolicyRefs = policies.map((p) => p.ref);
  const isolatedBy = `${subject.label} is isolated for ${direction} by ${listPolicies(isolatingPolicyRefs)}`;
  const reason =
    allowedBy.length > 0
      ? `${isolatedBy}; ${allowedBy.map(describeRule).join('; ')}`
      : `${isolatedBy}, and no ${direction} rule of ${listPolicies(isolatingPolicyRefs)} allows ${towards(direction, other.label)} on ${describePort(probe)}`;
  return {
    direction,
    allowed: allowedBy.length > 0,
    isolated: true,
    isolatingPolicies: isolatingPolicyRefs,
    allowedBy,
    reason,
  };
}

/**
 * A port name means nothing until the destination pod's containers give it a number: a
 * flow to a name the destination does not declare (for this protocol) reaches no port, so
 * it is never allowed, whatever the policies say.
 */
function withNamedPortResolved(
  ingress: DirectionVerdict,
  to: ResolvedEndpoint,
  probe: ProbePort,
): DirectionVerdict {
  if (probe.number !== undefined || probe.name === undefined) return ingress;
  const where = to.kind === 'pod' ? `${to.label} has no container port` : `${to.label} is not a pod, so it has no port`;
  return {
    ...ingress,
    allowed: false,
    allowedBy: [],
    reason: `${where} named ${probe.name} (${probe.protocol}): there is no port to reach`,
  };
}

/** A pod can always reach itself: NetworkPolicy never blocks a pod's traffic to itself. */
function selfVerdict(model: PolicyModel, flow: Flow, podIndex: number, label: string): FlowVerdict {
  const side = (direction: Direction): DirectionVerdict => {
    const isolatingPolicyRefs = isolatingPolicies(model, direction, podIndex).map((p) => p.ref);
    return {
      direction,
      allowed: true,
      isolated: isolatingPolicyRefs.length > 0,
      isolatingPolicies: isolatingPolicyRefs,
      allowedBy: [],
      reason: `${label} is talking to itself, which NetworkPolicy never blocks`,
    };
  };
  return {
    flow,
    allowed: true,
    egress: side('egress'),
    ingress: side('ingress'),
    explanation: [`a pod can always reach itself: ${label} → ${label} is allowed`],
  };
}
