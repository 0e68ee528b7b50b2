import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadText } from '../src/load';
import type { LoadResult } from '../src/load';

/** Every diagnostic and document has a sane location; every object a ref into the text. */
function wellFormed(text: string, r: LoadResult): void {
  // `loadText` turns an exception into LOAD_INTERNAL: a crash must fail the property.
  expect(r.diagnostics.filter((d) => d.code === 'LOAD_INTERNAL')).toEqual([]);
  for (const d of r.diagnostics) {
    if (!d.range) continue;
    expect(d.range.startOffset).toBeGreaterThanOrEqual(0);
    expect(d.range.endOffset).toBeLessThanOrEqual(text.length);
    expect(d.range.startLine).toBeGreaterThanOrEqual(1);
    expect(d.range.startColumn).toBeGreaterThanOrEqual(1);
  }
  for (const o of r.objects)
    expect(r.documents.some((doc) => doc.index === o.ref.documentIndex)).toBe(true);
}

const yamlish = fc
  .array(
    fc.constantFrom(
      '---\n',
      'apiVersion: v1\n',
      'kind: Pod\n',
      'kind: List\n',
      'items:\n',
      '- ',
      '  ',
      'metadata:\n',
      'name: x\n',
      '&a ',
      '*a ',
      '[',
      ']',
      '{',
      '}',
      ': ',
      '"',
      "'",
      '#',
      '\t',
      '\n',
      '|\n',
      'yes',
      '<<: *a\n',
      '%YAML 1.1\n',
      '...\n',
      '\uFFFD',
      '!!binary ',
      '? ',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('loadText never throws', () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) =>
        wellFormed(text, loadText(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('on random bytes decoded as latin1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = Buffer.from(bytes).toString('latin1');
        wellFormed(text, loadText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on YAML-shaped noise', () => {
    fc.assert(
      fc.property(yamlish, (text) => wellFormed(text, loadText(text))),
      { numRuns: 1000 },
    );
  });
});
