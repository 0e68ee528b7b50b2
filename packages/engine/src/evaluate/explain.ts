import type { Direction, PolicyRef, RuleRef } from '../model/verdict';
import type { ProbePort } from './match';
import { policyName } from './rules';

/** "TCP 80", or "TCP port serve-80-tcp (80)" for a named port. */
export function describePort(probe: ProbePort): string {
  if (probe.name === undefined) return `${probe.protocol} ${probe.number ?? '?'}`;
  const resolved =
    probe.number === undefined ? 'not found on the destination' : String(probe.number);
  return `${probe.protocol} port ${probe.name} (${resolved})`;
}

/** "ingress rule 0, peer 1 of policy-test-app/redis-policy allows it" */
export function describeRule(ref: RuleRef): string {
  const parts = [`${ref.direction} rule ${ref.ruleIndex}`];
  if (ref.peerIndex !== undefined) parts.push(`peer ${ref.peerIndex}`);
  if (ref.portIndex !== undefined) parts.push(`port ${ref.portIndex}`);
  return `${parts.join(', ')} of ${policyName(ref.policy)} allows it`;
}

export function listPolicies(refs: readonly PolicyRef[]): string {
  return refs.map(policyName).join(', ');
}

/** Which way the other end is, for sentences: "traffic to y/b" or "traffic from y/b". */
export function towards(direction: Direction, otherLabel: string): string {
  return direction === 'egress' ? `traffic to ${otherLabel}` : `traffic from ${otherLabel}`;
}
