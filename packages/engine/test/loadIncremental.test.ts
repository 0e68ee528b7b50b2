import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadText } from '../src/load';
import { loadReusing } from '../src/load/incremental';
import type { LoadResult } from '../src/load';
import { readFixture } from './fixtures';

const DOCS = [
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n  labels: {team: a}\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\n  labels:\n    app: web\nspec:\n  containers:\n  - name: c\n    ports:\n    - containerPort: 80\n',
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: np\nspec:\n  podSelector: {}\n  ingress:\n  - from:\n    - ipBlock: {cidr: 10.0.0.0/8}\n    ports:\n    - port: 0123\n',
  '# a comment\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n- kind: ConfigMap\n  apiVersion: v1\n  metadata: {name: cfg}\n',
  'kind: Pod\nx: [1, 2\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: dup\n  name: dup2\n',
  'a: &x 1\nb: *x\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "caf\uFFFD"\n',
  '- just\n- a list\n',
  '',
];

const text = fc
  .array(fc.constantFrom(...DOCS), { minLength: 1, maxLength: 6 })
  .map((docs) => docs.join('---\n'));

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 30 }),
  insert: fc.constantFrom(
    '',
    'x',
    '\n',
    '---\n',
    ': ',
    '  ',
    'metadata:\n  name: z\n',
    '"',
    '[',
    ...DOCS,
  ),
});

function apply(base: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * base.length);
  return base.slice(0, at) + e.insert + base.slice(at + e.remove);
}

/** The result with every object's field and key ranges read (they may be computed on demand). */
function withRanges(result: LoadResult) {
  return {
    ...result,
    objects: result.objects.map((o) => ({
      ...o,
      fieldRanges: o.fieldRanges,
      keyRanges: o.keyRanges ?? {},
    })),
  };
}

function again(before: string, after: string, file = 'w.yaml'): LoadResult {
  const previous = { text: before, result: loadText(before, { file }) };
  return loadText(after, { file, previous });
}

describe('loadText with a previous result', () => {
  it('gives exactly what a fresh load gives, after random edits', () => {
    let reusedRuns = 0;
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 4 }), (base, edits) => {
        let before = base;
        let previous = loadText(before, { file: 'w.yaml' });
        for (const e of edits) {
          const after = apply(before, e);
          const previousLoad = { text: before, result: previous };
          if (loadReusing(after, previousLoad, { file: 'w.yaml', defaultNamespace: 'default' }))
            reusedRuns++;
          const reused = loadText(after, {
            file: 'w.yaml',
            previous: { text: before, result: previous },
          });
          expect(withRanges(reused)).toEqual(withRanges(loadText(after, { file: 'w.yaml' })));
          [before, previous] = [after, reused];
        }
      }),
      { numRuns: 60 },
    );
    // The reusing path must actually run, or this proves nothing.
    expect(reusedRuns).toBeGreaterThan(20);
  });

  it('reuses unchanged documents as they are (same objects) before the edit', () => {
    const base = readFixture('conformance', 'cluster.yaml');
    const first = loadText(base);
    const edited = base.replace('    ns: z\n', '    ns: z\n    extra: label\n');
    expect(edited).not.toBe(base);
    const second = loadText(edited, { previous: { text: base, result: first } });
    expect(withRanges(second)).toEqual(withRanges(loadText(edited)));
    expect(second.objects[0]).toBe(first.objects[0]);
    // Pods after the edited Namespace moved down one line; their values are shared.
    const last = second.objects.length - 1;
    expect(second.objects[last]).not.toBe(first.objects[last]);
    expect(second.objects[last]?.object).toBe(first.objects[last]?.object);
  });

  it('moves documents after an inserted line to their new place', () => {
    const base = `${DOCS[0]}---\n${DOCS[1]}`;
    const after = `# new first line\n${base}`;
    const r = again(base, after);
    expect(withRanges(r)).toEqual(withRanges(loadText(after, { file: 'w.yaml' })));
    expect(r.objects[1]?.fieldRanges['metadata.name']?.startLine).toBe(11);
  });
});
