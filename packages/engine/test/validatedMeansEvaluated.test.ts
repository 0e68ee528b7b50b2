// "Validated means evaluated as validated": a policy the apiserver accepts compiles to
// matchers that each can match something (no silent `none`), and the matrix of what is in
// force equals the per-pair evaluation. Policies are generated with the inputs that used to
// slip between validate and compile: CIDRs with leading zeros or IPv4-mapped forms, null
// list items, empty peers, unknown operators.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze';
import { evaluateFlow } from '../src/evaluate';
import { computeMatrix } from '../src/matrix';
import { policy, yamlOf } from './builders';
import { clusterWithPolicies, selector } from './properties.arbitraries';

/** Accepted by the apiserver, some only in its legacy forms (leading zeros, v4-mapped). */
const CIDRS = [
  '10.0.0.0/8',
  '010.0.0.0/8',
  '10.000.0.0/16',
  '0.0.0.0/0',
  '10.0.0.1/8',
  '::ffff:10.0.0.0/104',
  '::ffff:10.0.0.1/128',
  'fd00::/16',
  'fd00::1/112',
  '10.0.0.0/024',
  '192.168.1.1/32',
];
const BAD_CIDRS = ['10.0.0.300/16', '10.0.0.0/033', '10.0.0.0', '', '0x0a.0.0.0/8'];
const EXCEPTS = [
  '010.000.000.000/24',
  '10.1.0.0/16',
  '10.0.0.2/32',
  '::ffff:10.0.0.2/128',
  '11.0.0.0/8',
];
const BAD_EXCEPTS = ['x', '10.0.0.0/8'];

const sometimesBad = <T>(good: readonly T[], bad: readonly T[]) =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...good) },
    { weight: 1, arbitrary: fc.constantFrom(...bad) },
  );

const ipBlock = fc.record(
  {
    cidr: sometimesBad(CIDRS, BAD_CIDRS),
    except: fc.array(sometimesBad(EXCEPTS, BAD_EXCEPTS), { maxLength: 2 }),
  },
  { requiredKeys: ['cidr'] },
);
const badSelector = fc.constantFrom(
  { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['a'] }] },
  { matchExpressions: [null] },
  { matchLabels: { app: 5 } },
  'all',
);
const anySelector = fc.oneof(
  { weight: 9, arbitrary: selector },
  { weight: 1, arbitrary: badSelector },
);
const peer = fc.oneof(
  { weight: 2, arbitrary: fc.record({ podSelector: anySelector }) },
  { weight: 2, arbitrary: fc.record({ namespaceSelector: anySelector }) },
  { weight: 6, arbitrary: fc.record({ ipBlock }) },
  { weight: 1, arbitrary: fc.record({ ipBlock, podSelector: selector }) },
  { weight: 1, arbitrary: fc.constantFrom({}, null, 'x') },
);
const port = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record(
      {
        port: sometimesBad<unknown>([80, 53, 'http', 'dns', null], [0, 70000, 'no_such!']),
        protocol: sometimesBad<unknown>(['TCP', 'UDP', 'SCTP', null], ['ICMP', 'tcp']),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ port: fc.constantFrom(80, 'http'), endPort: fc.constantFrom(85, 60) }),
  },
  { weight: 2, arbitrary: fc.constantFrom(null, 'x') },
);
const rule = (key: 'from' | 'to') =>
  fc.record(
    { [key]: fc.array(peer, { maxLength: 3 }), ports: fc.array(port, { maxLength: 3 }) },
    { requiredKeys: [] },
  );
const noisyPolicy = fc.record(
  {
    podSelector: anySelector,
    ingress: fc.array(rule('from'), { maxLength: 2 }),
    egress: fc.array(rule('to'), { maxLength: 2 }),
    policyTypes: sometimesBad([['Ingress'], ['Egress'], ['Ingress', 'Egress']], [['Inbound']]),
  },
  { requiredKeys: [] },
);

/** Every `kind` value anywhere inside a compiled policy. */
function kinds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => kinds(v, out));
  else if (typeof value === 'object' && value !== null) {
    const kind = (value as { kind?: unknown }).kind;
    if (typeof kind === 'string') out.push(kind);
    Object.values(value).forEach((v) => kinds(v, out));
  }
  return out;
}

describe('validated means evaluated as validated', () => {
  it('an accepted policy compiles without a `none` matcher, and matrix = evaluateFlow', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        clusterWithPolicies,
        fc.array(noisyPolicy, { minLength: 1, maxLength: 2 }),
        (cluster, specs) => {
          const policies = specs.map((spec, i) =>
            policy(['x', 'y', 'z'][i % 3]!, `noisy${i}`, spec),
          );
          const analysis = analyze([{ file: 'f.yaml', text: yamlOf(...cluster, ...policies) }]);
          const rejected = new Set(
            analysis.diagnostics
              .filter((d) => d.severity === 'error' && d.ref?.kind === 'NetworkPolicy')
              .map((d) => `${d.ref?.namespace}/${d.ref?.name}`),
          );
          for (const compiled of analysis.policies) {
            const id = `${compiled.ref.namespace}/${compiled.ref.name}`;
            expect(rejected.has(id), `${id} is in force despite errors`).toBe(false);
            expect(kinds(compiled), `${id} compiled to a matcher matching nothing`).not.toContain(
              'none',
            );
            if (id.includes('noisy')) accepted++;
          }
          const ids = analysis.model.cluster.pods.map((p) => p.id);
          for (const probe of [
            { port: 80 },
            { port: 'http' },
            { port: 53, protocol: 'UDP' as const },
          ]) {
            const protocol = probe.protocol ?? 'TCP';
            const matrix = computeMatrix(analysis.model, { port: probe.port, protocol });
            const expected = ids.map((from) =>
              ids.map(
                (to) =>
                  evaluateFlow(analysis.model, {
                    from: { kind: 'pod', id: from },
                    to: { kind: 'pod', id: to },
                    port: probe.port,
                    protocol,
                  }).allowed,
              ),
            );
            expect(matrix.allowed).toEqual(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
    // The generator must reach accepted policies, or the property proves nothing.
    expect(accepted).toBeGreaterThan(20);
  }, 60_000);
});
