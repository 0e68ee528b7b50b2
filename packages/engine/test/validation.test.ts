import { describe, expect, it } from 'vitest';
import { loadText } from '../src/load';
import { hasErrors, refsWithErrors, validateObjects } from '../src/validate';
import type { Diagnostic } from '../src/model/source';
import { listFixtures, readFixture } from './fixtures';

function validate(text: string): Diagnostic[] {
  const loaded = loadText(text, { file: 't.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return validateObjects(loaded.objects);
}

const errors = (text: string) => validate(text).filter((d) => d.severity === 'error');

describe('validation fixtures (from the apiserver tests)', () => {
  it.each(listFixtures('validation', 'valid'))('valid/%s gives no errors', (file) => {
    expect(errors(readFixture('validation', 'valid', file))).toEqual([]);
  });

  it.each(listFixtures('validation', 'invalid'))(
    'invalid/%s errs at every expected path',
    (file) => {
      const text = readFixture('validation', 'invalid', file);
      const expected = [...text.matchAll(/^# expect-error: (\S+)/gm)].map((m) => m[1]);
      expect(expected.length).toBeGreaterThan(0);
      const found = errors(text);
      for (const path of expected) expect(found.map((d) => d.path)).toContain(path);
      // Every error is located on a real line of the policy, not on the comment header.
      for (const d of found) expect(d.range?.startLine).toBeGreaterThan(expected.length);
    },
  );
});
