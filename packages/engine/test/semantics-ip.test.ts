// ipBlock semantics: pod IPs and external addresses, except, IPv4 and IPv6.
import { describe, expect, it } from 'vitest';
import { evaluateFlow, formatPortSet, allowedPorts } from '../src/evaluate';
import type { PolicyModel } from '../src/evaluate';
import { namespace, pod, policy, yamlOf } from './builders';
import { modelFromYaml } from './pipeline';

function allowed(model: PolicyModel, from: string, to: string): boolean | null {
  const endpoint = (text: string) =>
    text.includes('/') ? { kind: 'pod' as const, id: text } : { kind: 'ip' as const, ip: text };
  return evaluateFlow(model, { from: endpoint(from), to: endpoint(to), port: 443, protocol: 'TCP' })
    .allowed;
}

const cluster = [
  namespace('ns'),
  pod('ns', 'api', { labels: { app: 'api' }, ip: ['10.0.1.5', 'fd00::1:5'] }),
  pod('ns', 'worker', { labels: { app: 'worker' }, ip: '10.0.2.7' }),
  pod('ns', 'noip', { labels: { app: 'noip' } }),
  pod('ns', 'v6only', { labels: { app: 'v6' }, ip: 'fd00::2:9' }),
];

describe('ipBlock', () => {
  it('ingress ipBlock admits external addresses inside the CIDR and not in except', () => {
    const model = modelFromYaml(
      yamlOf(
        ...cluster,
        policy('ns', 'p', {
          podSelector: { matchLabels: { app: 'api' } },
          ingress: [
            { from: [{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } }] },
          ],
        }),
      ),
    );
    expect(allowed(model, '203.0.113.9', 'ns/api')).toBe(true);
    expect(allowed(model, '203.0.113.200', 'ns/api')).toBe(false);
    expect(allowed(model, '198.51.100.1', 'ns/api')).toBe(false);
    expect(allowed(model, 'ns/worker', 'ns/api')).toBe(false);
  });

  it('ipBlock matches pods by their known IPs; a pod without a known IP never matches', () => {
    const model = modelFromYaml(
      yamlOf(
        ...cluster,
        policy('ns', 'p', {
          podSelector: { matchLabels: { app: 'api' } },
          ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.0.3.0/24'] } }] }],
        }),
      ),
    );
    expect(allowed(model, 'ns/worker', 'ns/api')).toBe(true);
    expect(allowed(model, 'ns/noip', 'ns/api')).toBe(false);
    expect(allowed(model, '10.0.3.3', 'ns/api')).toBe(false);
    expect(allowed(model, '10.200.0.1', 'ns/api')).toBe(true);
  });

  it('IPv6 CIDRs and except blocks', () => {
    const model = modelFromYaml(
      yamlOf(
        ...cluster,
        policy('ns', 'p', {
          podSelector: { matchLabels: { app: 'api' } },
          ingress: [{ from: [{ ipBlock: { cidr: 'fd00::/16', except: ['fd00::2:0/112'] } }] }],
        }),
      ),
    );
    expect(allowed(model, 'fd00::abcd', 'ns/api')).toBe(true);
    expect(allowed(model, 'ns/v6only', 'ns/api')).toBe(false); // fd00::2:9 is in the except block
    expect(allowed(model, 'ns/worker', 'ns/api')).toBe(false); // IPv4 only: other family
    expect(allowed(model, '2001:db8::1', 'ns/api')).toBe(false);
  });

  it('an IPv4 CIDR with host bits set matches as its network (Go masks them)', () => {
    const model = modelFromYaml(
      yamlOf(
        ...cluster,
        policy('ns', 'p', {
          podSelector: { matchLabels: { app: 'api' } },
          ingress: [{ from: [{ ipBlock: { cidr: '10.0.2.99/24' } }] }],
        }),
      ),
    );
    expect(allowed(model, 'ns/worker', 'ns/api')).toBe(true);
  });

  it('egress ipBlock limits destinations, pods and external alike', () => {
    const model = modelFromYaml(
      yamlOf(
        ...cluster,
        policy('ns', 'e', {
          podSelector: { matchLabels: { app: 'worker' } },
          policyTypes: ['Egress'],
          egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] }],
        }),
      ),
    );
    expect(allowed(model, 'ns/worker', '93.184.216.34')).toBe(true);
    expect(allowed(model, 'ns/worker', '10.9.9.9')).toBe(false);
    expect(allowed(model, 'ns/worker', 'ns/api')).toBe(false);
    expect(formatPortSet(allowedPorts(model, 'ns/worker', '93.184.216.34'))).toEqual(['all']);
  });

  it('an external address is never isolated, whatever the policies', () => {
    const model = modelFromYaml(
      yamlOf(
        ...cluster,
        policy('ns', 'deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
      ),
    );
    const verdict = evaluateFlow(model, {
      from: { kind: 'ip', ip: '198.51.100.1' },
      to: { kind: 'ip', ip: '198.51.100.2' },
      port: 80,
      protocol: 'TCP',
    });
    expect(verdict.allowed).toBe(true);
    expect(verdict.egress.isolated).toBe(false);
    expect(verdict.ingress.isolated).toBe(false);
    expect(allowed(model, '198.51.100.1', 'ns/api')).toBe(false);
  });

  it('a flow addressed to a pod IP is a flow to that pod', () => {
    const model = modelFromYaml(
      yamlOf(
        ...cluster,
        policy('ns', 'deny', {
          podSelector: { matchLabels: { app: 'api' } },
          policyTypes: ['Ingress'],
        }),
      ),
    );
    expect(allowed(model, 'ns/worker', '10.0.1.5')).toBe(false);
    expect(allowed(model, 'ns/worker', '10.0.1.6')).toBe(true);
  });
});
