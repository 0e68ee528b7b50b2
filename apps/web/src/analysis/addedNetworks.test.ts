import { describe, expect, it } from 'vitest';
import { endpointFromText, intentSource } from '../components/allow/allowIntent';
import { derive } from './derive';
import { planEdges } from './flowEdges';
import { clusterView, externalNetworkId, verdicts, withAddedNetworks } from './graphData';

const pod = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\n  labels: {app: web}\nspec:\n  containers:\n  - name: c`;
const denyEgress = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Egress]`;
const toPartner = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: partner\n  namespace: shop\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to: [{ipBlock: {cidr: 203.0.113.0/24}}]`;

const viewOf = (...docs: string[]) => clusterView(derive(docs.join('\n---\n'), new Map()).derivation);

describe('externalNetworkId', () => {
  it('reads the Internet and CIDRs the engine parses, and nothing else', () => {
    expect(externalNetworkId(' Internet ')).toBe('internet');
    expect(externalNetworkId('203.0.113.0/24')).toBe('cidr:203.0.113.0/24');
    expect(externalNetworkId('2001:db8::/32')).toBe('cidr:2001:db8::/32');
    expect(externalNetworkId('203.0.113.0/33')).toBeNull();
    expect(externalNetworkId('300.0.0.0/8')).toBeNull();
    expect(externalNetworkId('shop/web')).toBeNull();
    // The allow dialog's pickers read addresses through the same function.
    expect(endpointFromText(viewOf(pod), '203.0.113.0/33')).toBeNull();
    expect(endpointFromText(viewOf(pod), 'internet')).toBe('internet');
  });
});

describe('withAddedNetworks', () => {
  it('adds the user’s networks as nodes the allow dialog reads as the preset or the CIDR', () => {
    const view = withAddedNetworks(viewOf(pod, denyEgress), ['internet', 'cidr:198.51.100.0/24', 'bogus']);
    expect(view.cidrs).toEqual([
      { id: 'internet', cidr: '0.0.0.0/0', label: 'Internet', added: true },
      { id: 'cidr:198.51.100.0/24', cidr: '198.51.100.0/24', added: true },
    ]);
    expect(intentSource('internet')).toEqual({ kind: 'internet' });
    expect(intentSource('cidr:198.51.100.0/24')).toEqual({ kind: 'cidr', cidr: '198.51.100.0/24' });
    // Drawn like the YAML's CIDR nodes: the egress-isolated pod's denied flow to each.
    const plan = planEdges(view, verdicts(view, '', 'TCP'), { selectedPod: null, expandedNamespace: null });
    expect(plan.edges.map((e) => `${e.id} ${e.verdict}`)).toEqual(
      expect.arrayContaining(['shop/web->internet denied', 'shop/web->cidr:198.51.100.0/24 denied']),
    );
  });

  it('draws a network the YAML already names once, as the YAML’s node', () => {
    const base = viewOf(pod, toPartner);
    const view = withAddedNetworks(base, ['cidr:203.0.113.0/24']);
    expect(view).toBe(base);
    expect(view.cidrs.map((c) => c.id)).toEqual(['cidr:203.0.113.0/24']);
  });
});
