/**
 * Deciding the policy edits for an intent once we know which sides deny it, and applying
 * them to a copy of the model to see their effect.
 */
import { compilePolicy, isNetworkPolicy } from '../compile';
import { createPolicyModel, targetSelects } from '../evaluate';
import type { PolicyModel } from '../evaluate';
import type { Cluster } from '../model/cluster';
import type { CompiledPolicy } from '../model/compiled';
import type { NetworkPolicyObject } from '../model/k8s';
import type { LoadedObject } from '../model/loaded';
import type { ObjectRef } from '../model/source';
import type { Direction } from '../model/verdict';
import type { Labels } from '../selector/labelSelector';
import type { PeerEnd } from './build';
import { egressPolicy, ingressPolicy, peerFor, portsFor } from './build';
import type { ExistingPolicy } from './extend';
import { extendPolicy, findExtensible } from './extend';
import type { GenerateInput } from './generate';
import type { AllowIntent, GenerateChoices } from './intent';
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

/** The edits for the sides that need one: ingress at the destination, egress at the source. */
export function planEdits(
  input: GenerateInput,
  intent: AllowIntent,
  choices: GenerateChoices,
  need: { readonly ingress: boolean; readonly egress: boolean },
  notes: string[],
): PolicyEdit[] {
  const existing = existingPolicies(input);
  const taken = takenNames(input.objects);
  const ports = portsFor(intent.port, intent.protocol);
  const source = sourceEnd(input.cluster, intent, choices);
  const destination = destinationEnd(input.cluster, intent, choices);
  const edits: PolicyEdit[] = [];
  const names = { src: shortName(source), dst: shortName(destination) };
  const wanted = (fallback: string[], chosen: string | undefined) =>
    chosen ? [chosen, ...fallback] : fallback;

  if (need.ingress && destination.kind === 'pods') {
    const peer = peerFor(source, destination.namespace);
    const found = findExtensible(
      existing,
      destination.namespace,
      destination.labels,
      'ingress',
      choices.name,
    );
    if (found) {
      edits.push({
        kind: 'extend',
        direction: 'ingress',
        policy: extendPolicy(rawPolicy(found.object), 'ingress', peer, ports),
        original: found.object.ref,
      });
    } else {
      const preferences = wanted(
        [`${names.dst}-policy`, `allow-${names.src}-to-${names.dst}`],
        choices.name,
      );
      const name = pickName(preferences, destination.namespace, taken, notes);
      edits.push({
        kind: 'create',
        direction: 'ingress',
        policy: ingressPolicy(name, destination.namespace, destination.labels, peer, ports),
      });
    }
  }
  if (need.egress && source.kind === 'pods') {
    const peer = peerFor(destination, source.namespace);
    const egressChoice = need.ingress ? choices.egressName : (choices.egressName ?? choices.name);
    const found = findExtensible(existing, source.namespace, source.labels, 'egress', egressChoice);
    const sameAsIngress = edits.find(
      (e) => e.kind === 'extend' && found && refKey(e.original) === refKey(found.object.ref),
    );
    if (found && sameAsIngress) {
      // Source and destination picked by the same policy: extend the already-extended copy.
      edits[edits.indexOf(sameAsIngress)] = {
        ...sameAsIngress,
        policy: extendPolicy(sameAsIngress.policy, 'egress', peer, ports),
      };
    } else if (found) {
      edits.push({
        kind: 'extend',
        direction: 'egress',
        policy: extendPolicy(rawPolicy(found.object), 'egress', peer, ports),
        original: found.object.ref,
      });
    } else {
      const preferences = wanted(
        [`${names.src}-egress-policy`, `allow-${names.src}-to-${names.dst}-egress`],
        egressChoice,
      );
      const name = pickName(preferences, source.namespace, taken, notes);
      edits.push({
        kind: 'create',
        direction: 'egress',
        policy: egressPolicy(name, source.namespace, source.labels, peer, ports),
      });
    }
  }
  return edits;
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

function refKey(ref: { file: string; documentIndex: number; itemIndex?: number }): string {
  return `${ref.file}\u0000${ref.documentIndex}\u0000${ref.itemIndex ?? ''}`;
}

function sourceEnd(cluster: Cluster, intent: AllowIntent, choices: GenerateChoices): PeerEnd {
  const from = intent.from;
  switch (from.kind) {
    case 'pod':
      return podEnd(cluster, from.id, choices.sourceLabels);
    case 'namespace':
      return { kind: 'namespace', name: from.name };
    case 'cidr':
      return { kind: 'cidr', cidr: from.cidr };
  }
}

function destinationEnd(cluster: Cluster, intent: AllowIntent, choices: GenerateChoices): PeerEnd {
  return intent.to.kind === 'pod'
    ? podEnd(cluster, intent.to.id, choices.destinationLabels)
    : { kind: 'cidr', cidr: intent.to.cidr };
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
    case 'cidr':
      return end.cidr.replace(/[./:]/g, '-');
  }
}

/** The model after the edits, and the compiled edited policies. */
export function applyEdits(
  input: GenerateInput,
  edits: readonly PolicyEdit[],
): { model: PolicyModel; compiled: CompiledPolicy[] } {
  const replaced = new Set(edits.flatMap((e) => (e.kind === 'extend' ? [refKey(e.original)] : [])));
  const compiled = edits.map((edit, i) => compilePolicy(asLoaded(edit, i)));
  const policies = [...input.policies.filter((p) => !replaced.has(refKey(p.ref))), ...compiled];
  return { model: createPolicyModel(input.cluster, policies), compiled };
}

function asLoaded(edit: PolicyEdit, index: number): LoadedObject {
  const { metadata } = edit.policy;
  const ref: ObjectRef =
    edit.kind === 'extend'
      ? edit.original
      : {
          kind: 'NetworkPolicy',
          namespace: metadata.namespace ?? '',
          name: metadata.name ?? '',
          file: GENERATED_FILE,
          documentIndex: index,
        };
  const range = {
    startLine: 1,
    startColumn: 1,
    endLine: 1,
    endColumn: 1,
    startOffset: 0,
    endOffset: 0,
  };
  return {
    ref,
    apiVersion: edit.policy.apiVersion,
    kind: 'NetworkPolicy',
    name: metadata.name ?? '',
    namespace: metadata.namespace ?? '',
    object: edit.policy as unknown as Record<string, unknown>,
    range,
    fieldRanges: {},
  };
}

/** Pod ids the compiled edits isolate, per direction: only their flows can change. */
export function touchedPods(
  cluster: Cluster,
  compiled: readonly CompiledPolicy[],
): { ingress: string[]; egress: string[] } {
  const ingress = new Set<string>();
  const egress = new Set<string>();
  for (const policy of compiled) {
    for (const pod of cluster.pods) {
      if (pod.namespace !== policy.target.namespace || !targetSelects(policy, pod)) continue;
      if (policy.isolates.ingress) ingress.add(pod.id);
      if (policy.isolates.egress) egress.add(pod.id);
    }
  }
  return { ingress: [...ingress], egress: [...egress] };
}
