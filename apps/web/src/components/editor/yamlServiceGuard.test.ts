import { describe, expect, it } from 'vitest';
import { YAML_SERVICE_MAX_CHARS, yamlServiceState } from './yamlServiceGuard';

describe('yamlServiceState', () => {
  it('leaves the service on for ordinary text, aliases included, until it has failed', () => {
    expect(yamlServiceState('a: &x 1\nb: *x\n', false)).toBe('on');
  });

  it('keeps the service off while the text that overflowed it still has aliases', () => {
    expect(yamlServiceState('labels: &l {self: *l}\n', true)).toBe('stopped-on-alias');
    expect(yamlServiceState('list: [*l]\n', true)).toBe('stopped-on-alias');
  });

  it('turns the service back on once the aliases are gone (a `*` in a value is no alias)', () => {
    expect(yamlServiceState('labels: {self: l}\nglob: a*b\n', true)).toBe('on');
  });

  it('turns the service off past the size limit', () => {
    expect(yamlServiceState('#'.repeat(YAML_SERVICE_MAX_CHARS + 1), false)).toBe('too-large');
    expect(yamlServiceState('#'.repeat(YAML_SERVICE_MAX_CHARS), false)).toBe('on');
  });
});
