import type { ObjectRef, SourceRange } from './source';

/**
 * One Kubernetes object read from text (a document, or an item of a `kind: List`).
 * `object` is the plain parsed value; `fieldRanges` maps a field path relative to the
 * object (`''` for the object itself, `metadata.name`, `spec.ingress[0].from[1]`) to
 * the range of that field's value, so any diagnostic or explanation can point at text.
 */
export interface LoadedObject {
  readonly ref: ObjectRef;
  readonly apiVersion: string;
  readonly kind: string;
  /** `metadata.name` ('' when missing). */
  readonly name: string;
  /** `metadata.namespace`, or the default namespace for namespaced kinds; '' for Namespace. */
  readonly namespace: string;
  readonly object: Readonly<Record<string, unknown>>;
  readonly range: SourceRange;
  readonly fieldRanges: Readonly<Record<string, SourceRange>>;
  /** Range of each mapping key by the same paths (absent for list elements and the root). */
  readonly keyRanges?: Readonly<Record<string, SourceRange>>;
}
