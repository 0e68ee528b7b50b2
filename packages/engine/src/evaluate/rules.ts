import type { CompiledPolicy, CompiledRule, Direction, PodEndpoint, RuleRef } from '../model';
import type { PeerFacts, ProbePort } from './match';
import { peerMatches, portMatches } from './match';
import type { PolicyModel } from './model';

/** A rule of an isolating policy whose peers match the other end of the flow. */
export interface PeerMatch {
  readonly policy: CompiledPolicy;
  readonly rule: CompiledRule;
  /** Indices of the matching peers; undefined when the rule has no peers (all peers). */
  readonly peerIndices?: readonly number[];
}

/** Policies that isolate the pod at `podIndex` for a direction. */
export function isolatingPolicies(
  model: PolicyModel,
  direction: Direction,
  podIndex: number,
): CompiledPolicy[] {
  const indices =
    (direction === 'ingress' ? model.ingressPolicies : model.egressPolicies)[podIndex] ?? [];
  return indices.map((i) => model.policies[i] as CompiledPolicy);
}

/** Rules of the given policies (for the direction) whose peers match `other`. */
export function rulesMatchingPeer(
  policies: readonly CompiledPolicy[],
  direction: Direction,
  other: PeerFacts,
): PeerMatch[] {
  const matches: PeerMatch[] = [];
  for (const policy of policies) {
    for (const rule of direction === 'ingress' ? policy.ingress : policy.egress) {
      if (rule.peers.kind === 'all') {
        matches.push({ policy, rule });
        continue;
      }
      const peerIndices = rule.peers.peers
        .filter((peer) => peerMatches(peer, other))
        .map((peer) => peer.index);
      if (peerIndices.length > 0) matches.push({ policy, rule, peerIndices });
    }
  }
  return matches;
}

/**
 * The rule references that allow the probe: one per matching peer, each naming the first
 * port entry that matches. Rules are a union, so every allowing rule is listed.
 */
export function allowingRules(
  matches: readonly PeerMatch[],
  probe: ProbePort,
  destination: PodEndpoint | undefined,
): RuleRef[] {
  const refs: RuleRef[] = [];
  for (const { policy, rule, peerIndices } of matches) {
    let portIndex: number | undefined;
    if (rule.ports.kind === 'some') {
      const port = rule.ports.ports.find((p) => portMatches(p, probe, destination));
      if (!port) continue;
      portIndex = port.index;
    }
    for (const peerIndex of peerIndices ?? [undefined])
      refs.push(ruleRef(policy, rule, peerIndex, portIndex));
  }
  return refs;
}

function ruleRef(
  policy: CompiledPolicy,
  rule: CompiledRule,
  peerIndex: number | undefined,
  portIndex: number | undefined,
): RuleRef {
  const peer =
    peerIndex === undefined || rule.peers.kind === 'all' ? undefined : rule.peers.peers[peerIndex];
  const port =
    portIndex === undefined || rule.ports.kind === 'all' ? undefined : rule.ports.ports[portIndex];
  // The most specific element that matched: the peer, else the port, else the rule itself.
  const origin = peer?.origin ?? port?.origin ?? rule.origin;
  return {
    policy: policy.ref,
    direction: rule.direction,
    ruleIndex: rule.index,
    ...(peerIndex === undefined ? {} : { peerIndex }),
    ...(portIndex === undefined ? {} : { portIndex }),
    path: origin.path,
    ...(origin.range ? { range: origin.range } : {}),
  };
}
