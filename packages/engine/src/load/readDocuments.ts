import { LineCounter } from 'yaml';
import type { Document, Node } from 'yaml';
import { readSimpleDocument } from './fastYaml';
import { deepRegions } from './depthGuard';
import { countLines } from './sourceRange';
import { splitDocuments } from './splitDocuments';
import type { DocumentChunk } from './splitDocuments';
import { parseYamlStream } from './yamlDocuments';
import type { ParsedDocument } from './yamlDocuments';

/**
 * One document of the stream, read either by the fast reader (`root` and `value`) or by
 * the full `yaml` reader (`yaml`, with its errors and warnings).
 */
export interface ReadDocument {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly root?: Node;
  readonly value?: unknown;
  readonly yaml?: Document.Parsed;
  /** Set when the document nested too deeply to be read (see `depthGuard.ts`). */
  readonly tooDeepAt?: number;
}

export interface ReadStream {
  readonly lines: LineCounter;
  readonly documents: readonly ReadDocument[];
}

/** Past this many documents the fast reader gave up on, read the whole text slowly. */
const MAX_SLOW_DOCUMENTS = 16;

function slowly(text: string): ReadStream {
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
 * The full reader for one chunk, with offsets that stay those of the whole text: the text
 * before the chunk is replaced by one blank line of the same length. The next chunk is read
 * along to check that the library also ends the document there (an open quote could run
 * over a `---` line). Undefined when it does not, or when the document has errors (a broken
 * document may not end where its chunk does).
 */
export function parseChunk(
  text: string,
  chunk: DocumentChunk,
  next: DocumentChunk | undefined,
): ParsedDocument | undefined {
  const before = chunk.start === 0 ? '' : `${' '.repeat(chunk.start - 1)}\n`;
  const stream = parseYamlStream(before + text.slice(chunk.start, next ? next.end : chunk.end));
  const [only, following] = stream.documents;
  if (!only || stream.documents.length !== (next ? 2 : 1)) return undefined;
  if ((next && following?.start !== next.start) || only.doc.errors.length > 0) return undefined;
  return { index: chunk.index, start: chunk.start, end: chunk.end, doc: only.doc };
}

function readChunkSlowly(
  text: string,
  chunk: DocumentChunk,
  next: DocumentChunk | undefined,
): ReadDocument | undefined {
  const parsed = parseChunk(text, chunk, next);
  return parsed && { index: chunk.index, start: chunk.start, end: chunk.end, yaml: parsed.doc };
}

/**
 * Reads every document of a YAML stream: plain documents with the fast reader, the others
 * (and unusual texts as a whole) with the `yaml` library. Spans and indices are the same
 * either way, and equal to `parseYamlStream`'s (which the edit functions use).
 */
export function readDocuments(original: string): ReadStream {
  // Too deep documents are blanked before any reader (fast or not) recurses into them.
  const deep = deepRegions(original);
  if (deep.length > 0) return slowly(original);
  const text = original;
  const chunks = splitDocuments(text);
  if (!chunks) return slowly(text);
  const lines = new LineCounter();
  countLines(text, lines);
  const documents: ReadDocument[] = [];
  let slow = 0;
  const tabs = text.includes('\t');
  for (const [i, chunk] of chunks.entries()) {
    const fast = readSimpleDocument(text, chunk.bodyStart, chunk.end, tabs);
    if (fast) {
      documents.push({ index: chunk.index, start: chunk.start, end: chunk.end, ...fast });
      continue;
    }
    const read =
      ++slow <= MAX_SLOW_DOCUMENTS ? readChunkSlowly(text, chunk, chunks[i + 1]) : undefined;
    if (!read) return slowly(text);
    documents.push(read);
  }
  return { lines, documents };
}
