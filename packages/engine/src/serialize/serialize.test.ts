import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadText } from '../load';
import { serializeObjects } from './serializeObjects';

const TRICKY = [
  'y',
  'n',
  'yes',
  'No',
  'on',
  'OFF',
  '0123',
  '1e3',
  '1:20',
  '2001-12-14',
  '~',
  'null',
  '',
  '0x1F',
  '.inf',
  '+12',
  'a: b',
  '#x',
  ' lead',
  "it's",
  'multi\nline',
  '<<',
  '*a',
  '-',
  '@',
];
const text = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,10}$/),
);
const labels = fc.dictionary(text, text, { maxKeys: 3 });
const selector = fc.record(
  {
    matchLabels: labels,
    matchExpressions: fc.array(
      fc.record(
        {
          key: text,
          operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'),
          values: fc.array(text, { maxLength: 2 }),
        },
        { requiredKeys: ['key', 'operator'] },
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);
const port = fc.record(
  {
    protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'),
    port: fc.oneof(fc.integer({ min: 1, max: 65535 }), text),
    endPort: fc.integer({ min: 1, max: 65535 }),
  },
  { requiredKeys: [] },
);
const peer = fc.record(
  {
    podSelector: selector,
    namespaceSelector: selector,
    ipBlock: fc.record(
      { cidr: text, except: fc.array(text, { maxLength: 2 }) },
      { requiredKeys: ['cidr'] },
    ),
  },
  { requiredKeys: [] },
);
const networkPolicy = fc.record({
  apiVersion: fc.constant('networking.k8s.io/v1'),
  kind: fc.constant('NetworkPolicy'),
  metadata: fc.record(
    { name: text, namespace: text, labels, annotations: labels },
    { requiredKeys: ['name'] },
  ),
  spec: fc.record(
    {
      podSelector: selector,
      policyTypes: fc.array(fc.constantFrom('Ingress', 'Egress'), { maxLength: 2 }),
      ingress: fc.array(
        fc.record(
          { from: fc.array(peer, { maxLength: 2 }), ports: fc.array(port, { maxLength: 2 }) },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      egress: fc.array(
        fc.record(
          { to: fc.array(peer, { maxLength: 2 }), ports: fc.array(port, { maxLength: 2 }) },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['podSelector'] },
  ),
});

describe('serializeObjects', () => {
  it("writes kubectl's field order, quoting what YAML 1.1 would misread", () => {
    const out = serializeObjects([
      {
        spec: {
          egress: [
            {
              ports: [{ port: 53, protocol: 'UDP' }],
              to: [{ podSelector: {}, namespaceSelector: { matchLabels: { a: 'b' } } }],
            },
          ],
          policyTypes: ['Egress'],
          podSelector: { matchLabels: { enabled: 'yes', version: '0123' } },
        },
        metadata: { labels: { on: 'y' }, namespace: 'prod', name: 'np' },
        kind: 'NetworkPolicy',
        apiVersion: 'networking.k8s.io/v1',
      },
      { kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'prod' } },
    ]);
    expect(out).toBe(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: np
  namespace: prod
  labels:
    'on': 'y'
spec:
  podSelector:
    matchLabels:
      enabled: 'yes'
      version: '0123'
  policyTypes:
  - Egress
  egress:
  - to:
    - namespaceSelector:
        matchLabels:
          a: b
      podSelector: {}
    ports:
    - protocol: UDP
      port: 53
---
apiVersion: v1
kind: Namespace
metadata:
  name: prod
`);
  });

  it('keeps unknown fields, after the known ones, in their order', () => {
    const out = serializeObjects([
      { status: {}, zeta: 1, kind: 'Pod', apiVersion: 'v1', metadata: { uid: 'u', name: 'p' } },
    ]);
    expect(out).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  uid: u\nstatus: {}\nzeta: 1\n',
    );
  });

  it('the empty list gives the empty text', () => {
    expect(serializeObjects([])).toBe('');
  });

  it('round-trips generated NetworkPolicies through loadText unchanged, and is stable', () => {
    fc.assert(
      fc.property(fc.array(networkPolicy, { minLength: 1, maxLength: 3 }), (policies) => {
        const yaml = serializeObjects(policies);
        const loaded = loadText(yaml);
        expect(
          loaded.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'INVALID_UTF8'),
        ).toEqual([]);
        expect(loaded.objects.map((o) => o.object)).toEqual(policies);
        expect(serializeObjects(loaded.objects.map((o) => o.object))).toBe(yaml);
      }),
      { numRuns: 150 },
    );
  });
});
