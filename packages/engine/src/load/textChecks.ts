/** Whole-text checks: JSON that is not JSON, and bytes that were not UTF-8. */
import { LineCounter } from 'yaml';
import type { LineCounter as Lines } from 'yaml';
import { makeDiagnostic } from '../model';
import type { Diagnostic } from '../model';
import { rangeFromOffsets } from './sourceRange';
import { diagnosticFromJsonError } from './yamlDiagnostics';

const MAX_REPLACEMENT_REPORTS = 5;

/**
 * The JSON error of text that starts like JSON but is not JSON. Several JSON values one
 * after another (JSON.parse stops "after JSON") may still be YAML documents split by
 * `---`: then `afterValue` is set, and the error stands only if the YAML reader fails too.
 */
export function jsonSyntaxError(text: string, lines: Lines, file: string): JsonError | undefined {
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

export interface JsonError {
  readonly diagnostic: Diagnostic;
  /** JSON.parse read one whole value and found more text after it. */
  readonly afterValue: boolean;
}

/**
 * U+FFFD is what a decoder puts in place of bytes that are not UTF-8. kubectl would refuse
 * such a file; report where (the first few places), and keep loading.
 */
export function replacementCharacters(
  text: string,
  lines: Lines,
  file: string,
  docs: ReadonlyArray<{ readonly index: number; readonly start: number; readonly end: number }>,
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

/**
 * UTF-16 text read as UTF-8 has a NUL (U+0000) between the characters of ASCII text (and
 * its byte order mark turns into U+FFFD U+FFFD): name the encoding instead of reporting
 * a document that is a string. Checked on the first few hundred characters.
 */
export function utf16Text(text: string, file: string): Diagnostic | undefined {
  const head = text.slice(0, 400);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  if (head.length < 4 || nuls * 3 < head.length) return undefined;
  const start = new LineCounter();
  start.addNewLine(0);
  return makeDiagnostic('INVALID_UTF8', {
    file,
    range: rangeFromOffsets(start, 0, 0),
    message: 'the text looks like UTF-16 (every other byte is zero), not UTF-8; it was not read',
    hint: 'save the file as UTF-8 (kubectl reads UTF-8), e.g. `iconv -f UTF-16 -t UTF-8`',
  });
}
