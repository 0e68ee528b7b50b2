/**
 * Scalar handling for the fast reader (`fastYaml.ts`): plain scalars resolved with the very
 * tags the `yaml` composer uses (YAML 1.1 as kubectl reads it), single-quoted scalars, and
 * double-quoted ones with JSON-compatible escapes. Anything else makes the reader bail out.
 */
import { Document, isScalar } from 'yaml';
import type { ScalarTag } from 'yaml';
import { YAML_OPTIONS } from './yamlDocuments';

/** Thrown (and caught by `readSimpleDocument`) when the text needs the full YAML reader. */
export const BAIL = Symbol('bail');

const SCALAR_TAGS: readonly ScalarTag[] = new Document(null, YAML_OPTIONS).schema.tags.filter(
  (tag): tag is ScalarTag => tag.default === true && 'test' in tag && tag.test instanceof RegExp,
);

function fail(): never {
  throw BAIL;
}

/**
 * First characters of every plain scalar the YAML 1.1 tags turn into a non-string
 * (null, booleans, numbers, `.inf`); any other first character means a string.
 */
const MAYBE_NOT_STRING = new Set([...'~NnYyTtFfOo0123456789+-.eE'].map((c) => c.charCodeAt(0)));

/** The value of a plain scalar, exactly as the `yaml` composer would resolve it. */
export function resolvePlain(source: string): unknown {
  if (source.length > 0 && !MAYBE_NOT_STRING.has(source.charCodeAt(0))) return source;
  for (const tag of SCALAR_TAGS) {
    if (tag.test?.test(source)) {
      // Some tags (null, bool) resolve to a Scalar node, as the composer allows.
      const resolved = tag.resolve(source, fail, YAML_OPTIONS);
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return source;
}

/** End (exclusive) of a single-quoted scalar starting at `start`, or bail. */
export function singleQuotedEnd(text: string, start: number, lineEnd: number): number {
  for (let i = start + 1; i < lineEnd; i++) {
    if (text.charCodeAt(i) === 39 /* ' */) {
      if (text.charCodeAt(i + 1) === 39) i++;
      else return i + 1;
    }
  }
  return fail(); // multi-line quoted scalars fold lines: leave them to the full reader
}

export function singleQuotedValue(text: string, start: number, end: number): string {
  return text.slice(start + 1, end - 1).replaceAll("''", "'");
}

/** End (exclusive) of a double-quoted scalar starting at `start`, or bail. */
export function doubleQuotedEnd(text: string, start: number, lineEnd: number): number {
  for (let i = start + 1; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 34 /* " */) return i + 1;
  }
  return fail();
}

const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;

export function doubleQuotedValue(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (raw.indexOf('\\') === -1) return raw.slice(1, -1);
  // YAML-only escapes (\x, \U, \N, \_, \0, \e, \ , a line break...) go to the full reader.
  if (raw.replace(JSON_ESCAPES, '').indexOf('\\') !== -1) fail();
  // The TAB escape is written `\t` in both; YAML allows a raw tab inside quotes, JSON not.
  return JSON.parse(raw.replaceAll('\t', '\\t')) as string;
}

/**
 * Can the fast readers take this mapping key as it is? Anything else (a non-string key, a
 * merge key, `__proto__`, a duplicate) goes to the full YAML reader, which reports or
 * handles it properly.
 */
export function isPlainNewKey(name: unknown, seen: Record<string, unknown>): name is string {
  return (
    typeof name === 'string' && name !== '__proto__' && name !== '<<' && !Object.hasOwn(seen, name)
  );
}
