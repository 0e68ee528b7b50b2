/**
 * The ClusterNetworkPolicy tier walk of one direction, for the pod on the policy side
 * (egress: the source, ingress: the destination): Admin rules in priority order, first
 * match wins (Accept / Deny final, Pass to the next tier) → NetworkPolicy (final when it
 * isolates the pod) → Baseline (likewise) → default allow. Policies of one tier at one
 * priority that match with different actions make the verdict ambiguous. A `domainNames`
 * rule that may match an external address is tried both ways: when the answers differ,
 * the verdict is unknown.
 */
import type { ClusterRule, CompiledClusterPolicy } from '../clusterPolicy';
import type {
  ClusterRuleRef,
  ClusterTier,
  Direction,
  DirectionVerdict,
  TierStep,
  Verdict,
} from '../model';
import type { Match } from './clusterMatch';
import { peerMatch, protocolMatch, subjectSelects } from './clusterMatch';
import type { ResolvedEndpoint } from './endpoint';
import type { ProbePort } from './match';
import type { PolicyModel } from './model';
import { verdictAllowed } from './verdicts';

interface Walk {
  readonly model: PolicyModel;
  readonly direction: Direction;
  readonly other: ResolvedEndpoint;
  readonly destination: ResolvedEndpoint;
  readonly probe: ProbePort;
  /** Per tier, the policies selecting the subject, grouped by priority (ascending). */
  readonly groups: Readonly<Record<ClusterTier, readonly (readonly CompiledClusterPolicy[])[]>>;
}

type RuleHit =
  | { readonly kind: 'yes'; readonly ref: ClusterRuleRef }
  | { readonly kind: 'maybe'; readonly id: string; readonly ref: ClusterRuleRef }
  | { readonly kind: 'no' };

type Outcome =
  | { readonly kind: 'done'; readonly verdict: Verdict; readonly steps: readonly TierStep[] }
  | {
      readonly kind: 'maybe';
      readonly id: string;
      readonly ref: ClusterRuleRef;
      readonly steps: readonly TierStep[];
    };

/** Branching on `domainNames` rules is capped; past it the verdict is unknown. */
const MAX_UNKNOWN_RULES = 8;

/** Adds the tier walk to the NetworkPolicy verdict of one side. */
export function walkTiers(
  model: PolicyModel,
  npSide: DirectionVerdict,
  subject: ResolvedEndpoint,
  other: ResolvedEndpoint,
  probe: ProbePort,
): DirectionVerdict {
  if (subject.kind !== 'pod' || subject.pod.hostNetwork)
    return { ...npSide, tiers: [{ tier: 'none', outcome: 'not-subject' }] };
  const walk: Walk = {
    model,
    direction: npSide.direction,
    other,
    destination: npSide.direction === 'egress' ? other : subject,
    probe,
    groups: tierGroups(model, subject.index),
  };
  const result = decide(walk, npSide, new Map(), 0);
  return {
    ...npSide,
    verdict: result.verdict,
    allowed: verdictAllowed(result.verdict),
    tiers: result.steps,
  };
}

/**
 * Per pod, the selecting policies of each tier grouped by priority: the same for every
 * flow of the pod, so computed once per model (a matrix asks for it pods² times). A cache
 * keyed by the model object, so the model itself stays plain data.
 */
const groupCache = new WeakMap<PolicyModel, Map<number, Walk['groups']>>();

function tierGroups(model: PolicyModel, podIndex: number): Walk['groups'] {
  let byPod = groupCache.get(model);
  if (!byPod) {
    byPod = new Map();
    groupCache.set(model, byPod);
  }
  let groups = byPod.get(podIndex);
  if (!groups) {
    const pod = model.cluster.pods[podIndex];
    const selecting = pod
      ? (model.clusterPolicies ?? []).filter((p) => subjectSelects(model, p, pod))
      : [];
    groups = { Admin: byPriority(selecting, 'Admin'), Baseline: byPriority(selecting, 'Baseline') };
    byPod.set(podIndex, groups);
  }
  return groups;
}

function byPriority(
  policies: readonly CompiledClusterPolicy[],
  tier: ClusterTier,
): CompiledClusterPolicy[][] {
  const groups = new Map<number, CompiledClusterPolicy[]>();
  for (const policy of policies.filter((p) => p.tier === tier)) {
    const group = groups.get(policy.priority) ?? [];
    group.push(policy);
    groups.set(policy.priority, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, group]) => group.sort((a, b) => (a.ref.name < b.ref.name ? -1 : 1)));
}

function decide(
  walk: Walk,
  npSide: DirectionVerdict,
  forced: Map<string, boolean>,
  depth: number,
): { verdict: Verdict; steps: readonly TierStep[] } {
  const outcome = run(walk, npSide, forced);
  if (outcome.kind === 'done') return outcome;
  const unknown = {
    verdict: 'unknown' as const,
    steps: [
      ...outcome.steps,
      { tier: outcome.ref.policy.tier, outcome: 'unknown' as const, rule: outcome.ref },
    ],
  };
  if (depth >= MAX_UNKNOWN_RULES) return unknown;
  const ifMatched = decide(walk, npSide, new Map(forced).set(outcome.id, true), depth + 1);
  const ifNot = decide(walk, npSide, new Map(forced).set(outcome.id, false), depth + 1);
  const definite = ifNot.verdict === 'allowed' || ifNot.verdict === 'denied';
  return definite && ifMatched.verdict === ifNot.verdict ? ifNot : unknown;
}

/** One pass through the tiers with the `domainNames` rules in `forced` decided. */
function run(walk: Walk, npSide: DirectionVerdict, forced: ReadonlyMap<string, boolean>): Outcome {
  const steps: TierStep[] = [];
  const admin = tierOutcome(walk, 'Admin', forced, steps);
  if (admin) return admin;
  if (npSide.isolated) {
    steps.push({ tier: 'NetworkPolicy', outcome: npSide.allowed ? 'allowed' : 'denied' });
    return { kind: 'done', verdict: npSide.verdict, steps };
  }
  steps.push({ tier: 'NetworkPolicy', outcome: 'not-isolated' });
  const baseline = tierOutcome(walk, 'Baseline', forced, steps);
  if (baseline) return baseline;
  steps.push({ tier: 'default', outcome: 'allowed' });
  return { kind: 'done', verdict: 'allowed', steps };
}

/** The tier's final outcome, or undefined to go on (nothing matched, or Pass). */
function tierOutcome(
  walk: Walk,
  tier: ClusterTier,
  forced: ReadonlyMap<string, boolean>,
  steps: TierStep[],
): Outcome | undefined {
  for (const group of walk.groups[tier]) {
    const hits: ClusterRuleRef[] = [];
    for (const policy of group) {
      const hit = firstHit(walk, policy, forced);
      if (hit.kind === 'maybe') return { kind: 'maybe', id: hit.id, ref: hit.ref, steps };
      if (hit.kind === 'yes') hits.push(hit.ref);
    }
    const first = hits[0];
    if (!first) continue;
    if (hits.some((h) => h.action !== first.action)) {
      steps.push({ tier, outcome: 'ambiguous', rules: hits });
      return { kind: 'done', verdict: 'ambiguous', steps };
    }
    steps.push({ tier, outcome: first.action, rule: first });
    if (first.action === 'Pass') return undefined;
    return { kind: 'done', verdict: first.action === 'Accept' ? 'allowed' : 'denied', steps };
  }
  steps.push({ tier, outcome: 'no-match' });
  return undefined;
}

/** The first rule of the policy (written order) that matches the flow. */
function firstHit(
  walk: Walk,
  policy: CompiledClusterPolicy,
  forced: ReadonlyMap<string, boolean>,
): RuleHit {
  for (const rule of walk.direction === 'ingress' ? policy.ingress : policy.egress) {
    const hit = ruleHit(walk, policy, rule);
    if (hit.kind === 'no') continue;
    if (hit.kind === 'yes') return hit;
    const decided = forced.get(hit.id);
    if (decided === undefined) return hit;
    if (decided) return { kind: 'yes', ref: hit.ref };
  }
  return { kind: 'no' };
}

function ruleHit(walk: Walk, policy: CompiledClusterPolicy, rule: ClusterRule): RuleHit {
  const protocol = protocolMatch(rule.protocols, walk.probe, walk.destination);
  if (protocol === undefined) return { kind: 'no' };
  let maybe: number | undefined;
  for (const peer of rule.peers) {
    const match: Match = peerMatch(walk.model, peer, rule, walk.other);
    if (match === 'yes') return { kind: 'yes', ref: ruleRef(policy, rule, peer.index, protocol) };
    if (match === 'maybe') maybe ??= peer.index;
  }
  if (maybe === undefined) return { kind: 'no' };
  const id = `${policy.ref.file}#${policy.ref.documentIndex}#${policy.ref.itemIndex ?? ''}#${rule.direction}#${rule.index}`;
  return { kind: 'maybe', id, ref: ruleRef(policy, rule, maybe, protocol) };
}

function ruleRef(
  policy: CompiledClusterPolicy,
  rule: ClusterRule,
  peerIndex: number,
  protocol: number | 'all',
): ClusterRuleRef {
  const peersKey = rule.direction === 'ingress' ? 'from' : 'to';
  const origin =
    protocol === 'all'
      ? (rule.peers[peerIndex]?.origin ?? rule.origin)
      : (rule.protocols?.[protocol]?.origin ?? rule.origin);
  return {
    policy: policy.ref,
    direction: rule.direction,
    ruleIndex: rule.index,
    ...(rule.name ? { ruleName: rule.name } : {}),
    action: rule.action,
    peerIndex,
    ...(protocol === 'all' ? {} : { protocolIndex: protocol }),
    path: origin.path || `${rule.origin.path}.${peersKey}[${peerIndex}]`,
    ...(origin.range ? { range: origin.range } : {}),
  };
}
