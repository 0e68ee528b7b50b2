// The graph with ClusterNetworkPolicy tiers: flows a tier decides are drawn even where no
// NetworkPolicy isolates a pod, marked with the deciding tier, and unknown/ambiguous
// verdicts are drawn as such (the example workspace public/examples/cluster-tiers.yaml).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derive } from './derive';
import { planEdges } from './flowEdges';
import { clusterView, verdicts } from './graphData';

const example = readFileSync(
  new URL('../../../../public/examples/cluster-tiers.yaml', import.meta.url),
  'utf8',
);

function edgesOf(text: string, port = '') {
  const view = clusterView(derive(text, new Map()).derivation);
  const plan = planEdges(view, verdicts(view, port, 'TCP'), {
    selectedPod: null,
    expandedNamespace: null,
  });
  return new Map(plan.edges.map((e) => [e.id, e]));
}

describe('edges decided by a cluster tier', () => {
  it('draws the Admin Deny into the vault, which no NetworkPolicy isolates, and marks it', () => {
    const edges = edgesOf(example, '8200');
    expect(edges.get('shop/web->vault/secrets')).toMatchObject({
      verdict: 'denied',
      tier: 'Admin',
    });
    expect(edges.get('monitoring/prometheus->vault/secrets')).toMatchObject({
      verdict: 'allowed',
      tier: 'Admin',
    });
  });

  it('marks a Baseline decision, and leaves NetworkPolicy decisions unmarked', () => {
    const edges = edgesOf(example, '80');
    expect(edges.get('monitoring/prometheus->shop/web')).toMatchObject({
      verdict: 'denied',
      tier: 'Baseline',
    });
    const np = edgesOf(example, '5432').get('shop/web->shop/db');
    expect(np).toMatchObject({ verdict: 'allowed' });
    expect(np?.tier).toBeUndefined();
  });

  it('draws an ambiguous pair as ambiguous, not as allowed or denied', () => {
    const tie = example
      .replace('  priority: 20\n', '  priority: 10\n')
      .replace('    action: Pass\n', '    action: Accept\n');
    // shop-internal at the same priority as vault-lockdown, over every namespace, accepting from shop.
    const tied = tie.replace(
      '  subject:\n    namespaces:\n      matchLabels:\n        kubernetes.io/metadata.name: shop\n  ingress:\n  - name: pass-inside-shop',
      '  subject:\n    namespaces: {}\n  ingress:\n  - name: pass-inside-shop',
    );
    const edges = edgesOf(tied, '8200');
    expect(edges.get('shop/web->vault/secrets')).toMatchObject({ verdict: 'ambiguous' });
  });
});
