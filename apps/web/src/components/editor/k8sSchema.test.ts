import { NETWORK_POLICY } from '@netpol/engine';
import type { Shape } from '@netpol/engine';
import { describe, expect, it } from 'vitest';
import { k8sSchema } from './k8sSchema';

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  additionalProperties?: unknown;
};

const definitions = (k8sSchema as { definitions: Record<string, Schema> }).definitions;
const resolve = (s: Schema): Schema =>
  s.$ref ? resolve(definitions[s.$ref.replace('#/definitions/', '')] ?? {}) : s;

/**
 * Every field path of the editor's NetworkPolicy schema that the engine's one declaration
 * (`NETWORK_POLICY`) does not have, and the reverse: the editor must never offer or accept a
 * field that decoding rejects. (The schema is still written by hand; this keeps it honest.)
 */
function drift(schema: Schema, shape: Shape, path: string, out: string[]): void {
  const s = resolve(schema);
  if (typeof shape === 'string') return;
  if ('list' in shape) {
    if (s.items) drift(s.items, shape.list, `${path}[]`, out);
    return;
  }
  if ('map' in shape || !s.properties) return;
  const declared = Object.keys(shape.fields);
  for (const key of Object.keys(s.properties))
    if (!declared.includes(key)) out.push(`editor only: ${path}.${key}`);
  for (const key of declared) {
    const child = s.properties[key];
    if (child) drift(child, shape.fields[key] as Shape, `${path}.${key}`, out);
  }
  if (s.additionalProperties === false) {
    for (const key of declared) if (!s.properties[key]) out.push(`engine only: ${path}.${key}`);
  }
}

describe('the editor schema and the engine declaration of NetworkPolicy', () => {
  it('name the same fields inside the spec', () => {
    const spec = (NETWORK_POLICY as { fields: Record<string, Shape> }).fields['spec'] as Shape;
    const out: string[] = [];
    drift(definitions['NetworkPolicySpec'] ?? {}, spec, 'spec', out);
    expect(out).toEqual([]);
  });
});
