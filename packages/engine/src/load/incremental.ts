/**
 * Loading again after an edit: documents whose text is unchanged are taken from the
 * previous result and moved to their new place (offsets, lines, document index), the
 * others are read. The result equals a fresh `loadText` (see test/loadIncremental.test.ts);
 * whenever that cannot be guaranteed simply, it gives up and the caller reads everything.
 */
import { LineCounter } from 'yaml';
import type { Diagnostic, LoadedObject, SourceRange } from '../model';
import { deepRegions } from './depthGuard';
import { loadDocument } from './loadDocument';
import type { LoadResult, PreviousLoad } from './loadTypes';
import { lazyRangesOf, withLazyRanges } from './lazyRanges';
import { readChunk } from './readDocuments';
import { countLines } from './sourceRange';
import { splitDocuments } from './splitDocuments';
import type { DocumentChunk } from './splitDocuments';
import { replacementCharacters } from './textChecks';

interface Move {
  readonly index: number;
  readonly offset: number;
  readonly lines: number;
}

function shift(range: SourceRange, move: Move): SourceRange {
  if (move.offset === 0 && move.lines === 0) return range;
  return {
    startLine: range.startLine + move.lines,
    startColumn: range.startColumn,
    endLine: range.endLine + move.lines,
    endColumn: range.endColumn,
    startOffset: range.startOffset + move.offset,
    endOffset: range.endOffset + move.offset,
  };
}

function shiftAll(
  ranges: Readonly<Record<string, SourceRange>>,
  move: Move,
): Record<string, SourceRange> {
  const out: Record<string, SourceRange> = {};
  for (const key in ranges) out[key] = shift(ranges[key] as SourceRange, move);
  return out;
}

function moveObject(obj: LoadedObject, move: Move): LoadedObject {
  if (move.offset === 0 && move.lines === 0 && obj.ref.documentIndex === move.index) return obj;
  const moved = {
    ...obj,
    ref: { ...obj.ref, documentIndex: move.index },
    range: shift(obj.range, move),
  };
  const lazy = lazyRangesOf(obj);
  // Ranges not computed yet stay so: shifted when (if ever) they are read.
  if (lazy) {
    return withLazyRanges(moved, () => {
      const { values, keys } = lazy();
      return { values: shiftAll(values, move), keys: shiftAll(keys, move) };
    });
  }
  return {
    ...moved,
    fieldRanges: shiftAll(obj.fieldRanges, move),
    ...(obj.keyRanges ? { keyRanges: shiftAll(obj.keyRanges, move) } : {}),
  };
}

function moveDiagnostic(d: Diagnostic, move: Move): Diagnostic {
  return {
    ...d,
    documentIndex: move.index,
    ...(d.range ? { range: shift(d.range, move) } : {}),
    ...(d.ref ? { ref: { ...d.ref, documentIndex: move.index } } : {}),
  };
}

function looksLikeJson(text: string): boolean {
  const first = /\S/.exec(text);
  return first !== null && (first[0] === '{' || first[0] === '[');
}

/** The previous result by document, when it was read chunk by chunk as `chunks` say. */
function previousByDocument(
  previous: PreviousLoad,
  chunks: readonly DocumentChunk[],
  file: string,
) {
  const { result } = previous;
  if (result.documents.length !== chunks.length) return undefined;
  for (const [i, chunk] of chunks.entries()) {
    const doc = result.documents[i];
    if (
      doc?.index !== i ||
      doc.range.startOffset !== chunk.start ||
      doc.range.endOffset !== chunk.end
    )
      return undefined;
  }
  const objects = chunks.map((): LoadedObject[] => []);
  const diagnostics = chunks.map((): Diagnostic[] => []);
  for (const o of result.objects) {
    if (o.ref.file !== file) return undefined;
    objects[o.ref.documentIndex]?.push(o);
  }
  for (const d of result.diagnostics) {
    if (d.code === 'INVALID_UTF8') continue; // recounted over the whole new text
    if (d.documentIndex === undefined || d.file !== file) return undefined;
    diagnostics[d.documentIndex]?.push(d);
  }
  return { objects, diagnostics };
}

/** `loadText` from a previous result, or undefined when the text must be read afresh. */
export function loadReusing(
  text: string,
  previous: PreviousLoad,
  ctx: { readonly file: string; readonly defaultNamespace: string },
): LoadResult | undefined {
  if (looksLikeJson(text) || looksLikeJson(previous.text)) return undefined;
  if (deepRegions(text).length > 0) return undefined;
  if (text.includes('\uFEFF') || previous.text.includes('\uFEFF')) return undefined;
  const chunks = splitDocuments(text);
  const oldChunks = splitDocuments(previous.text);
  if (!chunks || !oldChunks) return undefined;
  const old = previousByDocument(previous, oldChunks, ctx.file);
  if (!old) return undefined;
  const unchanged = new Map<string, number[]>();
  oldChunks.forEach((c, i) => {
    const key = previous.text.slice(c.start, c.end);
    unchanged.set(key, [...(unchanged.get(key) ?? []), i]);
  });
  const lines = new LineCounter();
  countLines(text, lines);
  const result: LoadResult = { objects: [], diagnostics: [], documents: [] };
  for (const [i, chunk] of chunks.entries()) {
    const j = unchanged.get(text.slice(chunk.start, chunk.end))?.shift();
    const was = j === undefined ? undefined : previous.result.documents[j];
    if (j !== undefined && was) {
      const move = {
        index: i,
        offset: chunk.start - was.range.startOffset,
        lines: lines.linePos(chunk.start).line - was.range.startLine,
      };
      result.documents.push({ ...was, index: i, range: shift(was.range, move) });
      result.objects.push(...(old.objects[j] ?? []).map((o) => moveObject(o, move)));
      result.diagnostics.push(...(old.diagnostics[j] ?? []).map((d) => moveDiagnostic(d, move)));
      continue;
    }
    loadDocument(text, readChunk(text, chunk, []), lines, { ...ctx, jsonError: undefined }, result);
  }
  result.diagnostics.push(...replacementCharacters(text, lines, ctx.file, chunks));
  return result;
}
