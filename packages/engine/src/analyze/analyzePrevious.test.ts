import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { Analysis, AnalysisSource } from './analyze';

const DOCS = [
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n  labels: {team: a}\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\n  labels:\n    app: web\nspec:\n  containers:\n  - name: c\n    image: i\n    ports:\n    - containerPort: 80\n      name: http\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: client\n  labels:\n    app: client\nspec:\n  containers:\n  - name: c\n    image: i\n',
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: prod\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n',
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow\n  namespace: prod\nspec:\n  podSelector:\n    matchLabels:\n      app: web\n  ingress:\n  - from:\n    - namespaceSelector: {}\n    ports:\n    - port: http\n',
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: bad\nspec:\n  podSelector: {}\n  ingress:\n  - ports: [{port: 0}]\n',
  'kind: Pod\nx: [1, 2\n',
];

const workspace = fc
  .array(fc.constantFrom(...DOCS), { minLength: 1, maxLength: 6 })
  .map((docs) => docs.join('---\n'));

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 20 }),
  insert: fc.constantFrom('', 'x', '1', '\n', '---\n', ': ', '  ', '[', 'web', ...DOCS),
});

function apply(base: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * base.length);
  return base.slice(0, at) + e.insert + base.slice(at + e.remove);
}

/** Everything but `loads`, which only says what was read. */
function withoutLoads(analysis: Analysis): Omit<Analysis, 'loads'> {
  const { loads: _loads, ...rest } = analysis;
  return rest;
}

describe('analyze with a previous analysis', () => {
  it('equals a fresh analysis after random edits of two files', () => {
    fc.assert(
      fc.property(
        workspace,
        workspace,
        fc.array(fc.tuple(fc.boolean(), edit), { minLength: 1, maxLength: 4 }),
        (a, b, edits) => {
          let sources: AnalysisSource[] = [
            { file: 'a.yaml', text: a },
            { file: 'b.yaml', text: b },
          ];
          let previous = analyze(sources);
          for (const [first, e] of edits) {
            sources = sources.map((s, i) =>
              i === (first ? 0 : 1) ? { ...s, text: apply(s.text, e) } : s,
            );
            const reused = analyze(sources, { previous });
            expect(withoutLoads(reused)).toEqual(withoutLoads(analyze(sources)));
            previous = reused;
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reuses the unchanged documents of a file (same objects)', () => {
    const text = DOCS.slice(0, 5).join('---\n');
    const previous = analyze([{ file: 'w.yaml', text }]);
    const next = text.replace('app: client', 'app: clientx');
    const typed = analyze([{ file: 'w.yaml', text: next }], { previous });
    expect(typed.objects[0]).toBe(previous.objects[0]);
    expect(typed.objects[2]).not.toBe(previous.objects[2]);
    expect(typed.loads?.map((l) => [l.file, l.text])).toEqual([['w.yaml', next]]);
  });

  it('reads afresh a file that was not in the previous analysis, or had another default namespace', () => {
    const text = DOCS.slice(1, 3).join('---\n');
    const previous = analyze([{ file: 'old.yaml', text }]);
    const renamed = analyze([{ file: 'new.yaml', text }], { previous });
    expect(renamed.objects[0]).not.toBe(previous.objects[0]);
    expect(renamed.objects.map((o) => o.ref.file)).toEqual(['new.yaml', 'new.yaml']);
    const moved = analyze([{ file: 'old.yaml', text }], { previous, defaultNamespace: 'dev' });
    expect(moved.cluster.pods.map((p) => p.id)).toEqual(['prod/web', 'dev/client']);
  });
});
