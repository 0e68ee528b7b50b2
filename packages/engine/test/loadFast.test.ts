import fc from 'fast-check';
import { Document, isCollection, visit } from 'yaml';
import type { Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectFieldRanges } from '../src/load/fieldRanges';
import { readDocuments } from '../src/load/readDocuments';
import { parseYamlStream } from '../src/load/yamlDocuments';
import { listFixtures, readFixture } from './fixtures';

/**
 * The fast reader must agree with the `yaml` library on every document it accepts: same
 * spans, same values, same field and key ranges — and accept no document the library
 * rejects. Returns how many documents the fast reader took.
 */
function agreesWithYaml(text: string): number {
  const slow = parseYamlStream(text);
  const fast = readDocuments(text);
  expect(fast.documents.map((d) => [d.index, d.start, d.end])).toEqual(
    slow.documents.map((d) => [d.index, d.start, d.end]),
  );
  let taken = 0;
  fast.documents.forEach((doc, i) => {
    if (doc.yaml) return;
    taken++;
    const reference = slow.documents[i]!.doc;
    expect(reference.errors, text).toEqual([]);
    expect(reference.warnings).toEqual([]);
    expect(doc.value).toEqual(reference.toJS());
    if (doc.root === undefined) {
      expect(reference.toJS()).toBeNull();
    } else {
      const contents = reference.contents as Node;
      expect(collectFieldRanges(doc.root, fast.lines)).toEqual(
        collectFieldRanges(contents, slow.lines),
      );
    }
  });
  return taken;
}

const SAMPLE = `# a sample
apiVersion: v1
kind: List
items:
- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata:
    name: "np"   # quoted
    namespace: 'prod'
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","kind":"x"}

      note: |-
        two
          lines
  spec:
    podSelector: {}
    ingress:
      - from:
          - ipBlock: {cidr: 10.0.0.0/8, except: ["10.1.0.0/16", '10.2.0.0/16']}
        ports: [{port: 80, protocol: TCP}, {port: http}]
    policyTypes: [Ingress]
    weird: "tab\\tand \\"quote\\" \\u00e9"
    empty:
    list:
    - -1
    - 0x1F
    - 1e3
    - ~
    - it's
    - a:b
    - http://x.example/#frag
---
kind: Pod
metadata: {name: p, labels: {yes: on}} # a non-string key: the full reader's job
---
kind: Pod
metadata: {name: q, labels: {app: "on"}}
`;

describe('fast YAML reader', () => {
  it('agrees with the yaml library on a sample using every supported form', () => {
    expect(agreesWithYaml(SAMPLE)).toBe(2);
  });

  it('hands unusual documents to the full reader, keeping spans and indices', () => {
    const text = `a: &x 1\nb: *x\n---\nc: >\n  folded\n---\nd: 1\n---\n- - nested\n---\ne: "multi\n  line"\n---\ng: 1\n`;
    expect(agreesWithYaml(text)).toBe(2);
    // A document with errors: the whole text is read by the library, as the edits read it.
    expect(agreesWithYaml(`${text}---\nf: 1\nf: 2\n`)).toBe(0);
  });

  it('agrees on the fixtures', () => {
    const files = [
      ...listFixtures('validation', 'valid').map((f) => ['validation', 'valid', f]),
      ...listFixtures('validation', 'invalid').map((f) => ['validation', 'invalid', f]),
      ['conformance', 'cluster.yaml'],
      ['seed', 'azure-vote-all-in-one-redis.yaml'],
    ];
    let taken = 0;
    for (const parts of files) taken += agreesWithYaml(readFixture(...parts));
    expect(taken).toBeGreaterThan(50);
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
      '1e3',
      '~',
      '',
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
    let taken = 0;
    fc.assert(
      fc.property(fc.array(tree.map, { minLength: 1, maxLength: 3 }), styles, (docs, style) => {
        const text = docs
          .map((value) => {
            const doc = new Document(value, style.compat ? { compat: 'yaml-1.1' } : {});
            if (style.flowLevel > 0) {
              // Collections this deep (and deeper) are written in flow style: `{a: b}`, `[1, 2]`.
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
        taken += agreesWithYaml(text);
      }),
      { numRuns: 200 },
    );
    // The fast reader must actually take most of these, or the test proves nothing.
    expect(taken).toBeGreaterThan(100);
  });

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
      ': ',
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
      '? ',
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
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        agreesWithYaml(parts.join(''));
      }),
      { numRuns: 1500 },
    );
  });
});
