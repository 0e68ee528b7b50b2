import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, evaluateFlow } from '@netpol/engine';
import type { Protocol } from '@netpol/engine';
import type { ExampleEntry } from './examplesCatalog';

const dir = new URL('../../../../../public/examples/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8')) as {
  examples: ExampleEntry[];
};

describe('shipped examples', () => {
  it('lists the seed walkthrough first, as the first-visit example', () => {
    expect(index.examples[0]?.id).toBe('walkthrough-before');
  });

  it.each(index.examples.map((e) => [e.id, e] as const))(
    '%s loads with the engine without diagnostics and has pods and policies',
    (_id, entry) => {
      const text = readFileSync(new URL(entry.file, dir), 'utf8');
      const analysis = analyze([{ file: entry.file, text }]);
      expect(analysis.diagnostics).toEqual([]);
      expect(analysis.cluster.pods.length).toBeGreaterThan(1);
      expect(analysis.policies.length).toBeGreaterThan(0);
    },
  );
});

/** What each example promises in its description: [from, to, port, protocol, allowed]. */
const expected: Record<string, Array<[string, string, number, Protocol, boolean]>> = {
  'walkthrough-before': [
    ['policy-test-app/azure-vote-front', 'policy-test-app/azure-vote-back', 6379, 'TCP', false],
  ],
  'walkthrough-after': [
    ['policy-test-app/azure-vote-front', 'policy-test-app/azure-vote-back', 6379, 'TCP', true],
    ['policy-test-app/azure-vote-back', 'policy-test-app/azure-vote-front', 80, 'TCP', false],
  ],
  'test-network-policy': [
    ['default/frontend', 'default/db', 6379, 'TCP', true],
    ['myproject/reporting', 'default/db', 6379, 'TCP', true],
    ['default/batch', 'default/db', 6379, 'TCP', false],
    ['default/frontend', 'default/db', 80, 'TCP', false],
  ],
  'default-deny-ingress': [['default/client', 'default/web', 80, 'TCP', false]],
  'web-deny-all': [
    ['default/client', 'default/web', 80, 'TCP', false],
    ['default/client', 'default/api', 5678, 'TCP', true],
  ],
  'recipe-deny-all-to-app': [
    ['shop/storefront', 'shop/api', 8080, 'TCP', false],
    ['shop/api', 'shop/storefront', 80, 'TCP', true],
  ],
  'recipe-allow-from-namespace': [
    ['production/orders', 'data/postgres', 5432, 'TCP', true],
    ['staging/orders', 'data/postgres', 5432, 'TCP', false],
  ],
  'recipe-allow-from-pods-in-namespace': [
    ['ops/dashboard', 'monitoring/metrics-api', 9090, 'TCP', true],
    ['ops/debug-shell', 'monitoring/metrics-api', 9090, 'TCP', false],
  ],
  'recipe-deny-egress-but-dns': [
    ['payments/checkout', 'kube-system/coredns', 53, 'UDP', true],
    ['payments/checkout', 'kube-system/coredns', 53, 'TCP', true],
    ['payments/checkout', 'payments/ledger', 8080, 'TCP', false],
  ],
  'cluster-tiers': [
    ['monitoring/prometheus', 'vault/secrets', 8200, 'TCP', true],
    ['shop/web', 'vault/secrets', 8200, 'TCP', false],
    ['shop/web', 'shop/db', 5432, 'TCP', true],
    ['shop/web', 'shop/db', 80, 'TCP', false],
    ['shop/db', 'shop/web', 80, 'TCP', true],
    ['monitoring/prometheus', 'shop/web', 80, 'TCP', false],
    ['shop/web', 'monitoring/prometheus', 9090, 'TCP', true],
  ],
  'online-boutique': [
    ['boutique/checkoutservice', 'boutique/paymentservice', 50051, 'TCP', true],
    ['boutique/cartservice', 'boutique/redis-cart', 6379, 'TCP', true],
    ['boutique/frontend', 'boutique/redis-cart', 6379, 'TCP', false],
    ['boutique/emailservice', 'boutique/frontend', 8080, 'TCP', false],
    ['boutique/loadgenerator', 'boutique/frontend', 8080, 'TCP', true],
    ['boutique/frontend', 'boutique/paymentservice', 50051, 'TCP', false],
  ],
};

describe('example verdicts', () => {
  it('covers every example', () => {
    expect(Object.keys(expected).sort()).toEqual(index.examples.map((e) => e.id).sort());
  });

  it.each(index.examples.map((e) => [e.id, e] as const))('%s does what it says', (id, entry) => {
    const text = readFileSync(new URL(entry.file, dir), 'utf8');
    const { model } = analyze([{ file: entry.file, text }]);
    for (const [from, to, port, protocol, allowed] of expected[id] ?? []) {
      const verdict = evaluateFlow(model, {
        from: { kind: 'pod', id: from },
        to: { kind: 'pod', id: to },
        port,
        protocol,
      });
      expect({ from, to, port, allowed: verdict.allowed }).toEqual({ from, to, port, allowed });
    }
  });
});
