// Selector, peer and policyTypes semantics (DESIGN.md "Semantics that must be exact").
import { describe, expect, it } from 'vitest';
import { evaluateFlow, isolation } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import type { Protocol } from '../src/model/k8s';
import { namespace, pod, policy, yamlOf } from './builders';
import { modelFromYaml } from './pipeline';

function allowed(
  model: PolicyModel,
  from: string,
  to: string,
  port: number | string = 80,
  protocol: Protocol = 'TCP',
): boolean | null {
  const endpoint = (text: string) =>
    text.includes('/') ? { kind: 'pod' as const, id: text } : { kind: 'ip' as const, ip: text };
  return evaluateFlow(model, { from: endpoint(from), to: endpoint(to), port, protocol }).allowed;
}

const base = [
  namespace('prod', { env: 'prod', team: 'a' }),
  namespace('dev', { env: 'dev' }),
  pod('prod', 'web', { labels: { app: 'web', tier: 'front' } }),
  pod('prod', 'db', { labels: { app: 'db', tier: 'back' } }),
  pod('prod', 'job', { labels: { app: 'job' } }),
  pod('dev', 'web', { labels: { app: 'web', tier: 'front' } }),
  pod('dev', 'tool', { labels: { app: 'tool' } }),
];

describe('isolation and policyTypes', () => {
  it('without policies everything is allowed and nothing isolated', () => {
    const model = modelFromYaml(yamlOf(...base));
    expect(allowed(model, 'dev/tool', 'prod/db')).toBe(true);
    expect(isolation(model, 'prod/db')).toEqual({ ingress: [], egress: [] });
  });

  it('a policy only selects pods of its own namespace', () => {
    const model = modelFromYaml(
      yamlOf(...base, policy('dev', 'deny', { podSelector: {}, policyTypes: ['Ingress'] })),
    );
    expect(allowed(model, 'dev/tool', 'prod/db')).toBe(true);
    expect(allowed(model, 'prod/db', 'dev/tool')).toBe(false);
    expect(isolation(model, 'prod/db').ingress).toEqual([]);
    expect(isolation(model, 'dev/tool').ingress.map((p) => p.name)).toEqual(['deny']);
  });

  it('policyTypes defaults to Ingress only when spec.egress is absent', () => {
    const model = modelFromYaml(yamlOf(...base, policy('prod', 'p', { podSelector: {} })));
    expect(isolation(model, 'prod/web')).toMatchObject({ egress: [] });
    expect(isolation(model, 'prod/web').ingress).toHaveLength(1);
    expect(allowed(model, 'prod/web', 'dev/tool')).toBe(true);
  });

  it('policyTypes defaults to Ingress + Egress when spec.egress holds a rule', () => {
    const model = modelFromYaml(
      yamlOf(
        ...base,
        policy('prod', 'p', { podSelector: {}, egress: [{ to: [{ podSelector: {} }] }] }),
      ),
    );
    expect(isolation(model, 'prod/web').egress).toHaveLength(1);
    expect(isolation(model, 'prod/web').ingress).toHaveLength(1);
    expect(allowed(model, 'prod/web', 'prod/db')).toBe(false); // ingress isolated with no rule
    expect(allowed(model, 'prod/web', 'dev/tool')).toBe(false); // egress only to prod pods
    expect(allowed(model, 'dev/tool', 'prod/web')).toBe(false);
  });

  it('an empty egress list does not add Egress to the default policyTypes', () => {
    const model = modelFromYaml(
      yamlOf(...base, policy('prod', 'p', { podSelector: {}, egress: [] })),
    );
    expect(isolation(model, 'prod/web').egress).toEqual([]);
    expect(allowed(model, 'prod/web', 'dev/tool')).toBe(true);
  });

  it('an empty ingress list isolates and allows nothing', () => {
    const model = modelFromYaml(
      yamlOf(
        ...base,
        policy('prod', 'p', { podSelector: { matchLabels: { app: 'db' } }, ingress: [] }),
      ),
    );
    expect(allowed(model, 'prod/web', 'prod/db')).toBe(false);
    expect(allowed(model, 'prod/db', 'prod/web')).toBe(true);
  });

  it('explicit policyTypes Egress ignores ingress rules and leaves ingress open', () => {
    const model = modelFromYaml(
      yamlOf(
        ...base,
        policy('prod', 'p', { podSelector: {}, policyTypes: ['Egress'], ingress: [{ from: [] }] }),
      ),
    );
    expect(isolation(model, 'prod/db').ingress).toEqual([]);
    expect(allowed(model, 'dev/tool', 'prod/db')).toBe(true);
    expect(allowed(model, 'prod/db', 'dev/tool')).toBe(false);
  });

  it('a null or absent spec.podSelector selects every pod in the namespace', () => {
    const model = modelFromYaml(
      yamlOf(
        ...base,
        policy('prod', 'null-sel', { podSelector: null, policyTypes: ['Ingress'] }),
        policy('dev', 'no-sel', { policyTypes: ['Ingress'] }),
      ),
    );
    expect(isolation(model, 'prod/web').ingress).toHaveLength(1);
    expect(isolation(model, 'dev/tool').ingress).toHaveLength(1);
  });

  it('rules of several policies are a union', () => {
    const model = modelFromYaml(
      yamlOf(
        ...base,
        policy('prod', 'from-web', {
          podSelector: { matchLabels: { app: 'db' } },
          ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }] }],
        }),
        policy('prod', 'from-job', {
          podSelector: { matchLabels: { app: 'db' } },
          ingress: [{ from: [{ podSelector: { matchLabels: { app: 'job' } } }] }],
        }),
      ),
    );
    expect(allowed(model, 'prod/web', 'prod/db')).toBe(true);
    expect(allowed(model, 'prod/job', 'prod/db')).toBe(true);
    expect(allowed(model, 'dev/tool', 'prod/db')).toBe(false);
    expect(isolation(model, 'prod/db').ingress.map((p) => p.name)).toEqual([
      'from-web',
      'from-job',
    ]);
  });
});

describe('peers', () => {
  const ingressTo = (peers: object[] | undefined) =>
    modelFromYaml(
      yamlOf(
        ...base,
        policy('prod', 'p', {
          podSelector: { matchLabels: { app: 'db' } },
          ingress: [peers === undefined ? {} : { from: peers }],
        }),
      ),
    );

  it('an absent or empty from allows every source, pods and external addresses', () => {
    for (const model of [ingressTo(undefined), ingressTo([])]) {
      expect(allowed(model, 'dev/tool', 'prod/db')).toBe(true);
      expect(allowed(model, '203.0.113.9', 'prod/db')).toBe(true);
    }
  });

  it('podSelector alone means pods of the policy namespace', () => {
    const model = ingressTo([{ podSelector: { matchLabels: { app: 'web' } } }]);
    expect(allowed(model, 'prod/web', 'prod/db')).toBe(true);
    expect(allowed(model, 'dev/web', 'prod/db')).toBe(false);
  });

  it('namespaceSelector alone means every pod of the matching namespaces', () => {
    const model = ingressTo([{ namespaceSelector: { matchLabels: { env: 'dev' } } }]);
    expect(allowed(model, 'dev/tool', 'prod/db')).toBe(true);
    expect(allowed(model, 'dev/web', 'prod/db')).toBe(true);
    expect(allowed(model, 'prod/web', 'prod/db')).toBe(false);
  });

  it('namespaceSelector {} means all namespaces, while an absent one means the own namespace', () => {
    const all = ingressTo([
      { namespaceSelector: {}, podSelector: { matchLabels: { app: 'web' } } },
    ]);
    expect(allowed(all, 'dev/web', 'prod/db')).toBe(true);
    expect(allowed(all, 'prod/web', 'prod/db')).toBe(true);
    expect(allowed(all, 'dev/tool', 'prod/db')).toBe(false);
    const own = ingressTo([{ podSelector: { matchLabels: { app: 'web' } } }]);
    expect(allowed(own, 'dev/web', 'prod/db')).toBe(false);
  });

  it('podSelector and namespaceSelector in one peer are ANDed; in two peers they are ORed', () => {
    const and = ingressTo([
      {
        namespaceSelector: { matchLabels: { env: 'dev' } },
        podSelector: { matchLabels: { app: 'web' } },
      },
    ]);
    expect(allowed(and, 'dev/web', 'prod/db')).toBe(true);
    expect(allowed(and, 'dev/tool', 'prod/db')).toBe(false);
    expect(allowed(and, 'prod/web', 'prod/db')).toBe(false);
    const or = ingressTo([
      { namespaceSelector: { matchLabels: { env: 'dev' } } },
      { podSelector: { matchLabels: { app: 'web' } } },
    ]);
    expect(allowed(or, 'dev/web', 'prod/db')).toBe(true);
    expect(allowed(or, 'dev/tool', 'prod/db')).toBe(true);
    expect(allowed(or, 'prod/web', 'prod/db')).toBe(true);
    expect(allowed(or, 'prod/job', 'prod/db')).toBe(false);
  });

  it('namespaces can be selected by the kubernetes.io/metadata.name label, also when implied', () => {
    const model = modelFromYaml(
      yamlOf(
        pod('implied', 'a', { labels: { app: 'a' } }),
        pod('other', 'b', { labels: { app: 'b' } }),
        policy('other', 'p', {
          podSelector: {},
          ingress: [
            {
              from: [
                {
                  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'implied' } },
                },
              ],
            },
          ],
        }),
      ),
    );
    expect(allowed(model, 'implied/a', 'other/b')).toBe(true);
  });

  it('null matchLabels is no requirement', () => {
    const model = ingressTo([{ podSelector: { matchLabels: null } }]);
    expect(allowed(model, 'prod/job', 'prod/db')).toBe(true);
    expect(allowed(model, 'dev/tool', 'prod/db')).toBe(false);
  });

  it('matchExpressions: Exists and DoesNotExist', () => {
    const exists = ingressTo([
      { podSelector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] } },
    ]);
    expect(allowed(exists, 'prod/web', 'prod/db')).toBe(true);
    expect(allowed(exists, 'prod/job', 'prod/db')).toBe(false);
    const missing = ingressTo([
      { podSelector: { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] } },
    ]);
    expect(allowed(missing, 'prod/web', 'prod/db')).toBe(false);
    expect(allowed(missing, 'prod/job', 'prod/db')).toBe(true);
  });

  it('matchExpressions: NotIn matches pods that lack the key; In does not', () => {
    const notIn = ingressTo([
      {
        podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] },
      },
    ]);
    expect(allowed(notIn, 'prod/job', 'prod/db')).toBe(true); // no tier label at all
    expect(allowed(notIn, 'prod/web', 'prod/db')).toBe(false);
    const isIn = ingressTo([
      {
        podSelector: {
          matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'x'] }],
        },
      },
    ]);
    expect(allowed(isIn, 'prod/web', 'prod/db')).toBe(true);
    expect(allowed(isIn, 'prod/job', 'prod/db')).toBe(false);
  });

  it('matchLabels and matchExpressions in one selector are ANDed', () => {
    const model = ingressTo([
      {
        podSelector: {
          matchLabels: { app: 'web' },
          matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }],
        },
      },
    ]);
    expect(allowed(model, 'prod/web', 'prod/db')).toBe(false);
  });

  it('namespace selectors see namespace labels, not pod labels', () => {
    const model = ingressTo([{ namespaceSelector: { matchLabels: { app: 'web' } } }]);
    expect(allowed(model, 'prod/web', 'prod/db')).toBe(false);
  });

  it('egress selectors choose destinations the same way', () => {
    const model = modelFromYaml(
      yamlOf(
        ...base,
        policy('prod', 'e', {
          podSelector: { matchLabels: { app: 'web' } },
          policyTypes: ['Egress'],
          egress: [
            {
              to: [
                {
                  namespaceSelector: { matchLabels: { env: 'dev' } },
                  podSelector: { matchLabels: { app: 'tool' } },
                },
              ],
            },
          ],
        }),
      ),
    );
    expect(allowed(model, 'prod/web', 'dev/tool')).toBe(true);
    expect(allowed(model, 'prod/web', 'dev/web')).toBe(false);
    expect(allowed(model, 'prod/web', 'prod/db')).toBe(false);
    expect(allowed(model, 'prod/db', 'dev/web')).toBe(true);
  });
});
