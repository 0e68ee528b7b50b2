/**
 * Deciding the policy edits for an intent once we know which sides deny it: where each
 * rule goes (a new policy, or a new rule of the policy the user chose) and its name.
 */
import { NAMESPACE_NAME_LABEL } from '../cluster';
import { isNetworkPolicy } from '../compile';
import type { Cluster, Direction, LoadedObject, NetworkPolicyObject, ObjectRef } from '../model';
import type { Labels } from '../selector';
import type { PeerEnd } from './build';
import { oneDirectionPolicy, peersFor, portsFor, ruleFor } from './build';
import { dnsRule } from './dns';
import type { ExistingPolicy, PlacementOption } from './extend';
import { extendPolicy, extensiblePolicies, placementOption } from './extend';
import type { GenerateInput } from './input';
import type { AllowIntent, GenerateChoices, IntentAddresses, Placement } from './intent';
import { internetBlocks } from './internet';
import { uniqueName } from './names';
import { proposeSelectors } from './selectors';

/** A policy to add, or an existing one to replace by its extended version. */
export type PolicyEdit =
  | { readonly kind: 'create'; readonly direction: Direction; readonly policy: NetworkPolicyObject }
  | {
      readonly kind: 'extend';
      readonly direction: Direction;
      readonly policy: NetworkPolicyObject;
      /** The object being replaced, to find it in the text. */
      readonly original: ObjectRef;
    };

/** Marks generated objects' refs: they come from no file. */
export const GENERATED_FILE = '(generated)';

/** How the edits came out, beyond the edits themselves (for the dialog). */
export interface PlanFacts {
  /** A new egress policy is written: the DNS choice applies. */
  dnsOffered: boolean;
  /** The new egress policy allows DNS too. */
  dnsIncluded: boolean;
}

interface Side {
  readonly direction: Direction;
  /** The pods the policy is for. */
  readonly target: PeerEnd & { kind: 'pods' };
  /** The pod standing for them, to find policies that already select it. */
  readonly targetPodId: string;
  /** The rule's peers and ports. */
  readonly rule: Record<string, unknown>;
  readonly placement: Placement;
  readonly names: readonly string[];
}

/**
 * The edits for the sides that need one: ingress at the destination, egress at the source.
 * `choices.placement` applies to the first of them; any other side gets a new policy.
 */
export function planEdits(
  input: GenerateInput,
  intent: AllowIntent,
  choices: GenerateChoices,
  need: { readonly ingress: boolean; readonly egress: boolean },
  notes: string[],
  facts: PlanFacts,
): PolicyEdit[] {
  const existing = existingPolicies(input);
  const taken = takenNames(input.objects);
  const ports = portsFor(intent.port, intent.protocol);
  const source = sourceEnd(input.cluster, intent, choices);
  const destination = destinationEnd(input.cluster, intent, choices);
  const names = { src: shortName(source), dst: shortName(destination) };
  const wanted = (fallback: string[], chosen: string | undefined) =>
    chosen ? [chosen, ...fallback] : fallback;
  const placement = choices.placement ?? { kind: 'new' };
  const sides: Side[] = [];
  if (need.ingress && destination.kind === 'pods' && intent.to.kind === 'pod') {
    sides.push({
      direction: 'ingress',
      target: destination,
      targetPodId: intent.to.id,
      rule: ruleFor('ingress', peersFor(source, destination.namespace), ports),
      placement,
      names: wanted([`${names.dst}-policy`, `allow-${names.src}-to-${names.dst}`], choices.name),
    });
  }
  if (need.egress && source.kind === 'pods' && intent.from.kind === 'pod') {
    sides.push({
      direction: 'egress',
      target: source,
      targetPodId: intent.from.id,
      rule: ruleFor('egress', peersFor(destination, source.namespace), ports),
      placement: sides.length === 0 ? placement : { kind: 'new' },
      names: wanted(
        [`${names.src}-egress-policy`, `allow-${names.src}-to-${names.dst}-egress`],
        need.ingress ? choices.egressName : (choices.egressName ?? choices.name),
      ),
    });
  }
  return sides.map((side) => {
    const extended = side.placement.kind === 'extend' && extendEdit(input, existing, side, notes);
    if (extended) return extended;
    const rules = [side.rule];
    if (side.direction === 'egress') {
      facts.dnsOffered = true;
      facts.dnsIncluded = choices.includeDns ?? true;
      if (facts.dnsIncluded) rules.push(dnsRule(input.cluster));
    }
    const name = pickName(side.names, side.target.namespace, taken, notes);
    return {
      kind: 'create',
      direction: side.direction,
      policy: oneDirectionPolicy(
        side.direction,
        name,
        side.target.namespace,
        side.target.labels,
        rules,
      ),
    };
  });
}

/** The edit adding the side's rule to the chosen policy; undefined (with a note) when it cannot. */
function extendEdit(
  input: GenerateInput,
  existing: readonly ExistingPolicy[],
  side: Side,
  notes: string[],
): PolicyEdit | undefined {
  if (side.placement.kind !== 'extend') return undefined;
  const { namespace, name } = side.placement;
  const found = extensiblePolicies(existing, input.cluster, side.targetPodId, side.direction).find(
    ({ compiled }) => compiled.ref.namespace === namespace && compiled.ref.name === name,
  );
  if (!found) {
    notes.push(
      `${namespace}/${name} does not select ${side.targetPodId} for ${side.direction}: a new policy is written instead`,
    );
    return undefined;
  }
  return {
    kind: 'extend',
    direction: side.direction,
    policy: extendPolicy(rawPolicy(found.object), side.direction, side.rule),
    original: found.object.ref,
  };
}

/**
 * The policies the user may add the rule to: those that already select the destination
 * pod for ingress (or, when only egress is needed, the source pod for egress).
 */
export function placementOptions(
  input: GenerateInput,
  podId: string,
  direction: Direction,
): PlacementOption[] {
  return extensiblePolicies(existingPolicies(input), input.cluster, podId, direction).map((found) =>
    placementOption(found, input.cluster, direction),
  );
}

function pickName(
  preferences: readonly string[],
  namespace: string,
  taken: Map<string, Set<string>>,
  notes: string[],
): string {
  const inNamespace = taken.get(namespace) ?? new Set<string>();
  const name = uniqueName(preferences, inNamespace);
  if (preferences[0] !== undefined && name !== preferences[0]) {
    notes.push(`named ${namespace}/${name}: ${preferences[0]} is taken or not a valid name`);
  }
  inNamespace.add(name);
  taken.set(namespace, inNamespace);
  return name;
}

function rawPolicy(object: LoadedObject): NetworkPolicyObject {
  return object.object as unknown as NetworkPolicyObject;
}

/** Policy names already used, per namespace (valid or not: `kubectl apply` would overwrite them). */
function takenNames(objects: readonly LoadedObject[]): Map<string, Set<string>> {
  const taken = new Map<string, Set<string>>();
  for (const object of objects) {
    if (object.kind !== 'NetworkPolicy') continue;
    const names = taken.get(object.namespace) ?? new Set<string>();
    names.add(object.name);
    taken.set(object.namespace, names);
  }
  return taken;
}

/** The policies in force with their loaded objects, to find one worth extending. */
function existingPolicies(input: GenerateInput): ExistingPolicy[] {
  const byRef = new Map(
    input.objects.filter(isNetworkPolicy).map((o) => [refKey(o.ref), o] as const),
  );
  return input.policies.flatMap((compiled) => {
    const object = byRef.get(refKey(compiled.ref));
    return object ? [{ object, compiled }] : [];
  });
}

export function refKey(ref: { file: string; documentIndex: number; itemIndex?: number }): string {
  return `${ref.file}\u0000${ref.documentIndex}\u0000${ref.itemIndex ?? ''}`;
}

function sourceEnd(cluster: Cluster, intent: AllowIntent, choices: GenerateChoices): PeerEnd {
  const from = intent.from;
  switch (from.kind) {
    case 'pod':
      return podEnd(cluster, from.id, choices.sourceLabels);
    case 'namespace':
      return {
        kind: 'namespace',
        name: from.name,
        labels: choices.namespaceLabels ?? { [NAMESPACE_NAME_LABEL]: from.name },
      };
    case 'cidr':
    case 'internet':
      return addressesEnd(cluster, from);
  }
}

function addressesEnd(cluster: Cluster, addresses: IntentAddresses): PeerEnd {
  return addresses.kind === 'internet'
    ? { kind: 'addresses', blocks: internetBlocks(cluster), name: 'internet' }
    : {
        kind: 'addresses',
        blocks: [{ cidr: addresses.cidr, except: addresses.except ?? [] }],
        name: addresses.cidr.replace(/[./:]/g, '-'),
      };
}

function destinationEnd(cluster: Cluster, intent: AllowIntent, choices: GenerateChoices): PeerEnd {
  return intent.to.kind === 'pod'
    ? podEnd(cluster, intent.to.id, choices.destinationLabels)
    : addressesEnd(cluster, intent.to);
}

function podEnd(
  cluster: Cluster,
  podId: string,
  chosen: Labels | undefined,
): PeerEnd & { kind: 'pods' } {
  const pod = cluster.pods.find((p) => p.id === podId);
  const labels = chosen ?? proposeSelectors(cluster, podId)?.preferred ?? {};
  return { kind: 'pods', namespace: pod?.namespace ?? '', labels, podName: pod?.name ?? podId };
}

/** How an end reads inside a policy name: its first chosen label's value, or its name. */
function shortName(end: PeerEnd): string {
  switch (end.kind) {
    case 'pods':
      return Object.values(end.labels)[0] ?? end.podName ?? end.namespace;
    case 'namespace':
      return end.name;
    case 'addresses':
      return end.name;
  }
}
