/** Applying planned edits to a copy of the model, to see what they change. */
import { compilePolicy } from '../compile';
import { createPolicyModel, targetSelects } from '../evaluate';
import type { PolicyModel } from '../evaluate';
import type { Cluster, CompiledPolicy, LoadedObject, ObjectRef } from '../model';
import { EMPTY_RANGE } from '../model';
import type { GenerateInput } from './input';
import type { PolicyEdit } from './plan';
import { GENERATED_FILE, refKey } from './plan';

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
  return {
    ref,
    apiVersion: edit.policy.apiVersion,
    kind: 'NetworkPolicy',
    name: metadata.name ?? '',
    namespace: metadata.namespace ?? '',
    object: edit.policy as unknown as Record<string, unknown>,
    range: EMPTY_RANGE,
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
