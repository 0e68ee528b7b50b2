import type { Document, LineCounter as Lines, YAMLError } from 'yaml';
import { makeDiagnostic } from '../model/diagnostics';
import type { Diagnostic } from '../model/source';
import { MAX_NESTING } from './depthGuard';
import type { LoadResult } from './loadTypes';
import type { ReadDocument } from './readDocuments';
import { rangeFromOffsets } from './sourceRange';
import type { JsonError } from './textChecks';
import { isPlainObject, objectsFromDocument } from './toObjects';
import { diagnosticFromYamlError } from './yamlDiagnostics';
import { MAX_ALIAS_COUNT } from './yamlDocuments';

export interface LoadContext {
  readonly file: string;
  readonly defaultNamespace: string;
  /** Set when the text looks like JSON (starts with `{` or `[`) and JSON.parse refuses it. */
  readonly jsonError: JsonError | undefined;
}

/** Turns one read document into objects, diagnostics and its DocumentInfo, appended to `result`. */
export function loadDocument(
  text: string,
  read: ReadDocument,
  lines: Lines,
  ctx: LoadContext,
  result: LoadResult,
): void {
  const { index } = read;
  const doc = read.yaml;
  const range = rangeFromOffsets(lines, read.start, read.end);
  const toDiagnostic = (e: YAMLError) => diagnosticFromYamlError(e, text, lines, ctx.file, index);
  const errors = (doc?.errors ?? []).map(toDiagnostic);
  const warnings = (doc?.warnings ?? []).map(toDiagnostic);
  if (read.tooDeepAt !== undefined) {
    result.diagnostics.push(
      makeDiagnostic('YAML_TOO_DEEP', {
        file: ctx.file,
        documentIndex: index,
        range: rangeFromOffsets(lines, read.tooDeepAt, read.tooDeepAt + 1),
        message: `document nests more than ${MAX_NESTING} levels deep; it was not read`,
      }),
    );
    result.documents.push({ index, range, ok: false });
    return;
  }
  if (ctx.jsonError && (!ctx.jsonError.afterValue || errors.length > 0)) {
    // kubectl decodes text that starts with `{` as JSON, so YAML leniency (trailing commas,
    // unquoted keys) does not save it; report it once, the way JSON readers word it.
    if (!result.diagnostics.includes(ctx.jsonError.diagnostic))
      result.diagnostics.push(ctx.jsonError.diagnostic);
    result.documents.push({ index, range, ok: false });
    return;
  }
  if (errors.length > 0) {
    result.diagnostics.push(...errors, ...warnings);
    result.documents.push({ index, range, ok: false });
    return;
  }
  result.diagnostics.push(...warnings);
  const converted = doc ? toJs(doc, index, lines, ctx.file) : { value: read.value };
  if ('error' in converted) {
    result.diagnostics.push(converted.error);
    result.documents.push({ index, range, ok: false });
    return;
  }
  const root = doc ? (doc.contents ?? undefined) : read.root;
  const docCtx = {
    file: ctx.file,
    documentIndex: index,
    defaultNamespace: ctx.defaultNamespace,
    lines,
    range,
  };
  const { objects, diagnostics } = objectsFromDocument(converted.value, root, docCtx);
  result.objects.push(...objects);
  result.diagnostics.push(...diagnostics);
  const value = converted.value;
  const kind =
    isPlainObject(value) && typeof value['kind'] === 'string' ? value['kind'] : undefined;
  const meta =
    isPlainObject(value) && isPlainObject(value['metadata']) ? value['metadata'] : undefined;
  const name = meta && typeof meta['name'] === 'string' ? meta['name'] : undefined;
  const ok = !diagnostics.some((d) => d.code === 'NOT_AN_OBJECT' || d.code === 'MISSING_KIND');
  result.documents.push({ index, range, ok, ...(kind ? { kind } : {}), ...(name ? { name } : {}) });
}

export function toJs(
  doc: Document.Parsed,
  index: number,
  lines: Lines,
  file: string,
): { value: unknown } | { error: Diagnostic } {
  const range = rangeFromOffsets(lines, doc.range[0], doc.range[1]);
  const base = { file, documentIndex: index, range };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        error: makeDiagnostic('YAML_TOO_DEEP', {
          ...base,
          message: 'document is nested too deeply to read',
        }),
      };
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        error: makeDiagnostic('YAML_ALIAS_LIMIT', {
          ...base,
          message: `document expands more than ${MAX_ALIAS_COUNT} aliases (a "billion laughs" alias bomb?)`,
        }),
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { error: makeDiagnostic('YAML_SYNTAX', { ...base, message }) };
  }
}
