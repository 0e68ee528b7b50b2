import type { LineCounter } from 'yaml';
import type { SourceRange } from '../model/source';

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

/** A `LineCounter` filled from the text itself (for text the YAML parser never saw). */
export function countLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lines.addNewLine(i + 1);
  }
}
