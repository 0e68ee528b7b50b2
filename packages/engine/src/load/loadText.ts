import { LineCounter } from 'yaml';
import { makeDiagnostic } from '../model';
import type { Diagnostic } from '../model';
import { loadReusing } from './incremental';
import { loadDocument } from './loadDocument';
import type { LoadOptions, LoadResult } from './loadTypes';
import { readDocuments } from './readDocuments';
import { countLines, rangeFromOffsets } from './sourceRange';
import { jsonSyntaxError, replacementCharacters, utf16Text } from './textChecks';

export type { DocumentInfo, LoadOptions, LoadResult, PreviousLoad } from './loadTypes';

const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;

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
    const utf16 = utf16Text(text, file);
    if (utf16) {
      result.diagnostics.push(utf16);
      return result;
    }
    const reused =
      options.previous && loadReusing(text, options.previous, { file, defaultNamespace });
    if (reused) return reused;
    const stream = readDocuments(text);
    const jsonError = jsonSyntaxError(text, stream.lines, file);
    for (const read of stream.documents) {
      loadDocument(text, read, stream.lines, { file, defaultNamespace, jsonError }, result);
    }
    result.diagnostics.push(...replacementCharacters(text, stream.lines, file, stream.documents));
  } catch (error) {
    // A bug of ours, not a problem of the input: still a value, never an exception.
    const lines = linesOf(text);
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

function tooLarge(text: string, file: string, max: number): Diagnostic {
  const lines = new LineCounter();
  lines.addNewLine(0);
  return makeDiagnostic('INPUT_TOO_LARGE', {
    file,
    range: rangeFromOffsets(lines, 0, 0),
    message: `the text is ${text.length} characters long; the limit is ${max}`,
  });
}

function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  countLines(text, lines);
  return lines;
}
