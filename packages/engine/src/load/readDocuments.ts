import { loadAll, YAMLException } from 'js-yaml';
import { LineCounter } from 'yaml';
import type { Document } from 'yaml';
import { blankRegions, deepRegions, MAX_NESTING } from './depthGuard';
import type { DeepRegion } from './depthGuard';
import { KUBECTL_SCHEMA } from './kubectlSchema';
import { countLines } from './sourceRange';
import { splitDocuments } from './splitDocuments';
import type { DocumentChunk } from './splitDocuments';
import { parseYamlStream } from './yamlDocuments';
import type { ParsedDocument } from './yamlDocuments';

/**
 * One document of the stream. Read by js-yaml (`value`, with `bodyStart` where its text
 * starts, for field ranges later), or, when js-yaml refuses it or the text is unusual, by
 * the `yaml` library (`yaml`, with its errors and warnings, and `refusal`: js-yaml's error).
 */
export interface ReadDocument {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly bodyStart?: number;
  readonly value?: unknown;
  readonly yaml?: Document.Parsed;
  /** js-yaml's error, when it refused the document and the `yaml` library read it. */
  readonly refusal?: { readonly reason: string; readonly offset: number };
  /** Set when the document nested too deeply to be read (see `depthGuard.ts`). */
  readonly tooDeepAt?: number;
  /** Set when the document starts with a byte order mark: where. */
  readonly bomAt?: number;
}

export interface ReadStream {
  readonly lines: LineCounter;
  readonly documents: readonly ReadDocument[];
}

/** Unusual texts (directives, `...`, CR line ends, control characters): the `yaml` library. */
export function readWithYamlLibrary(text: string): ReadStream {
  const stream = parseYamlStream(text);
  return {
    lines: stream.lines,
    documents: stream.documents.map((p) => ({
      index: p.index,
      start: p.start,
      end: p.end,
      yaml: p.doc,
      ...(p.tooDeepAt === undefined ? {} : { tooDeepAt: p.tooDeepAt }),
    })),
  };
}

/**
 * The `yaml` library's parse of one chunk, with offsets that stay those of the whole
 * text: the text before the chunk is replaced by one blank line of the same length. The
 * next chunk is read along to check that the library also ends the document there.
 * Undefined when it does not, or when the document has errors (for the edit functions).
 */
export function parseChunk(
  text: string,
  chunk: DocumentChunk,
  next: DocumentChunk | undefined,
): ParsedDocument | undefined {
  const stream = parseYamlStream(padded(text, chunk, next ? next.end : chunk.end));
  const [only, following] = stream.documents;
  if (!only || stream.documents.length !== (next ? 2 : 1)) return undefined;
  if ((next && following?.start !== next.start) || only.doc.errors.length > 0) return undefined;
  return { index: chunk.index, start: chunk.start, end: chunk.end, doc: only.doc };
}

function padded(text: string, chunk: DocumentChunk, end: number): string {
  const before = chunk.start === 0 ? '' : `${' '.repeat(chunk.start - 1)}\n`;
  return before + text.slice(chunk.start, end);
}

/** The `yaml` library's parse of one chunk alone (errors included), in whole-text offsets. */
function parseAlone(text: string, chunk: DocumentChunk): Document.Parsed | undefined {
  const documents = parseYamlStream(padded(text, chunk, chunk.end)).documents;
  return documents.length === 1 ? documents[0]?.doc : undefined;
}

const OPTIONS = { schema: KUBECTL_SCHEMA, maxDepth: MAX_NESTING + 1, maxTotalMergeKeys: -1 };

const ODD_INDENT = /^ *\t|^[ \t]+---(?:[ \t]|$)/m;

/**
 * Reads one document chunk: js-yaml first (fast); when it refuses, the `yaml` library
 * reads the chunk alone, for its located errors (or its value, where it is more lenient).
 * The chunk is read on its own, so an error in it cannot run into the next document.
 */
export function readChunk(
  text: string,
  chunk: DocumentChunk,
  deep: readonly DeepRegion[],
): ReadDocument {
  const { index, start, end, bodyStart } = chunk;
  const base = { index, start, end, ...(chunk.bomAt === undefined ? {} : { bomAt: chunk.bomAt }) };
  const region = deep.find((r) => r.at >= start && r.at < end);
  if (region) return { ...base, tooDeepAt: region.at };
  const body = text.slice(bodyStart, end);
  // Tabs before content are indentation errors, and an indented `---` is no marker, which
  // js-yaml lets pass (`\t---` and `  ---` read as a new document): the `yaml` library
  // judges those documents.
  const odd = ODD_INDENT.test(body) ? parseAlone(text, chunk) : undefined;
  if (odd) return { ...base, yaml: odd };
  try {
    const values = loadAll(body, OPTIONS);
    return { ...base, bodyStart, value: values[0] ?? null };
  } catch (error) {
    const doc = parseAlone(text, chunk);
    const refusal =
      error instanceof YAMLException
        ? { reason: error.reason, offset: bodyStart + (error.mark?.position ?? 0) }
        : { reason: String(error), offset: bodyStart };
    return doc ? { ...base, yaml: doc, refusal } : { ...base, refusal };
  }
}

/**
 * Reads every document of a YAML stream, split by the engine's splitter and read one at
 * a time (one broken document is one diagnostic; the rest load). Spans and indices are
 * `parseYamlStream`'s (which the edit functions use).
 */
export function readDocuments(original: string): ReadStream {
  const chunks = splitDocuments(original);
  if (!chunks) return readWithYamlLibrary(original);
  // Too deep documents are blanked before any reader recurses into them.
  const deep = deepRegions(original);
  const text = blankRegions(original, deep);
  const lines = new LineCounter();
  countLines(original, lines);
  const documents: ReadDocument[] = [];
  for (let from = 0; from < chunks.length; from += BATCH) {
    const batch = chunks.slice(from, from + BATCH);
    const values = deep.length === 0 ? readBatch(text, batch) : undefined;
    batch.forEach((chunk, i) => {
      if (!values) return documents.push(readChunk(text, chunk, deep));
      const { index, start, end, bodyStart } = chunk;
      return documents.push({ index, start, end, bodyStart, value: values[i] ?? null });
    });
  }
  return { lines, documents };
}

/** Documents per js-yaml call on the common path: few calls, and a bounded event stream. */
const BATCH = 256;

/**
 * The common case in few calls: js-yaml's `loadAll` of BATCH documents at a time, about
 * half as costly as a call per document (and, unlike one call for the whole text, it never
 * holds the event stream of a 20 MB file at once). Used only when it reads every document
 * of the batch without error and splits them exactly as the engine's splitter (same
 * count; no byte order mark, tab or indented `---` that js-yaml treats differently); else
 * undefined for that batch, whose documents are then read one by one.
 */
function readBatch(text: string, chunks: readonly DocumentChunk[]): unknown[] | undefined {
  const first = chunks[0];
  const last = chunks[chunks.length - 1];
  if (!first || !last) return undefined;
  const slice = text.slice(first.start, last.end);
  if (ODD_INDENT.test(slice) || slice.includes('\uFEFF')) return undefined;
  try {
    const values = loadAll(slice, OPTIONS);
    return values.length === chunks.length ? values : undefined;
  } catch {
    return undefined;
  }
}
