import { describe, expect, it } from 'vitest';
import { blankChunks, chunkAtLine, splitDocuments } from './splitDocuments';

describe('splitDocuments', () => {
  it('splits at --- lines and keeps line numbers', () => {
    const text = 'a: 1\n---\nb: 2\nc: 3\n---\nd: 4';
    const chunks = splitDocuments(text);
    expect(chunks.map((c) => [c.startLine, c.endLine])).toEqual([
      [1, 1],
      [2, 4],
      [5, 6],
    ]);
    expect(chunks.map((c) => text.slice(c.startOffset, c.startOffset + c.text.length))).toEqual(
      chunks.map((c) => c.text),
    );
    expect(chunkAtLine(chunks, 3)?.index).toBe(1);
  });

  it('does not open an empty document for a leading --- or comments', () => {
    expect(splitDocuments('---\na: 1').length).toBe(1);
    expect(splitDocuments('# note\n---\na: 1').length).toBe(1);
  });
});

describe('blankChunks', () => {
  it('keeps every offset and line of the other documents', () => {
    const text = 'a: 1\n---\nb: [\n---\nc: 3';
    const chunks = splitDocuments(text);
    const blanked = blankChunks(text, [chunks[1]!]);
    expect(blanked.length).toBe(text.length);
    expect(blanked.split('\n').length).toBe(text.split('\n').length);
    expect(blanked).toBe('a: 1\n---\n    \n---\nc: 3');
  });
});
