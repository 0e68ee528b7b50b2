/**
 * What Go's decoder checks before validation runs: each field has the right JSON type
 * (`json: cannot unmarshal bool into Go struct field ... of type string`), and, with
 * kubectl's default strict field validation, no unknown fields. Null is always fine: Go
 * decodes it as the zero value.
 */
import { childPath } from '../load/fieldPath';
import type { FieldError } from './fieldError';
import { formatValue } from './fieldError';

export type Shape =
  | 'string'
  | 'int32'
  | 'int64'
  | 'bool'
  | 'intOrString'
  | 'any'
  | { readonly fields: Readonly<Record<string, Shape>>; readonly open?: boolean }
  | { readonly list: Shape }
  | { readonly map: Shape };

const stringMap: Shape = { map: 'string' };

export const OBJECT_META: Shape = {
  fields: {
    name: 'string',
    generateName: 'string',
    namespace: 'string',
    selfLink: 'string',
    uid: 'string',
    resourceVersion: 'string',
    generation: 'int64',
    creationTimestamp: 'any',
    deletionTimestamp: 'any',
    deletionGracePeriodSeconds: 'int64',
    labels: stringMap,
    annotations: stringMap,
    ownerReferences: { list: 'any' },
    finalizers: { list: 'string' },
    managedFields: { list: 'any' },
  },
};

export const LABEL_SELECTOR: Shape = {
  fields: {
    matchLabels: stringMap,
    matchExpressions: {
      list: { fields: { key: 'string', operator: 'string', values: { list: 'string' } } },
    },
  },
};

const PORT: Shape = { fields: { protocol: 'string', port: 'intOrString', endPort: 'int32' } };
const PEER: Shape = {
  fields: {
    podSelector: LABEL_SELECTOR,
    namespaceSelector: LABEL_SELECTOR,
    ipBlock: { fields: { cidr: 'string', except: { list: 'string' } } },
  },
};

/** networking.k8s.io/v1 NetworkPolicy, field by field. */
export const NETWORK_POLICY: Shape = {
  fields: {
    apiVersion: 'string',
    kind: 'string',
    metadata: OBJECT_META,
    spec: {
      fields: {
        podSelector: LABEL_SELECTOR,
        ingress: { list: { fields: { ports: { list: PORT }, from: { list: PEER } } } },
        egress: { list: { fields: { ports: { list: PORT }, to: { list: PEER } } } },
        policyTypes: { list: 'string' },
      },
    },
    // NetworkPolicyStatus existed from 1.24 to 1.28; old `kubectl get -o yaml` dumps carry it.
    status: 'any',
  },
};

/** Any other kind: only metadata is checked, the rest is open. */
export const ANY_OBJECT: Shape = { fields: { metadata: OBJECT_META }, open: true };

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

/** Levenshtein distance, capped: close enough to suggest "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function suggestion(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = k.toLowerCase() === key.toLowerCase() ? 0 : distance(key, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
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
      const fieldShape = shape.fields[k];
      if (fieldShape) checkShape(v, fieldShape, fieldPath, out);
      else if (!shape.open) out.push(unknownField(fieldPath, k, known));
    }
  }
}

function unknownField(path: string, key: string, known: readonly string[]): FieldError {
  const guess = suggestion(key, known);
  const hint =
    'kubectl apply (strict field validation, the default) rejects it; the apiserver alone drops it with a warning' +
    (guess ? `. Did you mean "${guess}"?` : '');
  return { code: 'FIELD_UNKNOWN', path, message: `unknown field "${path}"`, hint, atKey: true };
}
