import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index';

const withLabel = (value: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
  labels:
    app: "${value}"
`;

describe('long values in messages', () => {
  it('cuts a 1 MB label value, keeping its start and its length', () => {
    const value = 'x'.repeat(1_048_575) + '!';
    const analysis = analyze([{ file: 'big.yaml', text: withLabel(value) }]);
    const errors = analysis.diagnostics.filter((d) => d.path === 'metadata.labels');
    expect(errors.length).toBeGreaterThan(0);
    for (const d of errors) {
      expect(d.message.length).toBeLessThan(1000);
      expect(d.message).toContain(`"${'x'.repeat(100)}"... (1048576 characters, cut)`);
    }
  });

  it('quotes a value of ordinary length whole, as the apiserver does', () => {
    const value = 'a'.repeat(64);
    const analysis = analyze([{ file: 'long.yaml', text: withLabel(value) }]);
    const d = analysis.diagnostics.find((x) => x.path === 'metadata.labels');
    expect(d?.message).toContain(`Invalid value: "${value}": must be no more than 63 characters`);
  });
});
