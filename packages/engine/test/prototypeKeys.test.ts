import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, evaluateFlow, serializeObjects } from '../src';

/** Every name `Object.prototype` answers to, plus `__proto__`: keys a naive `obj[k]` trips on. */
const PROTO_KEYS = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];

const BASE = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'p', namespace: 'a', labels: { app: 'x' } },
  spec: {
    podSelector: {
      matchLabels: { app: 'x' },
      matchExpressions: [{ key: 'k', operator: 'In', values: ['v'] }],
    },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [{ podSelector: {} }, { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }],
        ports: [{ port: 80 }],
      },
    ],
    egress: [{ to: [{ namespaceSelector: { matchLabels: { team: 'b' } } }] }],
  },
};
const DEPLOYMENT = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'a' },
  spec: {
    selector: { matchLabels: { app: 'x' } },
    template: {
      metadata: { labels: { app: 'x' } },
      spec: { containers: [{ name: 'c', ports: [{ containerPort: 80, name: 'http' }] }] },
    },
  },
};
const NAMESPACE = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } };
const POD = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', namespace: 'a', labels: { app: 'x' } },
  spec: { containers: [{ name: 'c' }] },
  status: { podIP: '10.0.0.1' },
};

/** Every path to an object inside `value` (the root included). */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const own = Array.isArray(value) ? [] : [path];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [...own, ...entries.flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

/** A copy of `doc` with `key: extra` set on the object at `path` (as an own property). */
function withKey(doc: unknown, path: (string | number)[], key: string, extra: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string | number, unknown>;
  let target: Record<string | number, unknown> = copy;
  for (const step of path) target = target[step] as Record<string | number, unknown>;
  Object.defineProperty(target, key, {
    value: extra,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

const VALUES = [{}, { a: 1 }, [], 'x', 1, null, [{}]];

function check(doc: unknown, asJson: boolean): void {
  const body = JSON.stringify(doc);
  // JSON text keeps `__proto__` as a plain key; YAML flow style is the same text.
  const text = asJson ? body : `${body}\n`;
  const analysis = analyze([
    { file: 'f.yaml', text: `${JSON.stringify(NAMESPACE)}\n---\n${text}` },
  ]);
  expect(analysis.diagnostics.filter((d) => d.code === 'LOAD_INTERNAL')).toEqual([]);
  for (const port of [80, 'http', 'constructor'] as const) {
    evaluateFlow(analysis.model, {
      from: { kind: 'pod', id: 'a/web' },
      to: { kind: 'pod', id: 'a/p' },
      port,
      protocol: 'TCP',
    });
    evaluateFlow(analysis.model, {
      from: { kind: 'ip', ip: '10.0.0.1' },
      to: { kind: 'pod', id: 'a/constructor' },
      port,
      protocol: 'TCP',
    });
  }
  serializeObjects(analysis.objects.map((o) => o.object));
}

describe('keys named after Object.prototype members', () => {
  for (const [name, doc] of Object.entries({
    policy: BASE,
    deployment: DEPLOYMENT,
    pod: POD,
    namespace: NAMESPACE,
  })) {
    it(`never crash the engine, at every level of a ${name}`, () => {
      const paths = objectPaths(doc);
      fc.assert(
        fc.property(
          fc.constantFrom(...paths),
          fc.constantFrom(...PROTO_KEYS),
          fc.constantFrom(...VALUES),
          fc.boolean(),
          (path, key, value, asJson) => check(withKey(doc, path, key, value), asJson),
        ),
        { numRuns: 400 },
      );
    });
  }

  it('in block YAML too: `constructor: {}` at the top of a Namespace', () => {
    const analysis = analyze([
      {
        file: 'f.yaml',
        text: 'apiVersion: v1\nkind: Namespace\nconstructor: {}\nmetadata:\n  name: a\n  __proto__: {a: 1}\n',
      },
    ]);
    // `__proto__` is read as the key it is: an unknown metadata field, which kubectl rejects.
    expect(analysis.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['OBJECT_NOT_CREATED', undefined],
      ['FIELD_UNKNOWN', 'metadata.__proto__'],
    ]);
    const clean = analyze([
      {
        file: 'f.yaml',
        text: 'apiVersion: v1\nkind: Namespace\nconstructor: {}\nmetadata:\n  name: a\n',
      },
    ]);
    expect(clean.diagnostics).toEqual([]);
    expect(clean.cluster.namespaces.map((n) => n.name)).toEqual(['a']);
  });
});

describe('names and label keys named after Object.prototype members', () => {
  it('are ordinary names: a policy selecting `constructor: x` in namespace `toString` works', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTO_KEYS.filter((k) => /^[a-z]/i.test(k))), (key) => {
        const ns = key.toLowerCase().replace(/_/g, '');
        const text = [
          { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { [key]: 'x' } } },
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: ns, namespace: ns, labels: { [key]: 'x' } },
            spec: { containers: [{ name: 'c', ports: [{ containerPort: 80, name: 'http' }] }] },
            status: { podIP: '10.0.0.1' },
          },
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'other', namespace: ns },
            spec: { containers: [{ name: 'c' }] },
            status: { podIP: '10.0.0.2' },
          },
          {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            metadata: { name: 'deny', namespace: ns },
            spec: {
              podSelector: { matchLabels: { [key]: 'x' } },
              ingress: [{ from: [{ namespaceSelector: { matchLabels: { [key]: 'y' } } }] }],
            },
          },
        ]
          .map((o) => JSON.stringify(o))
          .join('\n---\n');
        const analysis = analyze([{ file: 'f.yaml', text }]);
        expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const verdict = evaluateFlow(analysis.model, {
          from: { kind: 'pod', id: `${ns}/other` },
          to: { kind: 'pod', id: `${ns}/${ns}` },
          port: 'http',
          protocol: 'TCP',
        });
        // The policy selects the pod and admits only namespaces labelled `key: y`: denied.
        expect(verdict.allowed).toBe(false);
        const reverse = evaluateFlow(analysis.model, {
          from: { kind: 'pod', id: `${ns}/${ns}` },
          to: { kind: 'pod', id: `${ns}/other` },
          port: 80,
          protocol: 'TCP',
        });
        expect(reverse.allowed).toBe(true);
      }),
    );
  });
});
