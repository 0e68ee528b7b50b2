import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { checkExpectations } from './checkExpectations';
import { parseExpectations } from './parseExpectations';

const WORKSPACE = `apiVersion: v1
kind: Pod
metadata: {name: frontend, namespace: shop, labels: {app: frontend, tier: web}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cart, namespace: shop}
spec:
  selector: {matchLabels: {app: cart}}
  template:
    metadata: {labels: {app: cart, tier: backend}}
    spec: {containers: [{name: c, image: i, ports: [{containerPort: 7070, name: grpc}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db, tier: backend}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 5432}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: cart, namespace: shop}
spec:
  podSelector: {matchLabels: {app: cart}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: frontend}}}]
    ports: [{port: 7070}]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: cart}}}]
`;

function results(expectations: string) {
  const parsed = parseExpectations(expectations, 'e.yaml');
  expect(parsed.diagnostics).toEqual([]);
  const { model } = analyze([{ file: 'w.yaml', text: WORKSPACE }]);
  return checkExpectations(model, parsed.expectations);
}

const one = (fields: string) => `expectations:\n- ${fields.split('\n').join('\n  ')}\n`;

describe('expectations: every from/to form', () => {
  it('ns/name (a pod, or a workload by its name) with a number port', () => {
    const [r] = results(one('from: shop/frontend\nto: shop/cart\nport: 7070\nexpect: allowed'));
    expect(r).toMatchObject({ pass: true, got: 'allowed', checked: 1 });
  });

  it('fails with the verdict of the failing pair as data', () => {
    const [r] = results(
      one(
        'name: db open to the frontend\nfrom: shop/frontend\nto: shop/db\nport: 5432\nexpect: allowed',
      ),
    );
    expect(r).toMatchObject({ pass: false, got: 'denied' });
    expect(r?.expectation.name).toBe('db open to the frontend');
    expect(r?.problem).toEqual({ kind: 'verdict', failed: 1 });
    expect(r?.failures[0]?.verdict).toMatchObject({
      verdict: 'denied',
      flow: { to: { kind: 'pod', id: 'shop/db' } },
      egress: { verdict: 'allowed' },
      ingress: { verdict: 'denied', reason: { kind: 'no-rule-allows' } },
    });
  });

  it('ns/* checks every pair of distinct pods, never a pod against itself', () => {
    const [r] = results(one('from: shop/*\nto: shop/db\nport: 5432\nexpect: allowed'));
    // frontend → db denied, cart → db allowed; db → db is not checked.
    expect(r).toMatchObject({ pass: false, checked: 2 });
    expect(r?.failures.map((f) => `${f.from}>${f.to}`)).toEqual(['shop/frontend>shop/db']);
  });

  it('ns/label=value,label=value selects by labels (AND)', () => {
    const [backend, cartOnly] = results(
      `expectations:
- {from: shop/tier=web, to: shop/tier=backend, port: 7070, expect: allowed}
- {from: shop/tier=web, to: 'shop/tier=backend,app=cart', port: 7070, expect: allowed}
`,
    );
    expect(backend).toMatchObject({ pass: false, checked: 2 });
    expect(cartOnly).toMatchObject({ pass: true, checked: 1 });
  });

  it('an IP address: outside the pods, never isolated itself', () => {
    const [r] = results(one('from: 203.0.113.9\nto: shop/cart\nport: 7070\nexpect: denied'));
    expect(r).toMatchObject({ pass: true, got: 'denied' });
  });

  it('a named port resolves on the destination, and protocol defaults to TCP', () => {
    const [grpc, udp] = results(
      `expectations:
- {from: shop/frontend, to: shop/cart, port: grpc, expect: allowed}
- {from: shop/frontend, to: shop/cart, port: grpc, protocol: UDP, expect: allowed}
`,
    );
    expect(grpc?.pass).toBe(true);
    expect(udp).toMatchObject({ pass: false, got: 'denied' });
  });

  it('a side that matches nothing fails and is named, never a silent pass', () => {
    const [r, s] = results(
      `expectations:
- {from: shop/frontnd, to: shop/cart, port: 7070, expect: denied}
- {from: shop/frontend, to: shop/app=none, port: 7070, expect: denied}
`,
    );
    expect(r).toMatchObject({
      pass: false,
      got: 'no match',
      problem: { kind: 'no-match', sides: ['from'] },
    });
    expect(s).toMatchObject({
      pass: false,
      got: 'no match',
      problem: { kind: 'no-match', sides: ['to'] },
    });
  });

  it('the same single pod on both sides has no pair and fails', () => {
    const [r] = results(one('from: shop/db\nto: shop/db\nport: 5432\nexpect: allowed'));
    expect(r).toMatchObject({ pass: false, checked: 0 });
  });
});

describe('parseExpectations: located diagnostics', () => {
  it('points at the field with the problem, line and column', () => {
    const text = `expectations:
- from: shop/frontend
  to: shop/cart
  port: 70000
  expect: allowed
- from: shop frontend
  to: shop/cart
  port: 80
  expect: maybe
  colour: red
`;
    const parsed = parseExpectations(text, 'e.yaml');
    expect(parsed.expectations).toEqual([]);
    const where = parsed.diagnostics.map((d) => [d.code, d.range?.startLine, d.range?.startColumn]);
    expect(where).toEqual([
      ['EXPECTATION_INVALID', 4, 9],
      ['EXPECTATION_INVALID', 10, 11],
      ['EXPECTATION_INVALID', 6, 9],
      ['EXPECTATION_INVALID', 9, 11],
    ]);
    expect(parsed.diagnostics[0]?.message).toContain('port 70000');
  });

  it('reports YAML errors and a missing list, and accepts a valid item next to a bad one', () => {
    expect(parseExpectations('expectations: [', 'e.yaml').diagnostics[0]?.code).toBe('YAML_SYNTAX');
    expect(parseExpectations('tests: []\n', 'e.yaml').diagnostics[0]?.message).toContain(
      '"expectations" list',
    );
    const mixed = parseExpectations(
      'expectations:\n- {from: a/b, to: a/c, port: http, expect: denied}\n- {from: a/b, to: a/c, expect: denied}\n',
      'e.yaml',
    );
    expect(mixed.expectations.map((e) => e.port)).toEqual(['http']);
    expect(mixed.diagnostics.map((d) => d.range?.startLine)).toEqual([3]);
  });
});
