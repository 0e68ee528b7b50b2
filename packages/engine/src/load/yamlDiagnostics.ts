import { Parser } from 'yaml';
import type { LineCounter, YAMLError } from 'yaml';
import { makeDiagnostic } from '../model';
import type { Diagnostic } from '../model';
import { rangeFromOffsets } from './sourceRange';

const MAX_QUOTED = 60;
/** The source text of a mapping key: quoted, or plain up to `:` / end of line. */
const KEY_TEXT = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n,}]*)/;

function clip(s: string): string {
  return s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED)}…` : s;
}

/** A parser error or warning from `yaml`, as a diagnostic with line and column. */
export function diagnosticFromYamlError(
  error: YAMLError,
  text: string,
  lines: LineCounter,
  file: string,
  documentIndex: number,
  limit = text.length,
): Diagnostic {
  // The parser may point one past the end of its text (an unterminated quote): clamp to
  // the document's end, so a document reads the same wherever it is in the text.
  const start = Math.min(Math.max(0, error.pos[0]), limit);
  const end = Math.min(Math.max(start, error.pos[1]), limit);
  const range = rangeFromOffsets(lines, start, end);
  const base = { file, documentIndex, range };
  if (error.code === 'DUPLICATE_KEY') {
    const key = KEY_TEXT.exec(text.slice(start, start + 300))?.[0].trim() ?? '';
    return makeDiagnostic('YAML_DUPLICATE_KEY', {
      ...base,
      message: `duplicate key "${clip(key)}": keys in a mapping must be unique`,
      hint: 'kubectl rejects the document ("key already set in map"); remove one of them',
    });
  }
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return makeDiagnostic('YAML_TOO_DEEP', {
      ...base,
      message: 'document is nested too deeply to read',
    });
  }
  const message = error.message.replace(/\s+at line \d+, column \d+.*$/s, '');
  if (error.name === 'YAMLWarning') {
    return makeDiagnostic('YAML_WARNING', { ...base, message });
  }
  return makeDiagnostic('YAML_SYNTAX', { ...base, message });
}

/**
 * V8's JSON.parse message carries a position ("... in JSON at position 42"); turn it into
 * a diagnostic at that spot, or at the start when there is none.
 */
export function diagnosticFromJsonError(
  error: unknown,
  lines: LineCounter,
  file: string,
  length: number,
): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const offset = match ? Math.min(Number(match[1]), length) : 0;
  return makeDiagnostic('JSON_SYNTAX', {
    file,
    documentIndex: 0,
    range: rangeFromOffsets(lines, offset, Math.min(offset + 1, length)),
    message: message.replace(/\s*\(line \d+ column \d+\)$/, ''),
  });
}

/**
 * The `yaml` library reports an unterminated quote where the text ends; say where the
 * quote opens instead (the place to fix), found in the document's own tokens.
 */
export function openQuoteError(
  error: YAMLError,
  text: string,
  lines: LineCounter,
  file: string,
  documentIndex: number,
  span: { readonly start: number; readonly end: number },
): Diagnostic | undefined {
  if (error.code !== 'MISSING_CHAR' || !/closing (["'])quote/.test(error.message)) return undefined;
  const quote = /closing (["'])quote/.exec(error.message)?.[1] ?? '"';
  const at = unterminatedQuote(text.slice(span.start, span.end), quote);
  if (at === undefined) return undefined;
  const start = span.start + at;
  return makeDiagnostic('YAML_SYNTAX', {
    file,
    documentIndex,
    range: rangeFromOffsets(lines, start, start + 1),
    message: `this ${quote === '"' ? 'double' : 'single'}-quoted string is never closed`,
    hint: `add the closing ${quote} (a quote inside it is written ${quote === '"' ? '\\"' : "''"})`,
  });
}

/** Offset of the first quoted scalar token of `source` that lacks its closing quote. */
function unterminatedQuote(source: string, quote: string): number | undefined {
  const type = quote === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar';
  const stack: unknown[] = [...new Parser().parse(source)];
  let found: number | undefined;
  while (stack.length > 0) {
    const token = stack.pop();
    if (typeof token !== 'object' || token === null) continue;
    const t = token as Record<string, unknown>;
    if (t['type'] === type && typeof t['source'] === 'string' && typeof t['offset'] === 'number') {
      if (!closes(t['source'], quote)) found = Math.min(found ?? Infinity, t['offset']);
      continue;
    }
    for (const key of ['start', 'key', 'sep', 'value', 'items', 'end'])
      if (t[key] !== undefined) stack.push(...(Array.isArray(t[key]) ? t[key] : [t[key]]));
  }
  return found;
}

function closes(source: string, quote: string): boolean {
  const body = source.trimEnd();
  if (body.length < 2 || !body.endsWith(quote)) return false;
  if (quote === "'") return (body.slice(1, -1).replace(/''/g, '').match(/'/g) ?? []).length === 0;
  let backslashes = 0;
  for (let i = body.length - 2; i > 0 && body[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}
