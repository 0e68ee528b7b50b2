/**
 * kubectl's field order for the objects we write: `apiVersion`, `kind`, `metadata` (name,
 * namespace, labels, annotations), `spec`, then anything else in its original order. Inside
 * a NetworkPolicy: `podSelector`, `policyTypes`, `ingress`, `egress`; rules list their
 * peers (`from`/`to`) before `ports`; a peer is `ipBlock`, `namespaceSelector`, `podSelector`.
 */

type Json = Record<string, unknown>;

const TOP = ['apiVersion', 'kind', 'metadata', 'spec'];
const METADATA = ['name', 'generateName', 'namespace', 'labels', 'annotations'];
const POLICY_SPEC = ['podSelector', 'policyTypes', 'ingress', 'egress'];
const INGRESS_RULE = ['from', 'ports'];
const EGRESS_RULE = ['to', 'ports'];
const PEER = ['ipBlock', 'namespaceSelector', 'podSelector'];
const IP_BLOCK = ['cidr', 'except'];
const PORT = ['protocol', 'port', 'endPort'];
const SELECTOR = ['matchLabels', 'matchExpressions'];
const REQUIREMENT = ['key', 'operator', 'values'];

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` with `first` keys first (in that order), the rest as they were. */
function ordered(
  value: Json,
  first: readonly string[],
  child?: (key: string, v: unknown) => unknown,
): Json {
  const out: Json = {};
  const put = (key: string) => {
    const v = value[key];
    if (v !== undefined) out[key] = child ? child(key, v) : v;
  };
  for (const key of first) if (key in value) put(key);
  for (const key of Object.keys(value)) if (!first.includes(key)) put(key);
  return out;
}

function each(value: unknown, fn: (item: Json) => Json): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? fn(item) : item)) : value;
}

function selector(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return ordered(value, SELECTOR, (key, v) =>
    key === 'matchExpressions' ? each(v, (req) => ordered(req, REQUIREMENT)) : v,
  );
}

function peer(value: Json): Json {
  return ordered(value, PEER, (key, v) => {
    if (key === 'ipBlock') return isRecord(v) ? ordered(v, IP_BLOCK) : v;
    if (key === 'podSelector' || key === 'namespaceSelector') return selector(v);
    return v;
  });
}

function rule(value: Json, order: readonly string[]): Json {
  return ordered(value, order, (key, v) => {
    if (key === 'ports') return each(v, (p) => ordered(p, PORT));
    if (key === 'from' || key === 'to') return each(v, peer);
    return v;
  });
}

function policySpec(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return ordered(value, POLICY_SPEC, (key, v) => {
    if (key === 'podSelector') return selector(v);
    if (key === 'ingress') return each(v, (r) => rule(r, INGRESS_RULE));
    if (key === 'egress') return each(v, (r) => rule(r, EGRESS_RULE));
    return v;
  });
}

/** An object's fields in kubectl's order (a new object; the input is not changed). */
export function inFieldOrder(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const isPolicy = value['kind'] === 'NetworkPolicy';
  return ordered(value, TOP, (key, v) => {
    if (key === 'metadata') return isRecord(v) ? ordered(v, METADATA) : v;
    if (key === 'spec' && isPolicy) return policySpec(v);
    return v;
  });
}
