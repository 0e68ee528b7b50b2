import { locate, locateKey, unservedVersionMessage } from '../load';
import { makeDiagnostic } from '../model';
import type { Diagnostic, LoadedObject, ObjectRef } from '../model';
import { asRecord } from '../util';
import type { FieldError } from './fieldError';
import { networkPolicyWarnings, validateNetworkPolicy } from './networkPolicy';
import { validateOtherKind } from './otherKinds';
import { ANY_OBJECT, checkShape, NETWORK_POLICY } from './shape';
import { PARTLY_KNOWN_KINDS } from './workloadShapes';

/**
 * Validates one loaded object as the kube-apiserver would on create. NetworkPolicy gets
 * the full `networking.k8s.io/v1` rules; Namespaces, Pods, workloads and Services get
 * basic checks (names, labels, selectors, container ports). Each diagnostic carries the
 * object's ref, the apiserver's field path and the range of that field in the text.
 */
export function validateObject(obj: LoadedObject): Diagnostic[] {
  const errors: FieldError[] = [];
  if (obj.kind === 'NetworkPolicy') {
    if (obj.apiVersion === '') {
      return [
        toDiagnostic(obj, {
          code: 'MISSING_API_VERSION',
          path: 'apiVersion',
          message: 'apiVersion not set (use networking.k8s.io/v1)',
          hint: 'kubectl rejects an object without apiVersion; this policy is not enforced',
        }),
      ];
    }
    const unserved = obj.apiVersion ? unservedVersionMessage(obj.apiVersion, obj.kind) : undefined;
    if (unserved) {
      return [
        toDiagnostic(obj, {
          code: 'API_NOT_SERVED',
          path: 'apiVersion',
          message: unserved,
          hint: 'kubectl apply fails with "no matches for kind"; this policy is not enforced',
        }),
      ];
    }
    checkShape(obj.object, NETWORK_POLICY, '', errors);
    errors.push(...validateNetworkPolicy(obj.object, obj.namespace));
    errors.push(...networkPolicyWarnings(obj.object));
    errors.push(...policySanity(obj));
  } else {
    const shape = Object.hasOwn(PARTLY_KNOWN_KINDS, obj.kind) ? PARTLY_KNOWN_KINDS[obj.kind] : undefined;
    checkShape(obj.object, shape ?? ANY_OBJECT, '', errors);
    errors.push(...validateOtherKind(obj.kind, obj.object, obj.namespace));
    const unserved = obj.apiVersion ? unservedVersionMessage(obj.apiVersion, obj.kind) : undefined;
    if (unserved) errors.unshift({ code: 'API_NOT_SERVED', path: 'apiVersion', message: unserved });
  }
  return errors.map((e) => toDiagnostic(obj, e));
}

/** Validates every object; see `validateObject`. */
export function validateObjects(objects: readonly LoadedObject[]): Diagnostic[] {
  return objects.flatMap(validateObject);
}

/**
 * Legal but probably not meant: no `spec.podSelector` selects every pod of the namespace
 * (the apiserver accepts it as the empty selector).
 */
function policySanity(obj: LoadedObject): FieldError[] {
  const spec = asRecord(obj.object['spec']);
  if (!spec) {
    return [
      {
        code: 'FIELD_SANITY',
        path: 'spec',
        message: 'no spec: the policy selects every pod of the namespace and denies all ingress',
      },
    ];
  }
  if (spec['podSelector'] === undefined || spec['podSelector'] === null) {
    return [
      {
        code: 'FIELD_SANITY',
        path: 'spec.podSelector',
        message: 'no podSelector: the policy selects every pod of the namespace',
        hint: 'write `podSelector: {}` to say so explicitly',
      },
    ];
  }
  return [];
}

export function toDiagnostic(obj: LoadedObject, e: FieldError): Diagnostic {
  return makeDiagnostic(e.code, {
    file: obj.ref.file,
    documentIndex: obj.ref.documentIndex,
    path: e.path,
    message: e.message,
    range: e.atKey ? locateKey(obj, e.path) : locate(obj, e.path),
    ref: obj.ref,
    ...(e.hint ? { hint: e.hint } : {}),
  });
}

/** A stable string key for an object ref (file, document, item). */
export function refKey(ref: ObjectRef): string {
  return `${ref.file}\u0000${ref.documentIndex}\u0000${ref.itemIndex ?? ''}`;
}

/** The keys (`refKey`) of objects that have at least one `error` diagnostic. */
export function refsWithErrors(diagnostics: readonly Diagnostic[]): Set<string> {
  const keys = new Set<string>();
  for (const d of diagnostics) if (d.severity === 'error' && d.ref) keys.add(refKey(d.ref));
  return keys;
}

/**
 * True when the object has an `error` diagnostic: a NetworkPolicy the apiserver would
 * refuse, so it is not enforced.
 */
export function hasErrors(ref: ObjectRef, diagnostics: readonly Diagnostic[]): boolean {
  const key = refKey(ref);
  return diagnostics.some(
    (d) => d.severity === 'error' && d.ref !== undefined && refKey(d.ref) === key,
  );
}
