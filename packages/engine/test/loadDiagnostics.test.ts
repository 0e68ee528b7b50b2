import { describe, expect, it } from 'vitest';
import { loadText } from '../src/load';

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n`;
const names = (text: string) => loadText(text).objects.map((o) => o.name);
const found = (text: string) =>
  loadText(text).diagnostics.map((d) => [
    d.code,
    d.range?.startLine,
    d.range?.startColumn,
    d.message,
  ]);

describe('loader diagnostics say what is wrong, where', () => {
  it('an undefined alias is named as such at the alias, not as an alias bomb', () => {
    const text = `${pod('a')}---\n${pod('b')}  labels:\n    app: *nope\n`;
    const [d, ...rest] = loadText(text).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'YAML_SYNTAX', documentIndex: 1 });
    expect(d?.message).toBe('alias *nope refers to no anchor: no &nope before it in this document');
    expect([d?.range?.startLine, d?.range?.startColumn]).toEqual([11, 10]);
    expect(names(text)).toEqual(['a']);
  });

  it('150 aliases of a label map load (what counts is the expanded size)', () => {
    const lines = Array.from({ length: 150 }, (_, i) => `  - name: c${i}\n    labels: *l\n`);
    const text = `${pod('many')}  labels: &l {app: web, tier: db}\nspec:\n  containers:\n${lines.join('')}`;
    const r = loadText(text);
    expect(r.diagnostics).toEqual([]);
    const spec = r.objects[0]?.object['spec'] as { containers: Array<{ labels: unknown }> };
    expect(spec.containers[149]?.labels).toEqual({ app: 'web', tier: 'db' });
  });

  it('an alias bomb is refused by its expanded size, with the rest of the file loaded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const r = loadText(`${levels.join('\n')}\n---\n${pod('after')}`);
    expect(r.diagnostics.map((d) => [d.code, d.documentIndex])).toEqual([['YAML_ALIAS_LIMIT', 0]]);
    expect(r.diagnostics[0]?.message).toMatch(/expands to more than 1,000,000 values/);
    expect(r.objects.map((o) => o.name)).toEqual(['after']);
  });

  it('a recursive alias is refused as such, never a crash, and the other documents load', () => {
    const text = `${pod('loop')}  labels: &l {self: *l}\n---\n${pod('fine')}`;
    const r = loadText(text);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['YAML_ALIAS_LIMIT']);
    expect(r.diagnostics[0]?.message).toContain('recursive alias');
    expect(r.diagnostics[0]?.range?.startLine).toBe(1);
    expect(names(text)).toEqual(['fine']);
  });

  it('an unterminated quote is reported where it opens, and later documents still load', () => {
    const text = `${pod('a')}---\n${pod('b')}  labels:\n    app: "web\n    tier: db\n---\n${pod('c')}---\n${pod('d')}`;
    expect(found(text)).toEqual([
      ['YAML_SYNTAX', 11, 10, 'this double-quoted string is never closed'],
    ]);
    expect(names(text)).toEqual(['a', 'c', 'd']);
    expect(loadText(text).documents.map((d) => d.ok)).toEqual([true, false, true, true]);
  });

  it("a single-quoted one too ('it''s' is closed, 'it''s is not)", () => {
    const text = `${pod('a')}  labels:\n    ok: 'it''s'\n    bad: 'it''s\n---\n${pod('b')}`;
    expect(found(text)).toEqual([
      ['YAML_SYNTAX', 7, 10, 'this single-quoted string is never closed'],
    ]);
    expect(names(text)).toEqual(['b']);
  });

  it('a byte order mark at the start of a later document is a mark, not part of "apiVersion"', () => {
    const text = `\uFEFF${pod('first')}---\n\uFEFF${pod('second')}\uFEFF---\n${pod('third')}`;
    const r = loadText(text);
    expect(r.objects.map((o) => [o.name, o.apiVersion])).toEqual([
      ['first', 'v1'],
      ['second', 'v1'],
      ['third', 'v1'],
    ]);
    // The file's own mark is normal; the joined ones are pointed at, as warnings.
    expect(found(text).map(([code, line, column]) => [code, line, column])).toEqual([
      ['YAML_WARNING', 6, 1],
      ['YAML_WARNING', 10, 1],
    ]);
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('UTF-16 text is named as such, in one diagnostic', () => {
    const utf16 = Buffer.from(`\uFEFF${pod('wide')}`, 'utf16le').toString('utf8');
    const r = loadText(utf16);
    expect(r.objects).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.range?.startLine])).toEqual([['INVALID_UTF8', 1]]);
    expect(r.diagnostics[0]?.message).toMatch(/looks like UTF-16/);
  });

  it('a file in YAML flow style starting with `{` loads (issue 8 item 8)', () => {
    const r = loadText('{apiVersion: v1, kind: Namespace, metadata: {name: flow}}\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.objects.map((o) => [o.kind, o.name])).toEqual([['Namespace', 'flow']]);
    expect(r.objects[0]?.fieldRanges['metadata.name']?.startColumn).toBe(52);
    // JSON with a trailing comma is flow YAML too; kubectl's YAML reader takes it.
    expect(
      loadText('{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"},}').objects,
    ).toHaveLength(1);
  });

  it('field ranges of a lazily ranged object follow it when an edit above moves it', () => {
    const before = `${pod('a')}---\n${pod('b')}`;
    const after = `# new line\n${before}`;
    const previous = { text: before, result: loadText(before) };
    const moved = loadText(after, { previous }).objects[1];
    const fresh = loadText(after).objects[1];
    expect(moved?.fieldRanges).toEqual(fresh?.fieldRanges);
    expect(moved?.fieldRanges['metadata.name']?.startLine).toBe(10);
  });
});
