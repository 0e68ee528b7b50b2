import type { Document, LineCounter as Lines, YAMLError } from 'yaml';
import { makeDiagnostic } from '../model';
import type { Diagnostic, LoadedObject, SourceRange } from '../model';
import { err, ok } from '../util';
import type { Result } from '../util';
import { aliasLimitMessage, expandedSize, MAX_EXPANDED_VALUES } from './aliasGuard';
import { MAX_NESTING } from './depthGuard';
import { isListKind } from './kinds';
import { documentRanges, withLazyRanges } from './lazyRanges';
import type { LoadResult } from './loadTypes';
import type { ReadDocument } from './readDocuments';
import { rangeFromOffsets } from './sourceRange';
import type { JsonError } from './textChecks';
import { isPlainObject, objectsFromDocument } from './toObjects';
import type { DocumentObjects } from './toObjects';
import { diagnosticFromYamlError, openQuoteError } from './yamlDiagnostics';
import { parseYamlStream } from './yamlDocuments';

export interface LoadContext {
  readonly file: string;
  readonly defaultNamespace: string;
  /** Set when the text looks like JSON (starts with `{` or `[`) and JSON.parse refuses it. */
  readonly jsonError: JsonError | undefined;
}

type Base = { readonly file: string; readonly documentIndex: number; readonly range: SourceRange };

/** Turns one read document into objects, diagnostics and its DocumentInfo, appended to `result`. */
export function loadDocument(
  text: string,
  read: ReadDocument,
  lines: Lines,
  ctx: LoadContext,
  result: LoadResult,
): void {
  const { index } = read;
  const range = rangeFromOffsets(lines, read.start, read.end);
  const at = (from: number, to = from): Base => ({
    file: ctx.file,
    documentIndex: index,
    range: rangeFromOffsets(lines, from, to),
  });
  const fail = (...diagnostics: Diagnostic[]) => {
    result.diagnostics.push(...diagnostics);
    result.documents.push({ index, range, ok: false });
  };
  if (read.bomAt !== undefined && read.bomAt > 0) {
    result.diagnostics.push(
      makeDiagnostic('YAML_WARNING', {
        ...at(read.bomAt, read.bomAt + 1),
        message: 'this document starts with a byte order mark (U+FEFF), read as such and ignored',
        hint: 'files joined with `cat` keep their marks; save them as UTF-8 without BOM',
      }),
    );
  }
  if (read.tooDeepAt !== undefined) {
    return fail(
      makeDiagnostic('YAML_TOO_DEEP', {
        ...at(read.tooDeepAt, read.tooDeepAt + 1),
        message: `document nests more than ${MAX_NESTING} levels deep; it was not read`,
      }),
    );
  }
  const doc = read.yaml;
  const toDiagnostic = (e: YAMLError) =>
    openQuoteError(e, text, lines, ctx.file, index, read) ??
    diagnosticFromYamlError(e, text, lines, ctx.file, index, read.end);
  const errors = (doc?.errors ?? []).map(toDiagnostic);
  const warnings = (doc?.warnings ?? []).map(toDiagnostic);
  if (ctx.jsonError && errors.length > 0) {
    // Text that starts with `{` is JSON or flow-style YAML: report it the JSON way when
    // neither reads it (kubectl's error, too), once.
    if (!result.diagnostics.includes(ctx.jsonError.diagnostic))
      result.diagnostics.push(ctx.jsonError.diagnostic);
    return fail();
  }
  if (ctx.jsonError && !ctx.jsonError.afterValue && !doc) return fail(ctx.jsonError.diagnostic);
  if (errors.length > 0) return fail(...errors, ...warnings);
  const refusal = read.refusal;
  if (refusal && (!doc || /alias/.test(refusal.reason))) {
    const unknownAlias = /^unidentified alias "(.*)"$/.exec(refusal.reason);
    const message = unknownAlias
      ? `alias *${unknownAlias[1]} refers to no anchor: no &${unknownAlias[1]} before it in this document`
      : refusal.reason;
    // js-yaml points after the `*` of an alias; the alias starts at it.
    const offset =
      unknownAlias && text[refusal.offset - 1] === '*' ? refusal.offset - 1 : refusal.offset;
    return fail(makeDiagnostic('YAML_SYNTAX', { ...at(offset, offset + 1), message }));
  }
  result.diagnostics.push(...warnings);
  const converted = doc ? toJs(doc, at(doc.range[0], doc.range[1])) : ok(read.value);
  if (!converted.ok) return fail(converted.error);
  const tooBig = aliasBomb(
    text,
    read,
    converted.value,
    doc ? at(doc.range[0], doc.range[1]) : at(read.start, read.end),
  );
  if (tooBig) return fail(tooBig);
  const docCtx = {
    file: ctx.file,
    documentIndex: index,
    defaultNamespace: ctx.defaultNamespace,
    lines,
    range,
  };
  const { objects, diagnostics } = doc
    ? objectsFromDocument(converted.value, doc.contents ?? undefined, docCtx)
    : objectsOfValue(text, read, converted.value, docCtx);
  result.objects.push(...objects);
  result.diagnostics.push(...diagnostics);
  const value = converted.value;
  const kind =
    isPlainObject(value) && typeof value['kind'] === 'string' ? value['kind'] : undefined;
  const meta =
    isPlainObject(value) && isPlainObject(value['metadata']) ? value['metadata'] : undefined;
  const name = meta && typeof meta['name'] === 'string' ? meta['name'] : undefined;
  const readable = !diagnostics.some(
    (d) => d.code === 'NOT_AN_OBJECT' || d.code === 'MISSING_KIND',
  );
  result.documents.push({
    index,
    range,
    ok: readable,
    ...(kind ? { kind } : {}),
    ...(name ? { name } : {}),
  });
}

/** A plain number with a leading zero somewhere (maybe): YAML 1.1 reads it as octal. */
const MAYBE_OCTAL = /(?:^|[\s[{,:])[-+]?0[0-7_]+(?=$|[\s,\]}])/m;
/** Forms whose root range the plain scan of `contentRange` does not know: the `yaml` library's. */
const NOT_PLAIN_START = /[{[&!*?|>"'%@`-]/;
const KEEP_CHOMPING = /[|>][1-9]?\+/;

/**
 * The objects of a document js-yaml read. Its field ranges come from the `yaml` library's
 * parse of the document, on demand (`lazyRanges.ts`); it is parsed at once when load
 * itself needs positions: octal numbers, lists, diagnostics, roots that are not a plain
 * block mapping.
 */
function objectsOfValue(
  text: string,
  read: ReadDocument,
  value: unknown,
  ctx: Parameters<typeof objectsFromDocument>[2],
): DocumentObjects {
  const bodyStart = read.bodyStart ?? read.start;
  const body = text.slice(bodyStart, read.end);
  const root = contentRange(text, bodyStart, read.end);
  const lazy =
    root !== undefined &&
    isPlainObject(value) &&
    !(typeof value['kind'] === 'string' && isListKind(value['kind'])) &&
    !NOT_PLAIN_START.test(text[root.start] ?? '') &&
    !MAYBE_OCTAL.test(body) &&
    !KEEP_CHOMPING.test(body);
  if (lazy) {
    const range = rangeFromOffsets(ctx.lines, root.start, root.end);
    const found = objectsFromDocument(value, undefined, { ...ctx, range });
    if (found.diagnostics.length === 0) {
      const ranges = () => documentRanges(text, bodyStart, read.end, ctx.lines, range);
      return { objects: found.objects.map((o) => withLazyRanges(o, ranges)), diagnostics: [] };
    }
  }
  const [parsed] = parseYamlStream(body).documents;
  const node = parsed && parsed.doc.errors.length === 0 ? parsed.doc.contents : null;
  if (!node) return objectsFromDocument(value, undefined, ctx);
  shiftNode(node, bodyStart);
  return objectsFromDocument(value, node, ctx);
}

/**
 * Where a plain block mapping's root lies, as the `yaml` library reports it: from its first
 * content line to the end of its last (with that line's break), comment lines excluded.
 */
function contentRange(
  text: string,
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  let start = -1;
  let end = -1;
  let commentAtEnd = false;
  for (let line = from; line < to;) {
    let eol = text.indexOf('\n', line);
    if (eol === -1 || eol > to) eol = to;
    let i = line;
    while (i < eol && text.charCodeAt(i) === 32) i++;
    const comment = text.charCodeAt(i) === 35; /* # */
    if (i < eol && !comment) {
      if (start < 0) {
        if (i !== line) return undefined; // an indented root: let the library say
        start = i;
      }
      end = Math.min(eol + 1, to);
      commentAtEnd = false;
    } else if (i < eol && start >= 0 && i > line) commentAtEnd = true;
    line = eol + 1;
  }
  // An indented comment after the last value: the library's range takes it (and the blank
  // lines after it) in; rare enough to let the library say.
  return start < 0 || commentAtEnd ? undefined : { start, end };
}

/** Moves every range of a node parsed from a slice by `offset` (to whole-text offsets). */
function shiftNode(node: object, offset: number): void {
  const seen = new Set<object>();
  const stack: object[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Record<string, unknown>;
    if (seen.has(n)) continue;
    seen.add(n);
    const r = n['range'];
    if (Array.isArray(r)) n['range'] = r.map((x: number) => x + offset);
    for (const k of ['items', 'key', 'value', 'contents']) {
      const child = n[k];
      if (Array.isArray(child))
        stack.push(...child.filter((c): c is object => typeof c === 'object' && c !== null));
      else if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
}

function aliasBomb(
  text: string,
  read: ReadDocument,
  value: unknown,
  base: Base,
): Diagnostic | undefined {
  // Aliases need an anchor: documents without `&` are skipped (searched in their own span).
  if (!text.slice(read.start, read.end).includes('&')) return undefined;
  const size = expandedSize(value);
  if (size <= MAX_EXPANDED_VALUES) return undefined;
  return makeDiagnostic('YAML_ALIAS_LIMIT', { ...base, message: aliasLimitMessage(size) });
}

export function toJs(doc: Document.Parsed, base: Base): Result<unknown, Diagnostic> {
  try {
    return ok(doc.toJS({ maxAliasCount: -1 }) as unknown);
  } catch (error) {
    if (error instanceof RangeError) {
      return err(
        makeDiagnostic('YAML_TOO_DEEP', {
          ...base,
          message: 'document is nested too deeply to read',
        }),
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    return err(makeDiagnostic('YAML_SYNTAX', { ...base, message }));
  }
}

export type { LoadedObject };
