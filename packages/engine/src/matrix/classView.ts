import type { CompiledRule, PodEndpoint } from '../model';
import type { PolicyModel } from '../evaluate';
import type { Bits } from './bitset';
import { emptyBits, fullBits, hasBit, orInto, setBit } from './bitset';
import type { NamedPortKey, PodClasses } from './classes';
import { partitionPods } from './classes';
import { PodSets } from './podSets';
import { resolveNamedPort } from '../evaluate';

/** A rule with the set of classes its peers match (the other end of the flow). */
export interface ClassRule {
  readonly rule: CompiledRule;
  /** Bitset over classes. */
  readonly peerClasses: Bits;
}

/** The policies seen from classes: who is isolated, by which rules, matching which classes. */
export interface ClassView {
  readonly classes: PodClasses;
  readonly rules: readonly ClassRule[];
  /** Per class: indices into `rules` of the ingress rules of the policies isolating it (undefined: not isolated). */
  readonly ingressRules: readonly (readonly number[] | undefined)[];
  readonly egressRules: readonly (readonly number[] | undefined)[];
  /** Per class: its representative pod. */
  readonly pods: readonly PodEndpoint[];
  /** `PROTOCOL/name` of each named port in use → per class, the number behind it (0: none). */
  readonly namedPorts: ReadonlyMap<string, Int32Array>;
  /** Per class: the numbers behind every named port in use, as one key (equal keys resolve alike). */
  readonly namedSignature: readonly string[];
}

/** The key of a named port in `ClassView.namedPorts`. */
export function namedPortKey(protocol: string, name: string): string {
  return `${protocol}/${name}`;
}

/**
 * Builds the class view. `extraNamedPorts` are named ports that must not be merged across
 * classes beyond those the rules name (the probed port, when it is given by name).
 */
export function buildClassView(
  model: PolicyModel,
  extraNamedPorts: readonly NamedPortKey[] = [],
): ClassView {
  const podSets = new PodSets(model);
  const size = model.cluster.pods.length;
  const ruleIds = new Map<CompiledRule, number>();
  const podRules: { rule: CompiledRule; pods: Bits | undefined }[] = [];
  const namedPorts = new Map<string, NamedPortKey>();
  for (const key of extraNamedPorts) namedPorts.set(namedPortKey(key.protocol, key.name), key);
  for (const policy of model.policies) {
    for (const rule of [...policy.ingress, ...policy.egress]) {
      ruleIds.set(rule, podRules.length);
      podRules.push({ rule, pods: rulePods(rule, podSets, size) });
      if (rule.ports.kind === 'all') continue;
      for (const port of rule.ports.ports) {
        if (port.kind === 'named')
          namedPorts.set(namedPortKey(port.protocol, port.name), {
            name: port.name,
            protocol: port.protocol,
          });
      }
    }
  }
  const refiners = [...new Set(podRules.flatMap((r) => (r.pods ? [r.pods] : [])))];
  const classes = partitionPods(model, refiners, [...namedPorts.values()]);
  const reps = classes.representatives;
  const allClasses = fullBits(classes.count);
  const rules: ClassRule[] = podRules.map(({ rule, pods }) => {
    if (!pods) return { rule, peerClasses: allClasses };
    const peerClasses = emptyBits(classes.count);
    for (let c = 0; c < classes.count; c++)
      if (hasBit(pods, reps[c] as number)) setBit(peerClasses, c);
    return { rule, peerClasses };
  });
  // Identical rule lists share one array, so callers can memoise per list by identity.
  const lists = new Map<string, readonly number[]>();
  const rulesOf = (
    policyIndices: readonly number[] | undefined,
    direction: 'ingress' | 'egress',
  ) => {
    if (!policyIndices || policyIndices.length === 0) return undefined;
    const key = `${direction}:${policyIndices.join(',')}`;
    let list = lists.get(key);
    if (!list) {
      list = policyIndices.flatMap((p) =>
        (model.policies[p]?.[direction] ?? []).map((rule) => ruleIds.get(rule) as number),
      );
      lists.set(key, list);
    }
    return list;
  };
  const ingressRules: (readonly number[] | undefined)[] = [];
  const egressRules: (readonly number[] | undefined)[] = [];
  const pods: PodEndpoint[] = [];
  for (let c = 0; c < classes.count; c++) {
    const rep = reps[c] as number;
    ingressRules.push(rulesOf(model.ingressPolicies[rep], 'ingress'));
    egressRules.push(rulesOf(model.egressPolicies[rep], 'egress'));
    pods.push(model.cluster.pods[rep] as PodEndpoint);
  }
  const resolved = new Map<string, Int32Array>();
  for (const [key, { name, protocol }] of namedPorts) {
    resolved.set(
      key,
      Int32Array.from(pods, (pod) => resolveNamedPort(pod.ports, name, protocol) ?? 0),
    );
  }
  const columns = [...resolved.values()];
  const namedSignature = pods.map((_, c) => columns.map((values) => values[c]).join(','));
  return { classes, rules, ingressRules, egressRules, pods, namedPorts: resolved, namedSignature };
}

/** Pods a rule's peers match; undefined for a rule without peers (every pod and address). */
function rulePods(rule: CompiledRule, podSets: PodSets, size: number): Bits | undefined {
  if (rule.peers.kind === 'all') return undefined;
  const [first, ...rest] = rule.peers.peers;
  if (!first) return emptyBits(size);
  if (rest.length === 0) return podSets.peer(first);
  const bits = podSets.peer(first).slice();
  for (const peer of rest) orInto(bits, podSets.peer(peer));
  return bits;
}
