/**
 * Where things came from, and what went wrong with them. Every type here is plain,
 * JSON-serialisable data so results can cross to a Web Worker or be snapshot-tested.
 */

/** A span of source text. Lines and columns are 1-based; offsets are 0-based UTF-16 indices. */
export interface SourceRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly startOffset: number;
  readonly endOffset: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * An expected failure of user input. `code` comes from the catalogue in `diagnostics.ts`;
 * `path` is the apiserver-style field path (`spec.ingress[0].from[1].ipBlock.cidr`) when
 * the problem is in a field.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The file name given to `loadText` ('' when none). */
  readonly file: string;
  /** 0-based index of the YAML document in the file, when the problem is in one. */
  readonly documentIndex?: number;
  readonly path?: string;
  readonly range?: SourceRange;
  readonly hint?: string;
  /**
   * The object the problem belongs to, when there is one. A NetworkPolicy with any
   * `error` diagnostic carrying its ref is not enforced (see `hasErrors` in `validate`).
   */
  readonly ref?: ObjectRef;
}

/** Identifies one loaded object: enough to point at it in the text and in messages. */
export interface ObjectRef {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly file: string;
  readonly documentIndex: number;
  /** Index within a `kind: List` document's `items`, when the object came from one. */
  readonly itemIndex?: number;
}

/**
 * The range of an object that has no text of its own (a generated policy before it is
 * serialized, an object built in code): line 1, column 1, zero length. Frozen, so a caller
 * cannot move it for every other user. It lives here rather than in `util/` so that
 * `util/` depends on no other folder.
 */
export const EMPTY_RANGE: SourceRange = Object.freeze({
  startLine: 1,
  startColumn: 1,
  endLine: 1,
  endColumn: 1,
  startOffset: 0,
  endOffset: 0,
});
