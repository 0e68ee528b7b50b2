/**
 * Quick-fix text edits over sequences as the loader located them. Works on block
 * (`- item`) and flow (`[a, b]`) sequences alike: a block item's range runs from after its
 * dash to the end of its last line (newline included for a mapping), a flow item's range is
 * just the item.
 */
import type { SourceRange } from '../model';
import type { TextEdit } from './types';

/** The text between the start of the item's line and the item: `    - ` for a block item. */
function linePrefix(text: string, range: SourceRange): string {
  const lineStart = text.lastIndexOf('\n', range.startOffset - 1) + 1;
  return text.slice(lineStart, range.startOffset);
}

/** True when the item is written `- item` on its own line. */
export function isBlockItem(text: string, range: SourceRange): boolean {
  return /^\s*-\s+$/.test(linePrefix(text, range));
}

/**
 * Inserts `item` (one line of YAML, e.g. a flow mapping) as a new element after the element
 * at `after`, in the sequence's own style.
 */
export function insertAfterItem(text: string, after: SourceRange, item: string): TextEdit {
  const at = after.endOffset;
  if (!isBlockItem(text, after)) return { startOffset: at, endOffset: at, text: `, ${item}` };
  const prefix = linePrefix(text, after);
  if (text[at - 1] === '\n') return { startOffset: at, endOffset: at, text: `${prefix}${item}\n` };
  return { startOffset: at, endOffset: at, text: `\n${prefix}${item}` };
}

/**
 * Deletes one element of a sequence with its separator: up to the next element's start when
 * there is one, else from the end of the previous element (never the only element).
 */
export function deleteItem(
  item: SourceRange,
  next: SourceRange | undefined,
  previous: SourceRange | undefined,
): TextEdit | undefined {
  if (next) return { startOffset: item.startOffset, endOffset: next.startOffset, text: '' };
  if (previous) return { startOffset: previous.endOffset, endOffset: item.endOffset, text: '' };
  return undefined;
}

/** Replaces a value's text, keeping a block mapping's final newline. */
export function replaceValue(text: string, range: SourceRange, value: string): TextEdit {
  const keepNewline = text[range.endOffset - 1] === '\n';
  return {
    startOffset: range.startOffset,
    endOffset: range.endOffset,
    text: keepNewline ? `${value}\n` : value,
  };
}

/** Applies edits (non-overlapping, any order) to a text: what an editor does with a quick fix. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.startOffset - a.startOffset);
  let out = text;
  for (const edit of sorted)
    out = out.slice(0, edit.startOffset) + edit.text + out.slice(edit.endOffset);
  return out;
}
