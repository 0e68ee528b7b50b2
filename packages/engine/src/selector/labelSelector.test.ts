import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatSelector, isEmptySelector, selectorMatches } from './labelSelector';

describe('selectorMatches', () => {
  const labels = { app: 'web', tier: 'frontend' };

  it('an empty selector selects everything', () => {
    expect(selectorMatches({}, labels)).toBe(true);
    expect(selectorMatches({ matchLabels: {} }, {})).toBe(true);
    expect(isEmptySelector({ matchLabels: null, matchExpressions: [] })).toBe(true);
  });

  it('treats a null matchLabels as no requirement', () => {
    expect(selectorMatches({ matchLabels: null }, labels)).toBe(true);
  });

  it('requires every matchLabels pair', () => {
    expect(selectorMatches({ matchLabels: { app: 'web' } }, labels)).toBe(true);
    expect(selectorMatches({ matchLabels: { app: 'web', tier: 'db' } }, labels)).toBe(false);
    expect(selectorMatches({ matchLabels: { missing: '' } }, labels)).toBe(false);
  });

  it('In needs the key with one of the values', () => {
    const sel = { matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['frontend', 'db'] }] };
    expect(selectorMatches(sel, labels)).toBe(true);
    expect(selectorMatches(sel, { tier: 'cache' })).toBe(false);
    expect(selectorMatches(sel, {})).toBe(false);
  });

  it('NotIn matches when the key is missing', () => {
    const sel = { matchExpressions: [{ key: 'tier', operator: 'NotIn' as const, values: ['db'] }] };
    expect(selectorMatches(sel, labels)).toBe(true);
    expect(selectorMatches(sel, {})).toBe(true);
    expect(selectorMatches(sel, { tier: 'db' })).toBe(false);
  });

  it('Exists and DoesNotExist look only at the key', () => {
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, labels)).toBe(true);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, {})).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, {})).toBe(true);
  });

  it('does not treat inherited object properties as labels', () => {
    expect(selectorMatches({ matchExpressions: [{ key: 'toString', operator: 'Exists' }] }, {})).toBe(false);
  });

  it('ANDs matchLabels with matchExpressions', () => {
    const sel = {
      matchLabels: { app: 'web' },
      matchExpressions: [{ key: 'tier', operator: 'In' as const, values: ['db'] }],
    };
    expect(selectorMatches(sel, labels)).toBe(false);
  });

  it('property: a selector built from a subset of the labels always matches them', () => {
    const labelSet = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('x', 'y'));
    fc.assert(
      fc.property(labelSet, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (set, pick) => {
        const keys = Object.keys(set).filter((_, i) => pick[i]);
        const matchLabels = Object.fromEntries(keys.map((k) => [k, set[k] as string]));
        return selectorMatches({ matchLabels }, set);
      }),
    );
  });
});

describe('formatSelector', () => {
  it('prints like kubectl', () => {
    expect(
      formatSelector({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'debug', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,tier in (a,b),!debug');
    expect(formatSelector({})).toBe('(all)');
  });
});
