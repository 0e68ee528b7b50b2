import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  csvField,
  markdownCell,
  matrixFileName,
  matrixToCsv,
  matrixToMarkdown,
  type MatrixTable,
} from './matrixTable';

const table: MatrixTable = {
  filter: 'TCP 6379',
  pods: ['default/frontend', 'default/redis', 'other/x'],
  allowed: [
    [true, true, false],
    [false, true, false],
    [true, false, true],
  ],
};

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe('matrix CSV', () => {
  it('has a header of destinations and one row per source', () => {
    expect(matrixToCsv(table)).toBe(
      'source \\ destination,default/frontend,default/redis,other/x\r\n' +
        'default/frontend,allowed,allowed,denied\r\n' +
        'default/redis,denied,allowed,denied\r\n' +
        'other/x,allowed,denied,allowed\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('reads back to the same names and verdicts (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 }),
        (pods) => {
          const allowed = pods.map((_, i) => pods.map((__, j) => (i + j) % 2 === 0));
          const rows = parseCsv(matrixToCsv({ filter: 'any port', pods, allowed }));
          expect(rows).toHaveLength(pods.length + 1);
          const unformula = (s: string) => (/^'[=+\-@\t\r']/.test(s) ? s.slice(1) : s);
          expect(rows[0]?.slice(1).map(unformula)).toEqual(pods);
          rows.slice(1).forEach((row, i) => {
            expect(unformula(row[0] ?? '')).toBe(pods[i]);
            expect(row.slice(1)).toEqual(allowed[i]?.map((a) => (a ? 'allowed' : 'denied')));
          });
        },
      ),
    );
  });
});

describe('matrix Markdown', () => {
  it('is a table with ✓ and ✗', () => {
    expect(matrixToMarkdown(table)).toBe(
      [
        'Reachability on TCP 6379 (rows: source, columns: destination; ✓ allowed, ✗ denied)',
        '',
        '| source \\\\ destination | default/frontend | default/redis | other/x |',
        '| --- | :-: | :-: | :-: |',
        '| default/frontend | ✓ | ✓ | ✗ |',
        '| default/redis | ✗ | ✓ | ✗ |',
        '| other/x | ✓ | ✗ | ✓ |',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes so a name cannot add a column', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('a\nb')).toBe('a b');
    const md = matrixToMarkdown({ filter: 'x', pods: ['a|b'], allowed: [[true]] });
    const lastRow = md.trimEnd().split('\n').at(-1) ?? '';
    expect(lastRow.split(/(?<!\\)\|/).length - 2).toBe(2);
  });
});

it('names files after the filter', () => {
  expect(matrixFileName('TCP 80', 'csv')).toBe('netpol-matrix-tcp-80.csv');
  expect(matrixFileName('any port', 'md')).toBe('netpol-matrix-any-port.md');
  expect(matrixFileName('../../', 'md')).toBe('netpol-matrix-any-port.md');
});
