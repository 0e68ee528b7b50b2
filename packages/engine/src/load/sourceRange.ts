import type { LineCounter } from 'yaml';
import type { SourceRange } from '../model';

/**
 * Converts 0-based UTF-16 offsets into a `SourceRange` with 1-based lines and columns,
 * using the line starts a `LineCounter` collected while parsing.
 */
export function rangeFromOffsets(lines: LineCounter, start: number, end: number): SourceRange {
  const s = lines.linePos(start);
  const e = end === start ? s : lines.linePos(end);
  return {
    startLine: s.line,
    startColumn: s.col,
    endLine: e.line,
    endColumn: e.col,
    startOffset: start,
    endOffset: end,
  };
}

/**
 * A faster `rangeFromOffsets` for many ranges in text order (field ranges): it remembers
 * the last line it found, so nearby offsets need no search.
 */
export function rangeMaker(lines: LineCounter): (start: number, end: number) => SourceRange {
  const starts = lines.lineStarts;
  let last = 0;
  const lineOf = (offset: number): number => {
    const from = starts[last] ?? 0;
    const to = starts[last + 1] ?? Infinity;
    if (offset >= from && offset < to) return last;
    if (offset >= to && offset < (starts[last + 2] ?? Infinity)) return ++last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    last = lo;
    return lo;
  };
  return (start, end) => {
    const sl = lineOf(start);
    const sc = start - (starts[sl] ?? 0);
    const el = end === start ? sl : lineOf(end);
    const ec = end - (starts[el] ?? 0);
    return {
      startLine: sl + 1,
      startColumn: sc + 1,
      endLine: el + 1,
      endColumn: ec + 1,
      startOffset: start,
      endOffset: end,
    };
  };
}

/**
 * A `LineCounter` filled from the text itself. The parser's own newline callback misses
 * line breaks inside some broken documents, so every range is computed from this count.
 * Line breaks are LF, CRLF and a lone CR, as YAML and the editor count them.
 */
export function countLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) {
      lines.addNewLine(i + 1);
    }
  }
}
