// Flow verdicts as data: self traffic, hostNetwork pods, explanations, rule origins, and
// the seed walkthrough (default-deny-ingress, then redis-policy by label).
import { describe, expect, it } from 'vitest';
import { allowedPorts, evaluateFlow, formatPortSet, isolation } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import { computeMatrix } from '../src/matrix';
import type { Flow } from '../src/model/verdict';
import { namespace, pod, policy, yamlOf } from './builders';
import { readFixture } from './fixtures';
import { loadObjectsIn, modelFromObjects, modelFromYaml } from './pipeline';

const flow = (from: string, to: string, port: number | string = 80): Flow => ({
  from: { kind: 'pod', id: from },
  to: { kind: 'pod', id: to },
  port,
  protocol: 'TCP',
});

const denyAll = policy('ns', 'deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });

describe('a pod reaching itself', () => {
  it('is always allowed, even when isolated both ways, and says why', () => {
    const model = modelFromYaml(yamlOf(namespace('ns'), pod('ns', 'a'), pod('ns', 'b'), denyAll));
    const verdict = evaluateFlow(model, flow('ns/a', 'ns/a'));
    expect(verdict.allowed).toBe(true);
    expect(verdict.egress).toMatchObject({ allowed: true, isolated: true });
    expect(verdict.egress.reason).toEqual({ kind: 'self' });
    expect(verdict.ingress.reason).toEqual({ kind: 'self' });
    expect(evaluateFlow(model, flow('ns/a', 'ns/b')).allowed).toBe(false);
    expect(formatPortSet(allowedPorts(model, 'ns/a', 'ns/a'))).toEqual(['all']);
    expect(computeMatrix(model, { port: 80 }).allowed).toEqual([
      [true, false],
      [false, true],
    ]);
  });
});

describe('hostNetwork pods', () => {
  // Decision (see evaluate/match.ts): the common implementation cannot tell a hostNetwork
  // pod's traffic from its node's, so policies do not isolate it and selector peers do not
  // match it; only an ipBlock covering its (node) IP does.
  const objects = [
    namespace('ns'),
    pod('ns', 'agent', { labels: { app: 'agent' }, hostNetwork: true, ip: '192.168.0.10' }),
    pod('ns', 'web', { labels: { app: 'web' }, ip: '10.0.0.2' }),
  ];

  it('is not isolated by a policy that selects it', () => {
    const model = modelFromYaml(yamlOf(...objects, denyAll));
    expect(isolation(model, 'ns/agent')).toEqual({ ingress: [], egress: [] });
    const verdict = evaluateFlow(model, flow('ns/web', 'ns/agent'));
    expect(verdict.ingress).toMatchObject({ isolated: false, allowed: true });
    expect(verdict.allowed).toBe(false); // web's own egress is denied
  });

  it('is not matched by selector peers, but is by an ipBlock on its IP', () => {
    const bySelector = modelFromYaml(
      yamlOf(
        ...objects,
        policy('ns', 'p', {
          podSelector: { matchLabels: { app: 'web' } },
          ingress: [{ from: [{ podSelector: {} }] }],
        }),
      ),
    );
    expect(evaluateFlow(bySelector, flow('ns/agent', 'ns/web')).allowed).toBe(false);
    const byIp = modelFromYaml(
      yamlOf(
        ...objects,
        policy('ns', 'p', {
          podSelector: { matchLabels: { app: 'web' } },
          ingress: [{ from: [{ ipBlock: { cidr: '192.168.0.0/24' } }] }],
        }),
      ),
    );
    expect(evaluateFlow(byIp, flow('ns/agent', 'ns/web')).allowed).toBe(true);
  });
});

describe('explanations', () => {
  const model = modelFromYaml(
    yamlOf(
      namespace('ns'),
      pod('ns', 'client', { labels: { role: 'client' } }),
      pod('ns', 'server', { labels: { app: 'server' } }),
      policy('ns', 'server-in', {
        podSelector: { matchLabels: { app: 'server' } },
        ingress: [
          {
            from: [
              { podSelector: { matchLabels: { role: 'nobody' } } },
              { podSelector: { matchLabels: { role: 'client' } } },
            ],
            ports: [{ port: 81 }, { port: 80 }],
          },
          { ports: [{ port: 80 }] },
        ],
      }),
    ),
  );

  it('names every allowing rule with its peer, port, path and source range', () => {
    const verdict = evaluateFlow(model, flow('ns/client', 'ns/server'));
    expect(verdict.allowed).toBe(true);
    expect(verdict.egress).toMatchObject({ isolated: false, allowed: true, allowedBy: [] });
    expect(verdict.ingress.isolatingPolicies.map((p) => `${p.namespace}/${p.name}`)).toEqual([
      'ns/server-in',
    ]);
    expect(
      verdict.ingress.allowedBy.map(({ ruleIndex, peerIndex, portIndex, path }) => ({
        ruleIndex,
        peerIndex,
        portIndex,
        path,
      })),
    ).toEqual([
      { ruleIndex: 0, peerIndex: 1, portIndex: 1, path: 'spec.ingress[0].from[1]' },
      { ruleIndex: 1, peerIndex: undefined, portIndex: 0, path: 'spec.ingress[1].ports[0]' },
    ]);
    expect(verdict.ingress.allowedBy[0]?.range?.startLine).toBeGreaterThan(1);
    expect(verdict.ingress.reason).toEqual({ kind: 'rule-allows' });
    expect(verdict.verdict).toBe('allowed');
    expect(verdict.port).toEqual({ protocol: 'TCP', number: 80 });
  });

  it('says which direction denies and why no rule matched', () => {
    const verdict = evaluateFlow(model, flow('ns/client', 'ns/server', 443));
    expect(verdict.allowed).toBe(false);
    expect(verdict.ingress).toMatchObject({
      allowed: false,
      verdict: 'denied',
      reason: { kind: 'no-rule-allows' },
      isolatingPolicies: [{ namespace: 'ns', name: 'server-in' }],
      allowedBy: [],
    });
    expect(verdict.egress).toMatchObject({ allowed: true, reason: { kind: 'not-isolated' } });
    expect(verdict.verdict).toBe('denied');
  });

  it('an unknown pod is denied with a reason, never a throw', () => {
    const verdict = evaluateFlow(model, flow('ns/client', 'ns/missing'));
    expect(verdict.allowed).toBe(false);
    expect(verdict.ingress.reason).toEqual({ kind: 'unknown-pod' });
  });
});

describe('the seed walkthrough', () => {
  // Deploy azure-vote into policy-test-app, deny all ingress, label the pods, allow redis.
  const manifest = readFixture('seed', 'azure-vote-all-in-one-redis.yaml')
    .replace(
      '      labels:\n        app: azure-vote-back\n',
      '      labels:\n        app: azure-vote-back\n        type: redis\n',
    )
    .replace(
      '      labels:\n        app: azure-vote-front\n',
      '      labels:\n        app: azure-vote-front\n        role: redis-client\n',
    );
  const denyIngress =
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny-ingress\nspec:\n  podSelector: {}\n  policyTypes:\n  - Ingress\n';
  const redisPolicy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: redis-policy
  namespace: policy-test-app
spec:
  podSelector:
    matchLabels:
      type: redis
  policyTypes:
  - Ingress
  ingress:
  - from:
    - podSelector:
        matchLabels:
          role: redis-client
    ports:
    - protocol: TCP
      port: 6379
`;
  const front = 'policy-test-app/azure-vote-front';
  const back = 'policy-test-app/azure-vote-back';
  const modelOf = (...texts: string[]): PolicyModel =>
    modelFromObjects(loadObjectsIn('policy-test-app', manifest, ...texts));

  it('before any policy, front and back talk freely', () => {
    const model = modelOf();
    expect(model.cluster.pods.map((p) => p.id)).toEqual([back, front]);
    expect(evaluateFlow(model, flow(front, back, 6379)).allowed).toBe(true);
  });

  it('default-deny-ingress blocks front → back', () => {
    const verdict = evaluateFlow(modelOf(denyIngress), flow(front, back, 6379));
    expect(verdict.allowed).toBe(false);
    expect(verdict.ingress.reason).toEqual({ kind: 'no-rule-allows' });
    expect(verdict.ingress.isolatingPolicies.map((p) => p.name)).toEqual(['default-deny-ingress']);
  });

  it('redis-policy allows front → back on TCP 6379 only, and not back → front', () => {
    const model = modelOf(denyIngress, redisPolicy);
    const verdict = evaluateFlow(model, flow(front, back, 6379));
    expect(verdict.allowed).toBe(true);
    expect(verdict.ingress.reason).toEqual({ kind: 'rule-allows' });
    expect(verdict.ingress.allowedBy).toMatchObject([
      { policy: { name: 'redis-policy' }, ruleIndex: 0, peerIndex: 0, portIndex: 0 },
    ]);
    expect(evaluateFlow(model, flow(front, back, 80)).allowed).toBe(false);
    expect(evaluateFlow(model, flow(back, front, 80)).allowed).toBe(false);
    expect(evaluateFlow(model, flow(back, front, 6379)).allowed).toBe(false);
    expect(evaluateFlow(model, flow(front, back, 'redis')).allowed).toBe(true);
    expect(formatPortSet(allowedPorts(model, front, back))).toEqual(['TCP:6379']);
    const matrix = computeMatrix(model);
    expect(matrix.allowed).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(matrix.ports?.[1]?.[0]).toEqual(['TCP:6379']);
  });
});
