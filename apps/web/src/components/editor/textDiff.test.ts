import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyReplacement, minimalReplacement } from './textDiff';

describe('minimalReplacement', () => {
  it('returns null for equal texts', () => {
    expect(minimalReplacement('abc', 'abc')).toBeNull();
  });

  it('replaces only the changed middle', () => {
    expect(minimalReplacement('name: a\nport: 80\n', 'name: a\nport: 8080\n')).toEqual({
      start: 16,
      end: 16,
      text: '80',
    });
  });

  it('handles insertions at the ends and deletions', () => {
    expect(minimalReplacement('abc', 'xabc')).toEqual({ start: 0, end: 0, text: 'x' });
    expect(minimalReplacement('abc', 'abcx')).toEqual({ start: 3, end: 3, text: 'x' });
    expect(minimalReplacement('abcd', 'ad')).toEqual({ start: 1, end: 3, text: '' });
  });

  it('does not split surrogate pairs', () => {
    const r = minimalReplacement('a😀b', 'a😁b');
    expect(r).not.toBeNull();
    expect(r && r.text).toBe('😁');
  });

  it('always reproduces the new text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const r = minimalReplacement(before, after);
        expect(r === null ? before : applyReplacement(before, r)).toBe(after);
      }),
    );
  });
});
