/**
 * The one declaration of each object shape the engine knows in full: field names, their
 * JSON types, and — by the order fields are declared in — kubectl's field order. Decoding
 * (`validate/shape.ts`: unknown-field and type errors) and writing (`serialize/fieldOrder.ts`)
 * are both derived from it. To add a kind, declare its shape here and name it in
 * `FULLY_DECLARED_KINDS`.
 */

export type Shape =
  | 'string'
  | 'int32'
  | 'int64'
  | 'bool'
  | 'intOrString'
  | 'any'
  | {
      readonly fields: Readonly<Record<string, Shape>>;
      /**
       * Absent: the whole schema is declared, an unknown field is an error (strict decoding).
       * `true`: anything else goes. `{ others }`: a kind whose schema the engine knows only
       * in part: `fields` are those it reads, `others` the real fields it does not; any other
       * key close to a read field is a likely misspelling (a warning), the rest is ignored.
       */
      readonly open?: true | { readonly others: readonly string[] };
    }
  | { readonly list: Shape }
  | { readonly map: Shape };

const stringMap: Shape = { map: 'string' };

export const OBJECT_META: Shape = {
  fields: {
    name: 'string',
    generateName: 'string',
    namespace: 'string',
    labels: stringMap,
    annotations: stringMap,
    selfLink: 'string',
    uid: 'string',
    resourceVersion: 'string',
    generation: 'int64',
    creationTimestamp: 'any',
    deletionTimestamp: 'any',
    deletionGracePeriodSeconds: 'int64',
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
    ipBlock: { fields: { cidr: 'string', except: { list: 'string' } } },
    namespaceSelector: LABEL_SELECTOR,
    podSelector: LABEL_SELECTOR,
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
        policyTypes: { list: 'string' },
        ingress: { list: { fields: { from: { list: PEER }, ports: { list: PORT } } } },
        egress: { list: { fields: { to: { list: PEER }, ports: { list: PORT } } } },
      },
    },
    // NetworkPolicyStatus existed from 1.24 to 1.28; old `kubectl get -o yaml` dumps carry it.
    status: 'any',
  },
};

/** Any other kind: only metadata is checked, the rest is open. */
export const ANY_OBJECT: Shape = {
  fields: { apiVersion: 'any', kind: 'any', metadata: OBJECT_META, spec: 'any' },
  open: true,
};

/** The kinds whose whole schema is declared: strict decoding, full field order. */
export const FULLY_DECLARED_KINDS: Readonly<Record<string, Shape>> = {
  NetworkPolicy: NETWORK_POLICY,
};

/** The declared shape of a kind, or the open shape of any object. */
export function shapeOfKind(kind: unknown): Shape {
  return typeof kind === 'string' && Object.hasOwn(FULLY_DECLARED_KINDS, kind)
    ? (FULLY_DECLARED_KINDS[kind] ?? ANY_OBJECT)
    : ANY_OBJECT;
}
