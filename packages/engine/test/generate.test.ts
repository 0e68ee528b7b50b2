// generateAllowPolicy: intents become the policies a person would write, and nothing more.
import { describe, expect, it } from 'vitest';
import { evaluateFlow } from '../src/evaluate';
import { generateAllowPolicy } from '../src/generate';
import { loadText } from '../src/load';
import { namespace, pod, policy, yamlOf } from './builders';
import { readFixture } from './fixtures';
import {
  analysisOf,
  DENY_ALL_INGRESS,
  labelledAzureVote,
  seedAnalysis,
  SEED_NAMESPACE,
} from './generate.helpers';

const BACK = `${SEED_NAMESPACE}/azure-vote-back`;
const FRONT = `${SEED_NAMESPACE}/azure-vote-front`;

/** The seed walkthrough's model answer, read from the walkthrough itself. */
function seedRedisPolicy(): Record<string, unknown> {
  const walkthrough = readFixture('seed', 'walkthrough.md');
  const blocks = [...walkthrough.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const block = blocks.find((b) => b.includes('name: redis-policy'));
  const loaded = loadText(block ?? '', { file: 'walkthrough.md' });
  const object = loaded.objects[0]?.object;
  if (!object) throw new Error('redis-policy not found in the walkthrough');
  return object;
}

describe('generateAllowPolicy: the seed walkthrough', () => {
  const analysis = seedAnalysis();
  const intent = {
    from: { kind: 'pod', id: FRONT },
    to: { kind: 'pod', id: BACK },
    port: 6379,
    protocol: 'TCP',
  } as const;

  it('starts denied: the deny-all isolates the backend', () => {
    const verdict = evaluateFlow(analysis.model, {
      from: intent.from,
      to: intent.to,
      port: 6379,
      protocol: 'TCP',
    });
    expect(verdict.allowed).toBe(false);
  });

  it("produces the seed's redis-policy, spec for spec", () => {
    const result = generateAllowPolicy(analysis, intent);
    expect(result.status).toBe('generated');
    expect(result.policies).toHaveLength(1);
    const expected = seedRedisPolicy();
    expect(result.policies[0]?.metadata).toEqual({
      name: 'redis-policy',
      namespace: SEED_NAMESPACE,
    });
    expect(result.policies[0]?.spec).toEqual(expected['spec']);
  });

  it('serializes it as YAML that loads back to the same object', () => {
    const result = generateAllowPolicy(analysis, intent);
    const reloaded = loadText(result.yaml, { file: 'generated.yaml' });
    expect(reloaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(reloaded.objects.map((o) => o.object)).toEqual(result.policies);
    expect(result.yaml.indexOf('apiVersion')).toBeLessThan(result.yaml.indexOf('spec:'));
  });

  it('reports the impact: the intended flow opens and nothing else changes', () => {
    const result = generateAllowPolicy(analysis, intent);
    expect(result.impact).toEqual([
      { from: FRONT, to: BACK, before: [], after: ['TCP:6379'], change: 'allowed', intended: true },
    ]);
    expect(result.newlyIsolated).toEqual([]);
    expect(result.summary).toContain(`adds ingress policy ${SEED_NAMESPACE}/redis-policy`);
  });

  it('says so and generates nothing once the flow is allowed', () => {
    const generated = generateAllowPolicy(analysis, intent).yaml;
    const allowed = analysisOf([labelledAzureVote(), DENY_ALL_INGRESS, generated], SEED_NAMESPACE);
    const result = generateAllowPolicy(allowed, intent);
    expect(result.status).toBe('already-allowed');
    expect(result.policies).toEqual([]);
    expect(result.yaml).toBe('');
    expect(result.summary).toMatch(/already allowed/);
  });

  it('honours chosen labels and name', () => {
    const result = generateAllowPolicy(analysis, intent, {
      sourceLabels: { app: 'azure-vote-front' },
      destinationLabels: { app: 'azure-vote-back' },
      name: 'front-to-back',
    });
    expect(result.policies[0]?.metadata.name).toBe('front-to-back');
    expect(result.policies[0]?.spec.podSelector).toEqual({
      matchLabels: { app: 'azure-vote-back' },
    });
    expect(result.policies[0]?.spec.ingress?.[0]?.from).toEqual([
      { podSelector: { matchLabels: { app: 'azure-vote-front' } } },
    ]);
  });
});

// A two-namespace shop: web and worker in `shop`, postgres and backup in `db`.
const SHOP = [
  namespace('shop', { team: 'shop' }),
  namespace('db'),
  pod('shop', 'web', { labels: { app: 'web', role: 'frontend' }, ports: [{ containerPort: 80 }] }),
  pod('shop', 'worker', { labels: { app: 'worker' } }),
  pod('db', 'postgres', {
    labels: { app: 'postgres', tier: 'database' },
    ports: [{ name: 'pg', containerPort: 5432 }],
  }),
  pod('db', 'backup', { labels: { app: 'backup' } }),
];
const denyIngress = (ns: string) =>
  policy(ns, 'deny-ingress', { podSelector: {}, policyTypes: ['Ingress'] });
const denyEgress = (ns: string) =>
  policy(ns, 'deny-egress', { podSelector: {}, policyTypes: ['Egress'] });
const shop = (...extra: object[]) => analysisOf([yamlOf(...SHOP, ...extra)]);
const webToPostgres = {
  from: { kind: 'pod', id: 'shop/web' },
  to: { kind: 'pod', id: 'db/postgres' },
  port: 5432,
  protocol: 'TCP',
} as const;
const NS_SHOP = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } };
const NS_DB = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'db' } } };
const PG_PORTS = [{ protocol: 'TCP', port: 5432 }];

describe('generateAllowPolicy: peers', () => {
  it('uses ONE peer with namespaceSelector AND podSelector for a source in another namespace', () => {
    const result = generateAllowPolicy(shop(denyIngress('db')), webToPostgres);
    expect(result.policies).toEqual([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'database-policy', namespace: 'db' },
        spec: {
          podSelector: { matchLabels: { tier: 'database' } },
          policyTypes: ['Ingress'],
          ingress: [
            {
              from: [{ ...NS_SHOP, podSelector: { matchLabels: { role: 'frontend' } } }],
              ports: PG_PORTS,
            },
          ],
        },
      },
    ]);
  });

  it('uses a namespaceSelector alone for a namespace source', () => {
    const analysis = shop(denyIngress('db'));
    const result = generateAllowPolicy(analysis, {
      ...webToPostgres,
      from: { kind: 'namespace', name: 'shop' },
    });
    expect(result.policies[0]?.spec.ingress).toEqual([{ from: [NS_SHOP], ports: PG_PORTS }]);
    for (const from of ['shop/web', 'shop/worker']) {
      expect(result.impact).toContainEqual(
        expect.objectContaining({ from, to: 'db/postgres', change: 'allowed', intended: true }),
      );
    }
  });

  it('uses an ipBlock for a CIDR source', () => {
    const result = generateAllowPolicy(shop(denyIngress('db')), {
      ...webToPostgres,
      from: { kind: 'cidr', cidr: '192.168.0.0/16' },
    });
    expect(result.status).toBe('generated');
    expect(result.policies[0]?.metadata.name).toBe('database-policy');
    expect(result.policies[0]?.spec.ingress).toEqual([
      { from: [{ ipBlock: { cidr: '192.168.0.0/16' } }], ports: PG_PORTS },
    ]);
  });

  it('keeps a named port as a name, resolved on the destination', () => {
    const result = generateAllowPolicy(shop(denyIngress('db')), { ...webToPostgres, port: 'pg' });
    expect(result.policies[0]?.spec.ingress?.[0]?.ports).toEqual([{ protocol: 'TCP', port: 'pg' }]);
    expect(result.status).toBe('generated');
  });

  it('allows all ports when no port is given', () => {
    const { port: _port, ...anyPort } = webToPostgres;
    const result = generateAllowPolicy(shop(denyIngress('db')), anyPort);
    expect(result.policies[0]?.spec.ingress).toEqual([
      { from: [{ ...NS_SHOP, podSelector: { matchLabels: { role: 'frontend' } } }] },
    ]);
    expect(result.impact).toContainEqual(
      expect.objectContaining({ from: 'shop/web', to: 'db/postgres', after: ['all'] }),
    );
  });
});

describe('generateAllowPolicy: egress', () => {
  it('adds an egress policy in the source namespace when the source is egress-isolated', () => {
    const result = generateAllowPolicy(shop(denyIngress('db'), denyEgress('shop')), webToPostgres);
    expect(result.status).toBe('generated');
    expect(result.policies.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual([
      'db/database-policy',
      'shop/frontend-egress-policy',
    ]);
    expect(result.policies[1]?.spec).toEqual({
      podSelector: { matchLabels: { role: 'frontend' } },
      policyTypes: ['Egress'],
      egress: [
        { to: [{ ...NS_DB, podSelector: { matchLabels: { tier: 'database' } } }], ports: PG_PORTS },
        // No DNS pods in the workspace: DNS to any destination.
        {
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    });
    expect(result.dnsIncluded).toBe(true);
  });

  it('adds only the egress policy when ingress already allows the flow', () => {
    const result = generateAllowPolicy(shop(denyEgress('shop')), webToPostgres);
    expect(result.policies.map((p) => p.spec.policyTypes)).toEqual([['Egress']]);
  });

  it('allows egress to a CIDR with an ipBlock', () => {
    const intent = {
      from: webToPostgres.from,
      to: { kind: 'cidr', cidr: '10.1.0.0/16' },
      port: 443,
      protocol: 'TCP',
    } as const;
    const result = generateAllowPolicy(shop(denyEgress('shop')), intent, { includeDns: false });
    expect(result).toMatchObject({ dnsOffered: true, dnsIncluded: false });
    expect(result.policies[0]?.spec.egress).toEqual([
      { to: [{ ipBlock: { cidr: '10.1.0.0/16' } }], ports: [{ protocol: 'TCP', port: 443 }] },
    ]);
    expect(generateAllowPolicy(shop(), intent).status).toBe('already-allowed');
  });
});

describe('generateAllowPolicy: forced and partial', () => {
  it('with evenIfAllowed writes the ingress policy, and an egress one only where egress denies', () => {
    const openEgress = policy('shop', 'web-out', {
      podSelector: { matchLabels: { role: 'frontend' } },
      policyTypes: ['Egress'],
      egress: [{ ports: PG_PORTS }],
    });
    const result = generateAllowPolicy(shop(openEgress), webToPostgres, { evenIfAllowed: true });
    expect(result.policies.map((p) => p.spec.policyTypes)).toEqual([['Ingress']]);
  });

  it('notes the pods of a namespace source whose own egress still blocks them', () => {
    const analysis = shop(denyIngress('db'), denyEgress('shop'));
    const result = generateAllowPolicy(analysis, {
      ...webToPostgres,
      from: { kind: 'namespace', name: 'shop' },
    });
    expect(result.status).toBe('generated');
    expect(result.policies).toHaveLength(1);
    expect(result.notes).toEqual([
      'some pods of namespace shop are egress-isolated; their egress policies are not changed',
    ]);
  });
});

describe('generateAllowPolicy: impact and minimality', () => {
  it('reports the pods it newly isolates and the flows that become denied', () => {
    // Nothing isolates postgres yet: the flow is open, so only evenIfAllowed writes a policy.
    expect(generateAllowPolicy(shop(), webToPostgres).status).toBe('already-allowed');
    const result = generateAllowPolicy(shop(), webToPostgres, { evenIfAllowed: true });
    expect(result.newlyIsolated).toEqual([{ podId: 'db/postgres', direction: 'ingress' }]);
    const denied = result.impact.filter((c) => c.change === 'denied').map((c) => c.from);
    expect(denied.sort()).toEqual(['db/backup', 'shop/worker']);
    expect(result.impact.find((c) => c.intended)).toEqual({
      from: 'shop/web',
      to: 'db/postgres',
      before: ['all'],
      after: ['TCP:5432'],
      change: 'ports',
      intended: true,
    });
    expect(result.summary).toContain('This also isolates db/postgres for ingress');
    expect(result.summary).toContain('2 other flows between known pods become denied');
  });

  it('adds a NEW rule to the policy the user picks, never a peer to its rule', () => {
    const existing = policy('db', 'pg-access', {
      podSelector: { matchLabels: { tier: 'database' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'backup' } } }], ports: PG_PORTS }],
    });
    const result = generateAllowPolicy(shop(existing), webToPostgres, {
      placement: { kind: 'extend', namespace: 'db', name: 'pg-access' },
    });
    expect(result.edits.map((e) => e.kind)).toEqual(['extend']);
    expect(result.edits[0]).toMatchObject({ original: { name: 'pg-access', namespace: 'db' } });
    expect(result.policies[0]?.metadata.name).toBe('pg-access');
    expect(result.policies[0]?.spec.ingress).toEqual([
      { from: [{ podSelector: { matchLabels: { app: 'backup' } } }], ports: PG_PORTS },
      {
        from: [{ ...NS_SHOP, podSelector: { matchLabels: { role: 'frontend' } } }],
        ports: PG_PORTS,
      },
    ]);
    expect(result.newlyIsolated).toEqual([]);
    expect(result.impact.map((c) => c.from)).toEqual(['shop/web']);
  });

  it('writes a new policy by default, leaving a policy that selects the same pods alone', () => {
    const existing = policy('db', 'pg-access', {
      podSelector: { matchLabels: { tier: 'database' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'backup' } } }], ports: PG_PORTS }],
    });
    const result = generateAllowPolicy(shop(existing), webToPostgres);
    expect(result.edits.map((e) => [e.kind, e.policy.metadata.name])).toEqual([
      ['create', 'database-policy'],
    ]);
  });

  it('writes a new policy (with a note) when the chosen policy does not select the target', () => {
    const unrelated = policy('db', 'backup-only', {
      podSelector: { matchLabels: { app: 'backup' } },
      policyTypes: ['Ingress'],
    });
    const result = generateAllowPolicy(shop(denyIngress('db'), unrelated), webToPostgres, {
      placement: { kind: 'extend', namespace: 'db', name: 'backup-only' },
    });
    expect(result.edits.map((e) => e.kind)).toEqual(['create']);
    expect(result.notes.join(' ')).toContain('db/backup-only does not select db/postgres');
  });

  it('keeps names unique in the namespace', () => {
    const taken = policy('db', 'database-policy', {
      podSelector: { matchLabels: { app: 'backup' } },
      policyTypes: ['Ingress'],
    });
    const result = generateAllowPolicy(shop(denyIngress('db'), taken), webToPostgres);
    expect(result.policies[0]?.metadata.name).toBe('allow-frontend-to-database');
    expect(result.notes.join(' ')).toContain('database-policy is taken');
  });

  it('refuses intents it cannot express, without throwing', () => {
    const analysis = shop(denyIngress('db'));
    expect(generateAllowPolicy(analysis, { ...webToPostgres, port: 'http' }).status).toBe(
      'invalid-intent',
    );
    expect(
      generateAllowPolicy(analysis, { ...webToPostgres, to: { kind: 'pod', id: 'db/nope' } })
        .summary,
    ).toContain('unknown destination pod');
    expect(
      generateAllowPolicy(analysis, {
        ...webToPostgres,
        from: { kind: 'cidr', cidr: '300.1.1.1/8' },
      }).status,
    ).toBe('invalid-intent');
  });

  it('ignores invalid policies: they are not in force', () => {
    const invalid = policy('db', 'broken', {
      podSelector: {},
      ingress: [{ ports: [{ port: 70000 }] }],
    });
    const analysis = shop(invalid);
    expect(analysis.diagnostics.some((d) => d.code === 'POLICY_NOT_ENFORCED')).toBe(true);
    expect(generateAllowPolicy(analysis, webToPostgres).status).toBe('already-allowed');
  });
});
