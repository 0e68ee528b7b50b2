import type { Direction, DirectionVerdict, Flow, FlowVerdict, SideReason } from '../model';
import type { ResolvedEndpoint } from './endpoint';
import { peerFacts, resolveEndpoint } from './endpoint';
import type { ProbePort } from './match';
import { resolveNamedPort } from './match';
import type { PolicyModel } from './model';
import { allowingRules, isolatingPolicies, rulesMatchingPeer } from './rules';
import { walkTiers } from './tierWalk';
import { combineVerdicts, verdictAllowed } from './verdicts';

/**
 * The verdict for one flow: allowed only when egress is allowed at the source AND ingress
 * at the destination. Each side says whether it is isolated, by which policies, and which
 * rules (all of them: rules are a union) allow the flow, or why none does, as data.
 */
export function evaluateFlow(model: PolicyModel, flow: Flow): FlowVerdict {
  const from = resolveEndpoint(model, flow.from);
  const to = resolveEndpoint(model, flow.to);
  const probe = probePort(flow, to);
  if (from.kind === 'pod' && to.kind === 'pod' && from.index === to.index)
    return selfVerdict(model, flow, probe, from.index);
  const tiered = (model.clusterPolicies?.length ?? 0) > 0;
  const side = (direction: Direction, subject: ResolvedEndpoint, other: ResolvedEndpoint) => {
    const npSide = evaluateSide(model, direction, subject, other, probe);
    return tiered ? walkTiers(model, npSide, subject, other, probe) : npSide;
  };
  const egress = side('egress', from, to);
  const ingress = withNamedPortResolved(side('ingress', to, from), probe);
  const verdict = combineVerdicts(egress.verdict, ingress.verdict);
  return { flow, allowed: verdictAllowed(verdict), verdict, port: probe, egress, ingress };
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

function sideVerdict(
  direction: Direction,
  allowed: boolean,
  reason: SideReason,
  isolation: Pick<DirectionVerdict, 'isolated' | 'isolatingPolicies' | 'allowedBy'> = {
    isolated: false,
    isolatingPolicies: [],
    allowedBy: [],
  },
): DirectionVerdict {
  return { direction, allowed, verdict: allowed ? 'allowed' : 'denied', ...isolation, reason };
}

function evaluateSide(
  model: PolicyModel,
  direction: Direction,
  subject: ResolvedEndpoint,
  other: ResolvedEndpoint,
  probe: ProbePort,
): DirectionVerdict {
  if (subject.kind === 'unknown') return sideVerdict(direction, false, { kind: 'unknown-pod' });
  // Policies select pods; an address outside the cluster's pods is never isolated.
  if (subject.kind === 'ip') return sideVerdict(direction, true, { kind: 'outside-cluster' });
  if (subject.pod.hostNetwork) return sideVerdict(direction, true, { kind: 'host-network' });
  const policies = isolatingPolicies(model, direction, subject.index);
  if (policies.length === 0) return sideVerdict(direction, true, { kind: 'not-isolated' });
  const matches =
    other.kind === 'unknown' ? [] : rulesMatchingPeer(policies, direction, peerFacts(model, other));
  const destination =
    direction === 'egress' ? (other.kind === 'pod' ? other.pod : undefined) : subject.pod;
  const allowedBy = allowingRules(matches, probe, destination);
  const allowed = allowedBy.length > 0;
  return sideVerdict(
    direction,
    allowed,
    { kind: allowed ? 'rule-allows' : 'no-rule-allows' },
    { isolated: true, isolatingPolicies: policies.map((p) => p.ref), allowedBy },
  );
}

/**
 * A port name means nothing until the destination pod's containers give it a number: a
 * flow to a name the destination does not declare (for this protocol) reaches no port, so
 * it is never allowed, whatever the policies say.
 */
function withNamedPortResolved(ingress: DirectionVerdict, probe: ProbePort): DirectionVerdict {
  if (probe.number !== undefined || probe.name === undefined) return ingress;
  return { ...ingress, allowed: false, verdict: 'denied', allowedBy: [], reason: { kind: 'no-such-port', name: probe.name, protocol: probe.protocol } };
}

/** A pod can always reach itself: NetworkPolicy never blocks a pod's traffic to itself. */
function selfVerdict(
  model: PolicyModel,
  flow: Flow,
  probe: ProbePort,
  podIndex: number,
): FlowVerdict {
  const side = (direction: Direction): DirectionVerdict => {
    const isolatingPolicyRefs = isolatingPolicies(model, direction, podIndex).map((p) => p.ref);
    return sideVerdict(
      direction,
      true,
      { kind: 'self' },
      {
        isolated: isolatingPolicyRefs.length > 0,
        isolatingPolicies: isolatingPolicyRefs,
        allowedBy: [],
      },
    );
  };
  return {
    flow,
    allowed: true,
    verdict: 'allowed',
    port: probe,
    egress: side('egress'),
    ingress: side('ingress'),
  };
}
