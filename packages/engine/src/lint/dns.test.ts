import { describe, expect, it } from 'vitest';
import { codes, pod, pointed } from './testKit';
import { applyEdits } from './edits';
import { lintYaml } from './testKit';

const DNS = pod(
  'kube-system',
  'coredns',
  'k8s-app: kube-dns',
  ', ports: [{containerPort: 53, protocol: UDP, name: dns}]',
);
const APP = pod('shop', 'web', 'app: web');

const egressOnly = (rules: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web-egress
  namespace: shop
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
${rules}`;

const TO_DNS = `  - to:
    - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
    ports:
    - port: 53
      protocol: UDP
`;

describe('NPL001 DNS blocked', () => {
  it('fires at metadata.name when an egress-isolated pod cannot reach kube-dns on UDP 53', () => {
    const text =
      DNS +
      APP +
      egressOnly(`  - to: [{podSelector: {matchLabels: {app: db}}}]\n    ports: [{port: 5432}]\n`);
    const [finding, ...rest] = codes(text, 'NPL001');
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('warning');
    expect(finding?.path).toBe('metadata.name');
    expect(pointed(text, finding!)).toBe('web-egress');
    expect(finding?.message).toContain('shop/web');
  });

  it('does not fire when a rule allows UDP 53 to the DNS pods', () => {
    expect(codes(DNS + APP + egressOnly(TO_DNS), 'NPL001')).toEqual([]);
  });

  it('still fires when only TCP 53 reaches DNS (UDP is what lookups use)', () => {
    const tcpOnly = TO_DNS.replace('UDP', 'TCP');
    expect(codes(DNS + APP + egressOnly(tcpOnly), 'NPL001')).toHaveLength(1);
  });

  it('without DNS pods, any rule admitting UDP 53 to some peer counts', () => {
    const open = `  - ports: [{port: 53, protocol: UDP}]\n`;
    expect(codes(APP + egressOnly(open), 'NPL001')).toEqual([]);
    expect(codes(APP + egressOnly(`  - ports: [{port: 443}]\n`), 'NPL001')).toHaveLength(1);
  });

  it('ignores ingress-only policies', () => {
    const text =
      DNS + APP + egressOnly('').replace('[Egress]', '[Ingress]').replace('  egress:\n', '');
    expect(codes(text, 'NPL001')).toEqual([]);
  });
});

describe('NPL011 DNS over UDP only', () => {
  it('fires at the first line of the rule allowing UDP 53 without TCP 53, with a fix adding TCP 53', () => {
    const text = DNS + APP + egressOnly(TO_DNS);
    const [finding, ...rest] = codes(text, 'NPL011');
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('info');
    expect(pointed(text, finding!)).toBe('to:');
    const fixed = applyEdits(text, finding!.fix!.edits);
    expect(fixed).toContain('      protocol: UDP\n    - {port: 53, protocol: TCP}\n');
    expect(codes(fixed, 'NPL011')).toEqual([]);
    expect(lintYaml(fixed).filter((f) => f.code === 'NPL001')).toEqual([]);
  });

  it('does not fire when TCP 53 is allowed too', () => {
    const both = TO_DNS + '    - port: 53\n      protocol: TCP\n';
    expect(codes(DNS + APP + egressOnly(both), 'NPL011')).toEqual([]);
  });
});
