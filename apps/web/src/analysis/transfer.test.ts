import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateFlow } from '@netpol/engine';
import { describe, expect, it } from 'vitest';
import { derive, type Derivation } from './derive';
import { decodeDerivation, encodeDerivation } from './transfer';

const EXAMPLES = join(__dirname, '../../../../public/examples');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));

/** What the page gets by structured clone of the same derivation, ranges and loads dropped. */
function expected(derivation: Derivation): Derivation {
  const { loads: _loads, ...result } = derivation.result;
  const objects = result.objects.map(({ keyRanges: _keys, ...o }) => ({ ...o, fieldRanges: {} }));
  return structuredClone({ ...derivation, result: { ...result, objects } });
}

/** Values JSON cannot carry (a Map, a typed array, NaN, Infinity) anywhere in `value`. */
function notJson(value: unknown, path = '', out: string[] = []): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(path);
  else if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value))
    out.push(path);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) notJson(v, `${path}.${k}`, out);
  }
  return out;
}

describe('encodeDerivation / decodeDerivation', () => {
  const broken = `${examples[0] ?? ''}\n---\nkind: Pod\nmetadata: {name: x\n`;

  it.each([...examples, broken].map((text, i) => [i, text]))(
    'carries example %i whole',
    (_i, text) => {
      const first = derive(String(text), new Map());
      // Twice, so a broken document is drawn from its last good version (a second file).
      const { derivation } = derive(String(text), first.lastGood, first.previous);
      expect(notJson(derivation)).toEqual([]);
      const decoded = decodeDerivation(encodeDerivation(derivation));
      expect(decoded).toEqual(expected(derivation));
      expect(decoded.result.model.cluster).toBe(decoded.result.cluster);
      expect(decoded.result.model.policies).toBe(decoded.result.policies);
    },
  );

  it('carries a broken document drawn from its last good version', () => {
    const good = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-extra\n  labels: {app: web}\n';
    const first = derive(`${examples[0] ?? ''}\n---\n${good}`, new Map());
    const broken = `${examples[0] ?? ''}\n---\n${good.replace('{app: web}', '{app: web')}`;
    const { derivation } = derive(broken, first.lastGood, first.previous);
    expect(derivation.stale).toHaveLength(1);
    expect(decodeDerivation(encodeDerivation(derivation))).toEqual(expected(derivation));
  });

  it('gives a model the engine evaluates as before', () => {
    const text =
      examples.find((t) => t.includes('kind: NetworkPolicy') && t.includes('kind: Pod')) ?? '';
    const { derivation } = derive(text, new Map());
    const decoded = decodeDerivation(encodeDerivation(derivation));
    const pods = derivation.result.cluster.pods.map((p) => p.id);
    expect(pods.length).toBeGreaterThan(1);
    for (const from of pods) {
      for (const to of pods) {
        const flow = {
          from: { kind: 'pod', id: from },
          to: { kind: 'pod', id: to },
          port: 80,
          protocol: 'TCP',
        } as const;
        expect(evaluateFlow(decoded.result.model, flow)).toEqual(
          evaluateFlow(derivation.result.model, flow),
        );
      }
    }
  });

  it('leaves out field ranges, key ranges and loads', () => {
    const { derivation } = derive(examples[0] ?? '', new Map());
    const decoded = decodeDerivation(encodeDerivation(derivation));
    expect(decoded.result.loads).toBeUndefined();
    expect(
      decoded.result.objects.every((o) => Object.keys(o.fieldRanges).length === 0 && !o.keyRanges),
    ).toBe(true);
  });
});
