import { describe, expect, it } from 'vitest';
import { concatenateFiles, isManifestFile } from './readFiles';

describe('concatenateFiles', () => {
  it('keeps a single file as it is, with LF line endings and a final newline', () => {
    expect(concatenateFiles([{ name: 'a.yaml', text: 'a: 1\r\nb: 2' }])).toBe('a: 1\nb: 2\n');
  });

  it('joins several files with --- and names each one', () => {
    const text = concatenateFiles([
      { name: 'a.yaml', text: 'kind: Namespace\n' },
      { name: 'b.json', text: '---\n{"kind": "Pod"}' },
    ]);
    expect(text).toBe('# file: a.yaml\nkind: Namespace\n---\n# file: b.json\n{"kind": "Pod"}\n');
  });
});

describe('isManifestFile', () => {
  it.each([
    ['policy.yaml', '', true],
    ['policy.YML', '', true],
    ['dump.json', '', true],
    ['notes.txt', 'text/plain', false],
    ['image.png', 'image/png', false],
  ])('%s → %s', (name, type, expected) => {
    expect(isManifestFile({ name, type })).toBe(expected);
  });
});
