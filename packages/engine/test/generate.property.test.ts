// Property: on random clusters and policies, adding what generateAllowPolicy returns makes
// its intent allowed, as evaluateFlow (the real evaluator, re-run from YAML) sees it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze';
import { allowedPorts, evaluateFlow } from '../src/evaluate';
import { generateAllowPolicy } from '../src/generate';
import type { AllowIntent, GenerateResult } from '../src/generate';
import { namespace, pod, policy, yamlOf } from './builders';

const NAMESPACES = ['a', 'b', 'c'];
const PORTS = [80, 443, 5432];

const labelsArb = fc.record(
  {
    app: fc.constantFrom('web', 'api', 'db'),
    role: fc.constantFrom('front', 'back'),
    tier: fc.constantFrom('one', 'two'),
  },
  { requiredKeys: [] },
);
const selectorArb = fc.oneof(
  fc.constant({}),
  labelsArb.map((matchLabels) => ({ matchLabels })),
  fc
    .constantFrom('app', 'role')
    .map((key) => ({ matchExpressions: [{ key, operator: 'Exists' }] })),
);
const peerArb = fc.oneof(
  selectorArb.map((podSelector) => ({ podSelector })),
  selectorArb.map((namespaceSelector) => ({ namespaceSelector })),
  fc
    .tuple(selectorArb, selectorArb)
    .map(([namespaceSelector, podSelector]) => ({ namespaceSelector, podSelector })),
  fc.constantFrom('10.0.0.0/8', '192.168.0.0/16').map((cidr) => ({ ipBlock: { cidr } })),
);
const portsArb = fc.option(
  fc.array(
    fc.record({ protocol: fc.constantFrom('TCP', 'UDP'), port: fc.constantFrom(...PORTS) }),
    { minLength: 1, maxLength: 2 },
  ),
  { nil: undefined },
);
const ruleArb = (peersKey: 'from' | 'to') =>
  fc
    .record({
      peers: fc.option(fc.array(peerArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      ports: portsArb,
    })
    .map(({ peers, ports }) => ({
      ...(peers ? { [peersKey]: peers } : {}),
      ...(ports ? { ports } : {}),
    }));
const policyArb = (i: number) =>
  fc
    .record({
      ns: fc.constantFrom(...NAMESPACES),
      podSelector: selectorArb,
      types: fc.subarray(['Ingress', 'Egress'], { minLength: 1 }),
      ingress: fc.array(ruleArb('from'), { maxLength: 2 }),
      egress: fc.array(ruleArb('to'), { maxLength: 2 }),
    })
    .map(({ ns, podSelector, types, ingress, egress }) =>
      policy(ns, `p${i}`, { podSelector, policyTypes: types, ingress, egress }),
    );

const podArb = (i: number) =>
  fc
    .record({
      ns: fc.constantFrom(...NAMESPACES),
      labels: labelsArb,
      port: fc.constantFrom(...PORTS),
    })
    .map(({ ns, labels, port }) => ({
      ns,
      port,
      object: pod(ns, `pod${i}`, {
        labels,
        ports: [{ name: `svc-${port}`, containerPort: port }],
        ip: `10.0.0.${i + 1}`,
      }),
    }));

const scenarioArb = fc
  .tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 0, max: 4 }))
  .chain(([podCount, policyCount]) =>
    fc.record({
      pods: fc.tuple(...Array.from({ length: podCount }, (_, i) => podArb(i))),
      policies:
        policyCount === 0
          ? fc.constant([])
          : fc.tuple(...Array.from({ length: policyCount }, (_, i) => policyArb(i))),
      from: fc.nat(podCount - 1),
      to: fc.nat(podCount - 1),
      port: fc.constantFrom(...PORTS),
      portKind: fc.constantFrom('number', 'number', 'named', 'all'),
      protocol: fc.constantFrom('TCP', 'UDP'),
      source: fc.constantFrom('pod', 'pod', 'namespace', 'cidr'),
    }),
  );

/** The manifests after applying the result: extended policies replaced, new ones added. */
function applied(objects: readonly object[], result: GenerateResult): string {
  const replaced = new Set(
    result.edits.flatMap((e) =>
      e.kind === 'extend' ? [`${e.original.namespace}/${e.original.name}`] : [],
    ),
  );
  const kept = objects.filter((o) => {
    const meta = o as { kind: string; metadata: { namespace?: string; name: string } };
    return (
      meta.kind !== 'NetworkPolicy' ||
      !replaced.has(`${meta.metadata.namespace}/${meta.metadata.name}`)
    );
  });
  return yamlOf(...kept) + '---\n' + result.yaml;
}

describe('generateAllowPolicy (property)', () => {
  it('makes the intent allowed on random clusters and policies', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const objects = [
          ...NAMESPACES.map((n) => namespace(n)),
          ...s.pods.map((p) => p.object),
          ...s.policies,
        ];
        const before = analyze([{ file: 'in.yaml', text: yamlOf(...objects) }]);
        const ids = before.cluster.pods.map((p) => p.id);
        const fromPod = ids[s.from] as string;
        const toPod = ids[s.to] as string;
        const fromNs = s.pods[s.from]?.ns as string;
        const intent: AllowIntent = {
          from:
            s.source === 'pod'
              ? { kind: 'pod', id: fromPod }
              : s.source === 'namespace'
                ? { kind: 'namespace', name: fromNs }
                : { kind: 'cidr', cidr: '172.16.0.0/12' },
          to: { kind: 'pod', id: toPod },
          ...(s.portKind === 'all'
            ? {}
            : { port: s.portKind === 'named' ? `svc-${s.pods[s.to]?.port}` : s.port }),
          // Container ports are TCP: a named port exists only for TCP.
          protocol: s.portKind === 'named' ? 'TCP' : s.protocol,
        };
        const result = generateAllowPolicy(before, intent);
        expect(['generated', 'already-allowed']).toContain(result.status);
        const after = analyze([{ file: 'in.yaml', text: applied(objects, result) }]);
        expect(after.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const sources =
          intent.from.kind === 'pod'
            ? [{ kind: 'pod', id: fromPod } as const]
            : intent.from.kind === 'namespace'
              ? before.cluster.pods
                  .filter((p) => p.namespace === fromNs)
                  .map((p) => ({ kind: 'pod', id: p.id }) as const)
              : [
                  { kind: 'ip', ip: '172.16.0.0' } as const,
                  { kind: 'ip', ip: '172.31.255.255' } as const,
                ];
        for (const from of sources) {
          const to = { kind: 'pod', id: toPod } as const;
          const verdict = evaluateFlow(after.model, {
            from,
            to,
            port: intent.port ?? 1,
            protocol: intent.protocol,
          });
          // A namespace source's pods keep their own egress policies: only ingress is promised.
          if (intent.from.kind === 'namespace') expect(verdict.ingress.allowed).toBe(true);
          else if (intent.port === undefined)
            expect(allowedPorts(after.model, from, to)).toEqual({ kind: 'all' });
          else expect(verdict.allowed).toBe(true);
        }
        if (result.status === 'already-allowed') expect(result.policies).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
