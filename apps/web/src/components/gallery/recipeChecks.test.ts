import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@netpol/engine';
import { isRecipeEntry, type RecipeEntry } from './recipeCatalog';
import { checkExpectation, recipeEndpoint } from './recipeChecks';

const dir = new URL('../../../../../public/recipes/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8')) as unknown[];
const recipes = index.filter(isRecipeEntry);

function modelOf(entry: RecipeEntry) {
  return analyze([{ file: entry.file, text: readFileSync(new URL(entry.file, dir), 'utf8') }])
    .model;
}

describe('recipe checks (what the gallery shows)', () => {
  it('reads every entry of the shipped index', () => {
    expect(recipes.length).toBe(index.length);
    expect(recipes.length).toBeGreaterThanOrEqual(14);
  });

  it.each(recipes.map((r) => [r.id, r] as const))(
    '%s: every promised verdict agrees',
    (_id, entry) => {
      const model = modelOf(entry);
      for (const expectation of entry.expect) {
        expect(
          checkExpectation(model, expectation),
          `${expectation.from} → ${expectation.to}`,
        ).toMatchObject({
          status: 'agrees',
          allowed: expectation.allowed,
        });
      }
    },
  );

  it('reports a wrong promise as disagreeing, and a vanished pod as missing', () => {
    const entry = recipes[0] as RecipeEntry;
    const model = modelOf(entry);
    const first = entry.expect[0] as RecipeEntry['expect'][number];
    expect(checkExpectation(model, { ...first, allowed: !first.allowed }).status).toBe('disagrees');
    expect(checkExpectation(model, { ...first, from: 'nowhere/ghost' })).toEqual({
      status: 'missing',
      reason: 'nowhere/ghost is not in the workspace',
    });
  });

  it('reads `ns/name` as a pod and anything else as an address', () => {
    expect(recipeEndpoint('a/b')).toEqual({ kind: 'pod', id: 'a/b' });
    expect(recipeEndpoint('2001:db8::1')).toEqual({ kind: 'ip', ip: '2001:db8::1' });
  });

  it('skips malformed index entries', () => {
    expect(isRecipeEntry({ id: 'x' })).toBe(false);
    expect(isRecipeEntry({ ...recipes[0], expect: [{ from: 1 }] })).toBe(false);
    expect(isRecipeEntry(null)).toBe(false);
  });
});
