/**
 * Which policies are in force. The apiserver refuses a NetworkPolicy with any field error,
 * so a policy with an error diagnostic never reaches the cluster: it must not change a
 * single verdict, and the user must be told that it does not.
 */
import { isNetworkPolicy, skipObjectsWithErrors } from '../compile';
import { makeDiagnostic } from '../model/diagnostics';
import type { LoadedObject } from '../model/loaded';
import type { Diagnostic, ObjectRef } from '../model/source';

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
