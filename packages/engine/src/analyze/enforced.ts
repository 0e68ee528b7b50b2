/**
 * Which policies are in force. The apiserver refuses a NetworkPolicy with any field error,
 * so a policy with an error diagnostic never reaches the cluster: it must not change a
 * single verdict, and the user must be told that it does not.
 */
import { isNetworkPolicy, skipObjectsWithErrors } from '../compile';
import { KNOWN_KINDS } from '../load';
import { makeDiagnostic } from '../model';
import type { Diagnostic, LoadedObject, ObjectRef } from '../model';

const CLUSTER_MODEL_KINDS: ReadonlySet<string> = new Set(
  [...KNOWN_KINDS].filter((kind) => kind !== 'NetworkPolicy' && kind !== 'ClusterNetworkPolicy'),
);

/** The NetworkPolicies among `objects` that some error diagnostic belongs to. */
export function policiesInError(
  objects: readonly LoadedObject[],
  diagnostics: readonly Diagnostic[],
): Set<LoadedObject> {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const byRef = new Set(errors.flatMap((d) => (d.ref ? [refKey(d.ref)] : [])));
  const byDocument = skipObjectsWithErrors(errors.filter((d) => d.ref === undefined));
  return new Set(
    objects.filter((o) => isNetworkPolicy(o) && (byRef.has(refKey(o.ref)) || byDocument(o))),
  );
}

/** One warning per rejected policy, at the policy's name. */
export function notEnforcedDiagnostics(rejected: ReadonlySet<LoadedObject>): Diagnostic[] {
  return [...rejected].map((object) =>
    makeDiagnostic('POLICY_NOT_ENFORCED', {
      message: `NetworkPolicy ${object.namespace}/${object.name || '(unnamed)'} is invalid, so it is not in force: the apiserver would reject it`,
      file: object.ref.file,
      documentIndex: object.ref.documentIndex,
      range: object.fieldRanges['metadata.name'] ?? object.range,
      ref: object.ref,
      hint: 'Fix its errors to see what it would allow.',
    }),
  );
}

function refKey(ref: ObjectRef): string {
  return `${ref.file}\u0000${ref.documentIndex}\u0000${ref.itemIndex ?? ''}`;
}

/**
 * NetworkPolicies that a later one of the same namespace and name replaces: `kubectl apply`
 * of the workspace applies each document in turn, so the last valid one is what the cluster
 * keeps (a rejected one replaces nothing). Each replaced policy is paired with a warning.
 */
export function supersededPolicies(
  objects: readonly LoadedObject[],
  rejected: ReadonlySet<LoadedObject>,
): { readonly superseded: Set<LoadedObject>; readonly diagnostics: Diagnostic[] } {
  const last = new Map<string, LoadedObject>();
  const candidates = objects.filter((o) => isNetworkPolicy(o) && !rejected.has(o));
  for (const object of candidates) last.set(`${object.namespace}/${object.name}`, object);
  const superseded = new Set<LoadedObject>();
  const diagnostics: Diagnostic[] = [];
  for (const object of candidates) {
    const winner = last.get(`${object.namespace}/${object.name}`);
    if (!winner || winner === object) continue;
    superseded.add(object);
    diagnostics.push(
      makeDiagnostic('POLICY_SUPERSEDED', {
        message: `NetworkPolicy ${object.namespace}/${object.name} is defined again later (line ${winner.range.startLine}${winner.ref.file === object.ref.file ? '' : ` of ${winner.ref.file}`}); kubectl apply keeps the last one, so this one is not in force`,
        file: object.ref.file,
        documentIndex: object.ref.documentIndex,
        range: object.fieldRanges['metadata.name'] ?? object.range,
        ref: object.ref,
        hint: 'Give each policy in a namespace its own name, or delete the copy.',
      }),
    );
  }
  return { superseded, diagnostics };
}

/** Cluster objects (not policies) that an error diagnostic belongs to: kubectl refuses them. */
export function objectsInError(
  objects: readonly LoadedObject[],
  diagnostics: readonly Diagnostic[],
): Set<LoadedObject> {
  const byRef = new Set(
    diagnostics.flatMap((d) => (d.severity === 'error' && d.ref ? [refKey(d.ref)] : [])),
  );
  if (byRef.size === 0) return new Set();
  // Only the objects the cluster model is built from: policies say "not in force" in their
  // own words (POLICY_NOT_ENFORCED, CNP_NOT_EVALUATED), and an unknown kind is its own error.
  return new Set(
    objects.filter((o) => CLUSTER_MODEL_KINDS.has(o.kind) && byRef.has(refKey(o.ref))),
  );
}

/** One warning per refused cluster object, at its name. */
export function notCreatedDiagnostics(refused: ReadonlySet<LoadedObject>): Diagnostic[] {
  return [...refused].map((object) =>
    makeDiagnostic('OBJECT_NOT_CREATED', {
      message: `${object.kind} ${object.namespace ? `${object.namespace}/` : ''}${object.name || '(unnamed)'} is invalid, so it is not in the cluster: kubectl apply would reject it`,
      file: object.ref.file,
      documentIndex: object.ref.documentIndex,
      range: object.fieldRanges['metadata.name'] ?? object.range,
      ref: object.ref,
      hint: 'Fix its errors to see it in the picture.',
    }),
  );
}
