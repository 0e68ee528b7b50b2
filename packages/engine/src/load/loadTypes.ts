import type { Diagnostic, LoadedObject, SourceRange } from '../model';

export interface LoadOptions {
  /** File name carried into every ref and diagnostic ('' when none). */
  readonly file?: string;
  /** Namespace for namespaced objects without `metadata.namespace` ('default'). */
  readonly defaultNamespace?: string;
  /** Refuse larger inputs with one diagnostic instead of parsing them (32 MiB). */
  readonly maxLength?: number;
  /**
   * The text and result of the previous call with the same options (e.g. the editor's text
   * one keystroke ago): documents whose text did not change are taken from it (moved to
   * their new place) instead of being read again. The result is the same either way.
   */
  readonly previous?: PreviousLoad;
}

export interface PreviousLoad {
  readonly text: string;
  readonly result: LoadResult;
}

/** One YAML document of the input, so the app can mark a broken one and draw the rest. */
export interface DocumentInfo {
  readonly index: number;
  /** The document's span: from its start (`---` when present) to the next document. */
  readonly range: SourceRange;
  /** False when the document has a syntax error and gave no objects. */
  readonly ok: boolean;
  readonly kind?: string;
  readonly name?: string;
}

export interface LoadResult {
  readonly objects: LoadedObject[];
  readonly diagnostics: Diagnostic[];
  readonly documents: DocumentInfo[];
}
