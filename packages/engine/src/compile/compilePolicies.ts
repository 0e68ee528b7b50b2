import type { CompiledPolicy, Diagnostic, LoadedObject, ObjectRef } from '../model';
import { compilePolicy } from './compilePolicy';

export interface CompileOptions {
  /**
   * Objects to leave out, e.g. policies the apiserver would reject. See
   * `skipObjectsWithErrors` for the usual predicate built from validation diagnostics.
   */
  readonly skip?: (object: LoadedObject) => boolean;
}

/** True for the objects the compiler reads: `networking.k8s.io/v1` NetworkPolicies. */
export function isNetworkPolicy(object: LoadedObject): boolean {
  return object.kind === 'NetworkPolicy' && object.apiVersion === 'networking.k8s.io/v1';
}

/**
 * Compiles every NetworkPolicy among `objects` (other kinds are ignored) into matchers, in
 * input order. Never throws: a malformed piece compiles to a matcher that matches nothing.
 */
export function compilePolicies(
  objects: readonly LoadedObject[],
  options: CompileOptions = {},
): CompiledPolicy[] {
  const skip = options.skip ?? (() => false);
  return objects.filter((o) => isNetworkPolicy(o) && !skip(o)).map(compilePolicy);
}

/**
 * A `skip` predicate for `compilePolicies`: objects that an error-severity diagnostic
 * belongs to (by its `ref`) are not in force, because the apiserver would have rejected them.
 */
export function skipObjectsWithErrors(
  diagnostics: readonly Diagnostic[],
): (object: LoadedObject) => boolean {
  const keys = new Set<string>();
  for (const d of diagnostics) if (d.severity === 'error' && d.ref) keys.add(refKey(d.ref));
  return (object) => keys.has(refKey(object.ref));
}

function refKey(ref: ObjectRef): string {
  return [ref.file, ref.documentIndex, ref.itemIndex ?? '', ref.kind, ref.namespace, ref.name].join(
    '\u0000',
  );
}
