import { Composer, LineCounter, Parser } from 'yaml';
import { countLines } from './sourceRange';
import { blankRegions, deepRegions } from './depthGuard';
import type {
  CollectionTag,
  Document,
  DocumentOptions,
  ParseOptions,
  ScalarTag,
  SchemaOptions,
  Tags,
} from 'yaml';

/**
 * kubectl reads YAML 1.1 (go-yaml v2 through sigs.k8s.io/yaml): `yes`/`no`/`on`/`off`/`y`/`n`
 * are booleans, `0123` is octal, `<<` merges. But go-yaml v2 keeps timestamps as strings
 * when decoding into untyped JSON, and has no sexagesimal numbers (`1:20`) nor implicit
 * `!!binary`/`!!set`/`!!omap` values, so those tags are dropped from the 1.1 schema.
 */
function kubectlTags(tags: Tags): Tags {
  const dropped = new Set([
    'tag:yaml.org,2002:timestamp',
    'tag:yaml.org,2002:binary',
    'tag:yaml.org,2002:set',
    'tag:yaml.org,2002:omap',
    'tag:yaml.org,2002:pairs',
  ]);
  const kept = tags.filter((tag) => {
    if (typeof tag === 'string') return !dropped.has(tag);
    return !dropped.has(tag.tag) && !('format' in tag && tag.format === 'TIME');
  });
  return kept.map((tag) => (typeof tag === 'string' ? tag : goFloat(tag)));
}

/**
 * go-yaml v2 floats need a digit: `e0`, `.` and `-.` are strings there (the library's 1.1
 * schema reads them as NaN).
 */
function goFloat<T extends ScalarTag | CollectionTag>(tag: T): T {
  if (tag.tag !== 'tag:yaml.org,2002:float' || !('test' in tag) || !tag.test) return tag;
  if (tag.format === 'EXP') {
    return { ...tag, test: /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)[eE][-+]?[0-9]+$/ };
  }
  if (tag.test.source.includes('\\.[0-9_]*$')) {
    return { ...tag, test: /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/ };
  }
  return tag;
}

export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  uniqueKeys: true,
  prettyErrors: false,
  customTags: kubectlTags,
};

/** Aliases a document may expand; a billion-laughs bomb needs far more. */
export const MAX_ALIAS_COUNT = 100;

/** One YAML document of a stream and the text span it owns (up to the next document). */
export interface ParsedDocument {
  readonly index: number;
  /** Offset where the document starts (its `---` marker when it has one; 0 for the first). */
  readonly start: number;
  /** Offset where the next document starts, or the end of the text. */
  readonly end: number;
  readonly doc: Document.Parsed;
  /** Set when the document nested too deeply to be read: where (it was blanked out). */
  readonly tooDeepAt?: number;
}

export interface ParsedStream {
  readonly lines: LineCounter;
  readonly documents: readonly ParsedDocument[];
}

/**
 * Parses a multi-document YAML stream, keeping each document's span for edits. Documents
 * nested too deeply for a recursive reader are read as empty and flagged (`tooDeepAt`).
 */
export function parseYamlStream(original: string): ParsedStream {
  const deep = deepRegions(original);
  const text = blankRegions(original, deep);
  const lines = new LineCounter();
  countLines(original, lines);
  const tokens = Array.from(new Parser().parse(text));
  const starts = tokens.filter((t) => t.type === 'document').map((t) => t.offset);
  let docs = Array.from(new Composer(YAML_OPTIONS).compose(tokens, true, text.length));
  // Text with no document at all (empty, only comments) still yields one forced, empty
  // document; keep it only when it carries errors (e.g. a stray `]`).
  if (starts.length === 0) docs = docs.filter((doc) => doc.errors.length > 0);
  // Comments and directives before the first document belong to it (the composer makes
  // them its `commentBefore`), so its span starts at the top of the text.
  const spanStart = (i: number): number =>
    i === 0 ? 0 : (starts[i] ?? docs[i]?.range[0] ?? text.length);
  const documents = docs.map((doc, index): ParsedDocument => {
    const start = spanStart(index);
    const end = index + 1 < docs.length ? spanStart(index + 1) : text.length;
    const region = deep.find((r) => r.at >= start && r.at < end);
    return region ? { index, start, end, doc, tooDeepAt: region.at } : { index, start, end, doc };
  });
  return { lines, documents };
}
