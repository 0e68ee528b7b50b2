/**
 * The `load` step: text → Kubernetes objects with source locations.
 *
 * `loadText` never throws. Its diagnostics (codes in `model/diagnostics.ts`) carry the
 * object's `ref` when they concern one object. Contract with `compile`: a NetworkPolicy
 * is not enforced when any diagnostic with severity `'error'` carries its ref — from
 * `validateObjects` (which also reports `extensions/v1beta1` NetworkPolicies: "not served
 * since Kubernetes 1.16"); `loadText` reports only problems of the text itself. Use
 * `hasErrors(ref, diagnostics)` / `refsWithErrors` from `validate`.
 *
 * For the editor's keystrokes, pass `{ previous: { text, result } }`: unchanged documents
 * are reused instead of read again (same result, much less work).
 */
export { loadText } from './loadText';
export type {
  DocumentInfo,
  DocumentInfo as LoadedDocument,
  LoadOptions,
  LoadResult,
  PreviousLoad,
} from './loadText';
export { locate, locateKey } from './locate';
export { childPath, indexPath, parentPath } from './fieldPath';
export { isClusterScoped, isListKind, KNOWN_KINDS } from './kinds';
export { readYamlData } from './readData';
export type { DataDocument, DataResult } from './readData';
// For the other steps (they import `'../load'`, never its files): the YAML reader that
// `edit` re-reads one document with, and the version message `validate` reports.
export { parseYamlStream } from './yamlDocuments';
export type { ParsedDocument } from './yamlDocuments';
export { deepRegions } from './depthGuard';
export { parseChunk } from './readDocuments';
export { splitDocuments } from './splitDocuments';
export { unservedVersionMessage } from './kinds';
