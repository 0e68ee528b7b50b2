import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('keeps the singular for exactly one', () => {
    expect(plural(1, 'pod')).toBe('1 pod');
    expect(plural(1, 'policy')).toBe('1 policy');
  });
  it('adds s, or uses the irregular plural, for zero and many', () => {
    expect(plural(0, 'namespace')).toBe('0 namespaces');
    expect(plural(2, 'policy')).toBe('2 policies');
    expect(plural(3, 'flow')).toBe('3 flows');
  });
  it('takes an explicit plural and groups thousands', () => {
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(plural(1200, 'pod')).toBe('1,200 pods');
  });
});
