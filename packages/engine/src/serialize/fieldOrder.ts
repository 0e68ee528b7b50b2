/**
 * kubectl's field order for the objects we write, derived from the one declaration of each
 * shape (`model/shapes.ts`, whose fields are declared in that order): `apiVersion`, `kind`,
 * `metadata` (name, namespace, labels, annotations), `spec`; inside a NetworkPolicy
 * `podSelector`, `policyTypes`, `ingress`, `egress`, peers before ports, and so on. Fields
 * the shape does not declare follow in their original order.
 */
import type { Shape } from '../model';
import { shapeOfKind } from '../model';

import { isPlain } from '../util';

type Json = Record<string, unknown>;

/** A copy of `value` ordered as `shape` declares it (lists item by item). */
function orderedAs(value: unknown, shape: Shape): unknown {
  if (typeof shape === 'string') return value;
  if ('list' in shape)
    return Array.isArray(value) ? value.map((v) => orderedAs(v, shape.list)) : value;
  if ('map' in shape || !isPlain(value)) return value;
  const out: Json = {};
  const put = (key: string, fieldShape: Shape | undefined) => {
    const v = value[key];
    if (v !== undefined) out[key] = fieldShape ? orderedAs(v, fieldShape) : v;
  };
  const declared = Object.keys(shape.fields);
  for (const key of declared) if (Object.hasOwn(value, key)) put(key, shape.fields[key]);
  for (const key of Object.keys(value)) if (!declared.includes(key)) put(key, undefined);
  return out;
}

/** An object's fields in kubectl's order (a new object; the input is not changed). */
export function inFieldOrder(value: unknown): unknown {
  if (!isPlain(value)) return value;
  return orderedAs(value, shapeOfKind(value['kind']));
}
