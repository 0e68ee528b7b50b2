/**
 * What Go's decoder checks before validation runs: each field has the right JSON type
 * (`json: cannot unmarshal bool into Go struct field ... of type string`), and, with
 * kubectl's default strict field validation, no unknown fields. Null is always fine: Go
 * decodes it as the zero value.
 */
import { childPath } from '../load';
import { suggestion } from '../util';
import type { FieldError } from './fieldError';
import { formatValue } from './fieldError';
import type { Shape } from '../model';

export type { Shape } from '../model';
export { ANY_OBJECT, NETWORK_POLICY, OBJECT_META } from '../model';

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function typeError(path: string, value: unknown, expected: string): FieldError {
  const got = jsonType(value);
  const shown = typeof value === 'object' ? got : `${got} ${formatValue(value)}`;
  let hint = 'kubectl cannot decode it; fix the type';
  if (expected === 'string' && typeof value === 'boolean') {
    hint =
      'kubectl reads YAML 1.1, where yes/no/on/off/y/n/true/false are booleans: quote the value';
  } else if (expected === 'string' && typeof value === 'number') {
    hint = 'quote the value to make it a string (YAML reads 0123 as octal 83, 1e3 as 1000)';
  }
  return {
    code: 'FIELD_TYPE',
    path,
    message: `Invalid type: got ${shown}, expected ${expected}`,
    hint,
  };
}

function inInt32(n: number): boolean {
  return n >= -2147483648 && n <= 2147483647;
}

/** Type errors (FIELD_TYPE) and unknown fields (FIELD_UNKNOWN) of a value against a shape. */
export function checkShape(value: unknown, shape: Shape, path: string, out: FieldError[]): void {
  if (value === null || value === undefined || shape === 'any') return;
  if (shape === 'string') {
    if (typeof value !== 'string') out.push(typeError(path, value, 'string'));
  } else if (shape === 'bool') {
    if (typeof value !== 'boolean') out.push(typeError(path, value, 'boolean'));
  } else if (shape === 'int32' || shape === 'int64') {
    const ok =
      typeof value === 'number' && Number.isInteger(value) && (shape === 'int64' || inInt32(value));
    if (!ok) out.push(typeError(path, value, shape === 'int32' ? 'integer (int32)' : 'integer'));
  } else if (shape === 'intOrString') {
    const ok =
      typeof value === 'string' ||
      (typeof value === 'number' && Number.isInteger(value) && inInt32(value));
    if (!ok) out.push(typeError(path, value, 'integer or string'));
  } else if ('list' in shape) {
    if (!Array.isArray(value)) out.push(typeError(path, value, 'array'));
    else value.forEach((item, i) => checkShape(item, shape.list, `${path}[${i}]`, out));
  } else if ('map' in shape) {
    if (typeof value !== 'object' || Array.isArray(value))
      out.push(typeError(path, value, 'object'));
    else
      for (const [k, v] of Object.entries(value)) checkShape(v, shape.map, childPath(path, k), out);
  } else {
    if (typeof value !== 'object' || Array.isArray(value)) {
      out.push(typeError(path, value, 'object'));
      return;
    }
    const known = Object.keys(shape.fields);
    for (const [k, v] of Object.entries(value)) {
      const fieldPath = childPath(path, k);
      // Own keys only: `constructor` or `toString` must not find Object.prototype's members.
      const fieldShape = Object.hasOwn(shape.fields, k) ? shape.fields[k] : undefined;
      if (fieldShape) checkShape(v, fieldShape, fieldPath, out);
      else if (shape.open === undefined) out.push(unknownField(fieldPath, k, known));
      else if (shape.open !== true && !shape.open.others.includes(k)) {
        const guess = suggestion(k, known);
        if (guess) out.push(misspelledField(fieldPath, guess));
      }
    }
  }
}

function misspelledField(path: string, guess: string): FieldError {
  return {
    code: 'FIELD_MISSPELLED',
    path,
    message: `unknown field "${path}"`,
    hint: `Did you mean "${guess}"? Netpol Canvas reads "${guess}" here and ignores this field; kubectl apply would reject it`,
    atKey: true,
  };
}

function unknownField(path: string, key: string, known: readonly string[]): FieldError {
  const guess = suggestion(key, known);
  const hint =
    'kubectl apply (strict field validation, the default) rejects it; the apiserver alone drops it with a warning' +
    (guess ? `. Did you mean "${guess}"?` : '');
  return { code: 'FIELD_UNKNOWN', path, message: `unknown field "${path}"`, hint, atKey: true };
}
