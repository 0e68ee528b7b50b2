// generateAllowPolicy beyond pod → pod: namespaces (now and later), the Internet, DNS, placement options.
import { describe, expect, it } from 'vitest';
import { evaluateFlow } from '../src/evaluate';
import { generateAllowPolicy, placementOptions, proposeNamespaceLabels } from '../src/generate';
import { appendDocuments } from '../src/edit';
import { namespace, pod, policy, yamlOf } from './builders';
import { analysisOf } from './generate.helpers';

const BASE = [
  namespace('shop', { team: 'shop' }),
  namespace('shop-staging', { team: 'shop' }),
  namespace('payments'),
  pod('shop', 'web', { labels: { app: 'web' }, ip: '10.0.0.5' }),
  pod('payments', 'api', { labels: { app: 'api' }, ports: [{ containerPort: 8443 }] }),
];
const denyIngress = (ns: string) =>
  policy(ns, 'deny-ingress', { podSelector: {}, policyTypes: ['Ingress'] });
const denyEgress = (ns: string) =>
  policy(ns, 'deny-egress', { podSelector: {}, policyTypes: ['Egress'] });
// Today's only pod of shop is already allowed — by its pod label, which says nothing of later pods.
const WEB_ALLOWED = policy('payments', 'web-only', {
  podSelector: { matchLabels: { app: 'api' } },
  ingress: [
    {
      from: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } },
          podSelector: { matchLabels: { app: 'web' } },
        },
      ],
    },
  ],
});
const shopToApi = {
  from: { kind: 'namespace', name: 'shop' },
  to: { kind: 'pod', id: 'payments/api' },
  port: 8443,
  protocol: 'TCP',
} as const;
const API_PORTS = [{ protocol: 'TCP', port: 8443 }];

describe('generateAllowPolicy: a namespace is an intent, not its pods of today', () => {
  it('writes a namespaceSelector peer even when today’s pods are already allowed', () => {
    const result = generateAllowPolicy(analysisOf([yamlOf(...BASE, WEB_ALLOWED)]), shopToApi);
    expect(result.status).toBe('generated');
    expect(result.policies[0]?.spec.ingress).toEqual([
      {
        from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } }],
        ports: API_PORTS,
      },
    ]);
  });

  it('allows a pod added to the namespace afterwards', () => {
    const before = yamlOf(...BASE, denyIngress('payments'));
    const result = generateAllowPolicy(analysisOf([before]), shopToApi);
    const later = pod('shop', 'cart', { labels: { app: 'cart', brand: 'new' } });
    const after = analysisOf([appendDocuments(before, [...result.policies, later])]);
    const verdict = evaluateFlow(after.model, {
      from: { kind: 'pod', id: 'shop/cart' },
      to: { kind: 'pod', id: 'payments/api' },
      port: 8443,
      protocol: 'TCP',
    });
    expect(verdict.allowed).toBe(true);
  });

  it('says "already allowed" only when the whole namespace is', () => {
    const whole = policy('payments', 'shop-all', {
      podSelector: {},
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'shop' } } }] }],
    });
    const result = generateAllowPolicy(analysisOf([yamlOf(...BASE, whole)]), shopToApi);
    expect(result.status).toBe('already-allowed');
  });

  it('selects by the namespace label the user picks: any namespace with team=shop', () => {
    const analysis = analysisOf([yamlOf(...BASE, denyIngress('payments'))]);
    const result = generateAllowPolicy(analysis, shopToApi, { namespaceLabels: { team: 'shop' } });
    expect(result.policies[0]?.spec.ingress?.[0]?.from).toEqual([
      { namespaceSelector: { matchLabels: { team: 'shop' } } },
    ]);
    expect(generateAllowPolicy(analysis, shopToApi, { namespaceLabels: {} }).status).toBe(
      'invalid-intent',
    );
  });

  it('offers every label of the namespace, the name label first, with what each selects', () => {
    const analysis = analysisOf([yamlOf(...BASE)]);
    expect(proposeNamespaceLabels(analysis.cluster, 'shop')).toEqual([
      { key: 'kubernetes.io/metadata.name', value: 'shop', namespaces: ['shop'] },
      { key: 'team', value: 'shop', namespaces: ['shop', 'shop-staging'] },
    ]);
  });
});

describe('generateAllowPolicy: the Internet and DNS', () => {
  const webToInternet = {
    from: { kind: 'pod', id: 'shop/web' },
    to: { kind: 'internet' },
    port: 443,
    protocol: 'TCP',
  } as const;

  it('writes the Internet preset as 0.0.0.0/0 minus the private ranges, plus DNS', () => {
    const result = generateAllowPolicy(
      analysisOf([yamlOf(...BASE, denyEgress('shop'))]),
      webToInternet,
    );
    expect(result.policies[0]?.spec.egress).toEqual([
      {
        to: [
          {
            ipBlock: {
              cidr: '0.0.0.0/0',
              except: [
                '10.0.0.0/8',
                '172.16.0.0/12',
                '192.168.0.0/16',
                '100.64.0.0/10',
                '169.254.0.0/16',
              ],
            },
          },
        ],
        ports: [{ protocol: 'TCP', port: 443 }],
      },
      {
        ports: [
          { protocol: 'UDP', port: 53 },
          { protocol: 'TCP', port: 53 },
        ],
      },
    ]);
  });

  it('adds ::/0 minus fc00::/7 and fe80::/10 when the workspace has IPv6 pods', () => {
    const v6 = pod('shop', 'web6', { labels: { app: 'web6' }, ip: ['10.0.0.6', 'fd00::6'] });
    const result = generateAllowPolicy(
      analysisOf([yamlOf(...BASE, v6, denyEgress('shop'))]),
      webToInternet,
      { includeDns: false },
    );
    expect(result.policies[0]?.spec.egress?.[0]?.to).toContainEqual({
      ipBlock: { cidr: '::/0', except: ['fc00::/7', 'fe80::/10'] },
    });
  });

  it('aims the DNS rule at the cluster DNS pods when the workspace models them', () => {
    const dns = pod('kube-system', 'coredns', { labels: { 'k8s-app': 'kube-dns' } });
    const result = generateAllowPolicy(
      analysisOf([yamlOf(...BASE, dns, denyEgress('shop'))]),
      webToInternet,
    );
    expect(result.policies[0]?.spec.egress?.[1]).toEqual({
      to: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
          podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
        },
      ],
      ports: [
        { protocol: 'UDP', port: 53 },
        { protocol: 'TCP', port: 53 },
      ],
    });
  });

  it('allows the Internet from outside into a pod with an ingress rule', () => {
    const result = generateAllowPolicy(analysisOf([yamlOf(...BASE, denyIngress('payments'))]), {
      from: { kind: 'internet' },
      to: { kind: 'pod', id: 'payments/api' },
      port: 8443,
      protocol: 'TCP',
    });
    expect(result.status).toBe('generated');
    expect(result.policies[0]?.spec.ingress?.[0]?.from?.[0]?.ipBlock?.cidr).toBe('0.0.0.0/0');
  });
});

describe('placementOptions', () => {
  it('lists the policies that already select the target for the direction, with their reach', () => {
    const analysis = analysisOf([
      yamlOf(...BASE, denyIngress('payments'), WEB_ALLOWED, denyEgress('shop')),
    ]);
    expect(placementOptions(analysis, 'payments/api', 'ingress')).toEqual([
      { namespace: 'payments', name: 'deny-ingress', direction: 'ingress', selects: 1 },
      { namespace: 'payments', name: 'web-only', direction: 'ingress', selects: 1 },
    ]);
    expect(placementOptions(analysis, 'payments/api', 'egress')).toEqual([]);
  });
});
