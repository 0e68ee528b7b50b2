import type { SourceRange } from '../model';

/**
 * The range of an object that has no text of its own (a generated policy before it is
 * serialized, an object built in code): line 1, column 1, zero length. Frozen, so a caller
 * cannot move it for every other user.
 */
export const EMPTY_RANGE: SourceRange = Object.freeze({
  startLine: 1,
  startColumn: 1,
  endLine: 1,
  endColumn: 1,
  startOffset: 0,
  endOffset: 0,
});
