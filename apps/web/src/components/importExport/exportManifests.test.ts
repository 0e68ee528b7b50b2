import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '@netpol/engine';
import { exportManifests } from './exportManifests';

const after = readFileSync(
  new URL('../../../../../public/examples/walkthrough-after.yaml', import.meta.url),
  'utf8',
);

describe('exportManifests', () => {
  it('exports every object, and the export loads back without diagnostics', () => {
    const { text, count } = exportManifests(after, 'all');
    expect(count).toBe(7);
    const loaded = loadText(text);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.objects.map((o) => `${o.kind}/${o.name}`)).toEqual(
      loadText(after).objects.map((o) => `${o.kind}/${o.name}`),
    );
  });

  it('exports only the NetworkPolicies', () => {
    const { text, count } = exportManifests(after, 'policies');
    expect(count).toBe(2);
    expect(loadText(text).objects.map((o) => o.name)).toEqual([
      'default-deny-ingress',
      'redis-policy',
    ]);
    expect(text).not.toContain('kind: Deployment');
  });

  it('leaves out documents that do not parse', () => {
    const { count } = exportManifests(
      'kind: Namespace\nmetadata: {name: a}\n---\nkind: [\n',
      'all',
    );
    expect(count).toBe(1);
  });
});
