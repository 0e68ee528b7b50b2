import fc from 'fast-check';
import { Document, isCollection, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadText } from '../src/load';
import type { LoadResult } from '../src/load';
import { loadDocument } from '../src/load/loadDocument';
import { readWithYamlLibrary } from '../src/load/readDocuments';
import { jsonSyntaxError, replacementCharacters } from '../src/load/textChecks';
import type { Diagnostic } from '../src/model/source';
import { listFixtures, readFixture } from './fixtures';

/**
 * The js-yaml load path against the `yaml` library reading the same text as a whole (the
 * engine's reader for unusual texts, and the one that gives field ranges): same objects,
 * values, object, field and key ranges, diagnostics and documents on every text the
 * library reads without error; and never an accepted document where it reports an error.
 */
function reference(text: string, file: string): LoadResult {
  const stream = readWithYamlLibrary(text);
  const jsonError = jsonSyntaxError(text, stream.lines, file);
  const result: LoadResult = { objects: [], diagnostics: [], documents: [] };
  for (const read of stream.documents)
    loadDocument(
      text,
      read,
      stream.lines,
      { file, defaultNamespace: 'default', jsonError },
      result,
    );
  result.diagnostics.push(...replacementCharacters(text, stream.lines, file, stream.documents));
  return result;
}

/** Everything of a result, field ranges read (they may be computed on demand). */
function plain(result: LoadResult) {
  return {
    objects: result.objects.map((o) => ({
      ref: o.ref,
      kind: o.kind,
      apiVersion: o.apiVersion,
      name: o.name,
      namespace: o.namespace,
      object: o.object,
      range: o.range,
      fieldRanges: o.fieldRanges,
      keyRanges: o.keyRanges ?? {},
    })),
    diagnostics: result.diagnostics,
    documents: result.documents,
  };
}

/** An error of the text itself (not of an object in it). */
const isTextError = (d: Diagnostic) => d.severity === 'error' && /^(YAML|JSON)_/.test(d.code);

/** Returns whether the library read the text without errors (so the comparison was full). */
function agrees(text: string, file = 'f.yaml'): boolean {
  const expected = reference(text, file);
  const actual = loadText(text, { file });
  if (expected.diagnostics.some(isTextError)) {
    // The library misreads a byte order mark before a block sequence (`\uFEFF- a`); js-yaml
    // (and YAML 1.2 §5.2) read it as a mark. Otherwise the text must not load silently: an error (of the text, or a document that
    // is not an object, as js-yaml reads a tab-led `\t---` as the string "---").
    if (!text.includes('\uFEFF'))
      expect(
        actual.diagnostics.some((d) => d.severity === 'error'),
        text,
      ).toBe(true);
    return false;
  }
  expect(plain(actual), text).toEqual(plain(expected));
  return true;
}

describe('js-yaml load path against the yaml library', () => {
  it('agrees on every fixture', () => {
    const files = [
      ...listFixtures('validation', 'valid').map((f) => ['validation', 'valid', f]),
      ...listFixtures('validation', 'invalid').map((f) => ['validation', 'invalid', f]),
      ['conformance', 'cluster.yaml'],
      ['seed', 'azure-vote-all-in-one-redis.yaml'],
    ];
    let full = 0;
    for (const parts of files) if (agrees(readFixture(...parts))) full++;
    expect(full).toBeGreaterThan(40);
  });

  const key = fc.oneof(
    fc.constantFrom(
      'a',
      'app.kubernetes.io/name',
      'y',
      'on',
      'null',
      '1',
      'k:v',
      'x y',
      '-a',
      '"q"',
    ),
    fc.string({ maxLength: 8 }),
  );
  const leaf = fc.oneof(
    fc.constantFrom(
      'yes',
      'No',
      '0123',
      '-017',
      '1e3',
      '1_000',
      '0x1F',
      '.5',
      '1.',
      '.inf',
      '.',
      '~',
      '',
      '2001-12-14',
      '1:20',
      'a: b',
      '#c',
      'x #y',
      "it's",
      'multi\nline\n',
      'tab\there',
      '-',
      '- a',
      '[x]',
      '{y}',
      'é',
      '\\',
    ),
    fc.string({ maxLength: 10 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  );
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('map'), tie('list')),
    map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    list: fc.array(tie('node'), { maxLength: 3 }),
  }));
  const styles = fc.record({
    indentSeq: fc.boolean(),
    flowLevel: fc.constantFrom(0, 1, 2, 3),
    singleQuote: fc.boolean(),
    indent: fc.constantFrom(2, 4),
    compat: fc.boolean(),
  });

  it('agrees on generated documents written in many styles', () => {
    let full = 0;
    fc.assert(
      fc.property(fc.array(tree.map, { minLength: 1, maxLength: 3 }), styles, (docs, style) => {
        const text = docs
          .map((value) => {
            const doc = new Document(value, style.compat ? { compat: 'yaml-1.1' } : {});
            if (style.flowLevel > 0) {
              visit(doc, {
                Collection(_, node, path) {
                  if (path.filter((p) => isCollection(p)).length >= style.flowLevel)
                    node.flow = true;
                },
              });
            }
            return doc.toString({
              indentSeq: style.indentSeq,
              singleQuote: style.singleQuote,
              indent: style.indent,
              flowCollectionPadding: style.singleQuote,
              lineWidth: 0,
            });
          })
          .join('---\n');
        if (agrees(text)) full++;
      }),
      { numRuns: 300 },
    );
    expect(full).toBeGreaterThan(200);
  });

  it('agrees on generated Kubernetes objects (with kinds, so objects and ranges are compared)', () => {
    const labels = fc.dictionary(
      fc.constantFrom('app', 'tier', 'app.kubernetes.io/name', 'on'),
      leaf,
      { maxKeys: 3 },
    );
    const object = fc.record({
      apiVersion: fc.constantFrom('v1', 'networking.k8s.io/v1', 'apps/v1'),
      kind: fc.constantFrom(
        'Pod',
        'Namespace',
        'NetworkPolicy',
        'Service',
        'Deployment',
        'ConfigMap',
      ),
      metadata: fc.record({ name: fc.constantFrom('a', 'web', 'db-0'), labels }),
      spec: tree.map,
    });
    let full = 0;
    fc.assert(
      fc.property(
        fc.array(object, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (objects, comments) => {
          const text = objects
            .map((o) => new Document(o).toString({ lineWidth: 0 }))
            .map((t) => (comments ? `# c\n${t}  # trailing\n\n` : t))
            .join('---\n');
          if (agrees(text)) full++;
        },
      ),
      { numRuns: 300 },
    );
    expect(full).toBeGreaterThan(200);
  });

  // Not in the noise: empty keys (`: x`, `? `), which js-yaml names "null" and the library
  // "" (no manifest has one); byte order marks, read differently on purpose (load.test.ts).
  it('never accepts what the yaml library rejects, on YAML-shaped noise', () => {
    const piece = fc.constantFrom(
      '---\n',
      'a: 1\n',
      'b:\n',
      '  c: x\n',
      '- ',
      '  - ',
      '- k: v\n',
      '    ',
      '  ',
      '\n',
      '#c\n',
      ' # c\n',
      '[1, 2]',
      '{a: b}',
      '"q"',
      "'s'",
      'x',
      '|\n',
      '|-\n',
      '    text\n',
      'yes',
      '\t',
      '&a ',
      '*a',
      ',',
      '{',
      '}',
      ']',
      '"',
      "'",
      'k: v: w\n',
      '!!str ',
      '   # c\n',
      '     # d\n',
      ' #e\n',
      '- b: 1\n',
      '  - x\n',
      '    - y: 2\n',
      '   \n',
      '  x\n',
      '|+\n',
      '>\n',
      '"a\\"b"',
      "'it''s'",
      '{a: [1, {b: c}]}',
      '[a, ]',
      '- "x": 1\n',
      'k: "v" # c\n',
      "k: 'v'\n",
      'k: 0123\n',
      '- |\n',
      '  line\n',
      '\n\n',
      '---#x\n',
      '--- # c\n',
      'kind: Pod\n',
      'apiVersion: v1\n',
      '<<: *a\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        agrees(parts.join(''));
      }),
      { numRuns: 1500 },
    );
  });
});
