import { LineCounter } from 'yaml';
import { makeDiagnostic } from '../model/diagnostics';
import type { LoadedObject } from '../model/loaded';
import type { Diagnostic, SourceRange } from '../model/source';
import { countLines, rangeFromOffsets } from './sourceRange';
import { isPlainObject, objectsFromDocument } from './toObjects';
import { diagnosticFromJsonError, diagnosticFromYamlError } from './yamlDiagnostics';
import { MAX_ALIAS_COUNT } from './yamlDocuments';
import { MAX_NESTING } from './depthGuard';
import { readDocuments } from './readDocuments';
import type { ReadDocument } from './readDocuments';
import type { Document, LineCounter as Lines, YAMLError } from 'yaml';

export interface LoadOptions {
  /** File name carried into every ref and diagnostic ('' when none). */
  readonly file?: string;
  /** Namespace for namespaced objects without `metadata.namespace` ('default'). */
  readonly defaultNamespace?: string;
  /** Refuse larger inputs with one diagnostic instead of parsing them (32 MiB). */
  readonly maxLength?: number;
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

const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;
const MAX_REPLACEMENT_REPORTS = 5;

/**
 * Reads multi-document YAML (as kubectl does: YAML 1.1) or JSON into Kubernetes objects,
 * each with its source location. Never throws: syntax errors, duplicate keys, alias bombs,
 * documents that are not objects, and undecodable bytes are diagnostics with line and
 * column, and the valid documents of the text still load.
 */
export function loadText(text: string, options: LoadOptions = {}): LoadResult {
  const file = options.file ?? '';
  const defaultNamespace = options.defaultNamespace ?? 'default';
  const result: LoadResult = { objects: [], diagnostics: [], documents: [] };
  try {
    if (text.length > (options.maxLength ?? DEFAULT_MAX_LENGTH)) {
      result.diagnostics.push(tooLarge(text, file, options.maxLength ?? DEFAULT_MAX_LENGTH));
      return result;
    }
    const stream = readDocuments(text);
    const jsonError = jsonSyntaxError(text, stream.lines, file);
    for (const read of stream.documents) {
      loadDocument(text, read, stream.lines, { file, defaultNamespace, jsonError }, result);
    }
    result.diagnostics.push(...replacementCharacters(text, stream.lines, file, stream.documents));
  } catch (error) {
    // A bug of ours, not a problem of the input: still a value, never an exception.
    const lines = new LineCounter();
    countLines(text, lines);
    result.diagnostics.push(
      makeDiagnostic('LOAD_INTERNAL', {
        file,
        message: `could not load the text: ${error instanceof Error ? error.message : String(error)}`,
        range: rangeFromOffsets(lines, 0, 0),
      }),
    );
  }
  return result;
}

interface LoadContext {
  readonly file: string;
  readonly defaultNamespace: string;
  /** Set when the text looks like JSON (starts with `{` or `[`) and JSON.parse refuses it. */
  readonly jsonError: JsonError | undefined;
}

function loadDocument(
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

function toJs(
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

/**
 * The JSON error of text that starts like JSON but is not JSON. Several JSON values one
 * after another (JSON.parse stops "after JSON") may still be YAML documents split by
 * `---`: then `afterValue` is set, and the error stands only if the YAML reader fails too.
 */
function jsonSyntaxError(text: string, lines: Lines, file: string): JsonError | undefined {
  const first = /\S/.exec(text);
  if (!first || (first[0] !== '{' && first[0] !== '[')) return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const diagnostic = diagnosticFromJsonError(error, lines, file, text.length);
    if (!(error instanceof Error && /after JSON/.test(error.message)))
      return { diagnostic, afterValue: false };
    return {
      afterValue: true,
      diagnostic: {
        ...diagnostic,
        message: 'another JSON value starts here',
        hint: 'separate JSON documents with a line `---`, or put the objects in the items of a List',
      },
    };
  }
}

interface JsonError {
  readonly diagnostic: Diagnostic;
  /** JSON.parse read one whole value and found more text after it. */
  readonly afterValue: boolean;
}

/**
 * U+FFFD is what a decoder puts in place of bytes that are not UTF-8. kubectl would refuse
 * such a file; report where (the first few places), and keep loading.
 */
function replacementCharacters(
  text: string,
  lines: Lines,
  file: string,
  docs: readonly ReadDocument[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (
    let i = text.indexOf('\uFFFD');
    i !== -1 && out.length < MAX_REPLACEMENT_REPORTS;
    i = text.indexOf('\uFFFD', i + 1)
  ) {
    const doc = docs.find((d) => d.start <= i && i < d.end);
    out.push(
      makeDiagnostic('INVALID_UTF8', {
        file,
        ...(doc ? { documentIndex: doc.index } : {}),
        range: rangeFromOffsets(lines, i, i + 1),
        message: 'the text is not valid UTF-8 here (a byte was replaced by U+FFFD)',
        hint: 'save the file as UTF-8; kubectl rejects invalid UTF-8',
      }),
    );
  }
  return out;
}

function tooLarge(text: string, file: string, max: number): Diagnostic {
  const lines = new LineCounter();
  lines.addNewLine(0);
  return makeDiagnostic('INPUT_TOO_LARGE', {
    file,
    range: rangeFromOffsets(lines, 0, 0),
    message: `the text is ${text.length} characters long; the limit is ${max}`,
  });
}
