// ClusterNetworkPolicy validated as the v1alpha2 CRD does, and an invalid one is not in force.
import { describe, expect, it } from 'vitest';
import { analyze, evaluateFlow, parseCidrStrict } from '../src';
import type { Diagnostic } from '../src';
import { namespace, pod, yamlOf } from './builders';

const API = 'policy.networking.k8s.io/v1alpha2';
const good = {
  tier: 'Admin',
  priority: 10,
  subject: { namespaces: {} },
  egress: [{ action: 'Deny', to: [{ namespaces: { matchLabels: { team: 'b' } } }] }],
};

function diagnosticsOf(spec: object, apiVersion = API): Diagnostic[] {
  const object = { apiVersion, kind: 'ClusterNetworkPolicy', metadata: { name: 'p' }, spec };
  return analyze([{ file: 'p.yaml', text: yamlOf(object) }]).diagnostics.filter(
    (d) => d.code !== 'POLICY_NOT_ENFORCED',
  );
}

const found = (spec: object) =>
  diagnosticsOf(spec).map((d) => `${d.severity} ${d.path}: ${d.message}`);

describe('ClusterNetworkPolicy validation', () => {
  it('accepts a valid policy without any diagnostic', () => {
    expect(found(good)).toEqual([]);
  });

  it('requires tier, priority and subject; tier is an enum; priority is 0..1000', () => {
    expect(found({ ...good, tier: undefined, priority: undefined, subject: undefined })).toEqual([
      'error spec.tier: Required value',
      'error spec.priority: Required value',
      'error spec.subject: Required value',
    ]);
    expect(found({ ...good, tier: 'Developer' })).toEqual([
      'error spec.tier: Unsupported value: "Developer": supported values: "Admin", "Baseline"',
    ]);
    expect(found({ ...good, priority: 1001 })).toEqual([
      'error spec.priority: Invalid value: 1001: spec.priority in body should be less than or equal to 1000',
    ]);
    expect(found({ ...good, priority: -1 })).toEqual([
      'error spec.priority: Invalid value: -1: spec.priority in body should be greater than or equal to 0',
    ]);
    expect(found({ ...good, priority: 0 })).toEqual([]);
  });

  it('subject, peers and protocols are one-of', () => {
    expect(found({ ...good, subject: { namespaces: {}, pods: { podSelector: {} } } })).toEqual([
      'error spec.subject: Invalid value: 2: spec.subject in body should have at most 1 properties',
    ]);
    expect(found({ ...good, subject: { pods: {} } })).toEqual([
      'error spec.subject.pods.podSelector: Required value',
    ]);
    const peer = { namespaces: {}, networks: ['10.0.0.0/8'] };
    expect(found({ ...good, egress: [{ action: 'Deny', to: [peer] }] })).toEqual([
      'error spec.egress[0].to[0]: Invalid value: 2: spec.egress[0].to[0] in body should have at most 1 properties',
    ]);
    const both = {
      tcp: { destinationPort: { number: 80 } },
      udp: { destinationPort: { number: 53 } },
    };
    expect(found({ ...good, egress: [{ ...good.egress[0], protocols: [both] }] })).toEqual([
      'error spec.egress[0].protocols[0]: Invalid value: 2: spec.egress[0].protocols[0] in body should have at most 1 properties',
    ]);
  });

  it('rejects Allow with a hint to Accept', () => {
    const [d] = diagnosticsOf({ ...good, egress: [{ ...good.egress[0], action: 'Allow' }] });
    expect(d).toMatchObject({
      severity: 'error',
      path: 'spec.egress[0].action',
      message: 'Unsupported value: "Allow": supported values: "Accept", "Deny", "Pass"',
      hint: expect.stringContaining('Accept'),
    });
  });

  it('allows at most 25 rules and peers, and at least one peer', () => {
    const rule = good.egress[0] as object;
    expect(found({ ...good, egress: Array.from({ length: 26 }, () => rule) })).toEqual([
      'error spec.egress: Too many: 26: must have at most 25 items',
    ]);
    const peers = Array.from({ length: 26 }, () => ({ namespaces: {} }));
    expect(found({ ...good, egress: [{ action: 'Deny', to: peers }] })).toEqual([
      'error spec.egress[0].to: Too many: 26: must have at most 25 items',
    ]);
    expect(found({ ...good, egress: [{ action: 'Deny', to: [] }] })).toEqual([
      'error spec.egress[0].to: Invalid value: 0: spec.egress[0].to in body should have at least 1 items',
    ]);
  });

  it('ingress peers are namespaces or pods only', () => {
    expect(
      found({
        ...good,
        egress: undefined,
        ingress: [{ action: 'Deny', from: [{ networks: ['10.0.0.0/8'] }] }],
      }),
    ).toEqual([
      'error spec.ingress[0].from[0].networks: unknown field "spec.ingress[0].from[0].networks"',
      'error spec.ingress[0].from[0]: Invalid value: 0: spec.ingress[0].from[0] in body should have at least 1 properties',
    ]);
  });

  it('checks networks with the strict isCIDR of CEL', () => {
    const networks = (cidr: string) =>
      found({ ...good, egress: [{ action: 'Deny', to: [{ networks: [cidr] }] }] });
    expect(networks('10.0.0.0/8')).toEqual([]);
    expect(networks('10.0.0.1/8')).toEqual([]); // host bits are allowed by isCIDR
    expect(networks('2001:db8::/32')).toEqual([]);
    for (const bad of [
      '010.0.0.0/8',
      '10.0.0.0/08',
      '::ffff:10.0.0.0/104',
      '10.0.0.0',
      '10.0.0.0/33',
    ])
      expect(networks(bad), bad).toEqual([
        expect.stringMatching(/^error spec\.egress\[0\]\.to\[0\]\.networks\[0\]: Invalid value/),
      ]);
    expect(parseCidrStrict('010.0.0.0/8')).toBeUndefined();
    expect(parseCidrStrict('10.0.0.0/8')?.prefixLength).toBe(8);
  });

  it('checks ports: number 1..65535, range start < end, tcp: {} rejected', () => {
    const protocols = (p: object) =>
      found({ ...good, egress: [{ ...good.egress[0], protocols: [p] }] });
    expect(protocols({ tcp: { destinationPort: { number: 0 } } })).toEqual([
      'error spec.egress[0].protocols[0].tcp.destinationPort.number: Invalid value: 0: spec.egress[0].protocols[0].tcp.destinationPort.number in body should be greater than or equal to 1',
    ]);
    expect(protocols({ udp: { destinationPort: { range: { start: 90, end: 80 } } } })).toEqual([
      'error spec.egress[0].protocols[0].udp.destinationPort.range: Invalid value: "object": start must be less than end',
    ]);
    expect(protocols({ tcp: {} })).toEqual([
      'error spec.egress[0].protocols[0].tcp: Invalid value: 0: spec.egress[0].protocols[0].tcp in body should have at least 1 properties',
    ]);
    expect(protocols({ sctp: { destinationPort: { range: { start: 1, end: 65535 } } } })).toEqual(
      [],
    );
  });

  it('flags experimental-channel peers as information', () => {
    expect(found({ ...good, egress: [{ action: 'Deny', to: [{ nodes: {} }] }] })).toEqual([
      'info spec.egress[0].to[0].nodes: nodes peers exist only in the experimental-channel CRD',
    ]);
  });

  it("reports Antrea's crd.antrea.io ClusterNetworkPolicy as not evaluated, and v1alpha1 as not served", () => {
    expect(diagnosticsOf({ priority: 5 }, 'crd.antrea.io/v1beta1')).toMatchObject([
      { code: 'CNP_NOT_EVALUATED', severity: 'info', hint: expect.stringContaining('Antrea') },
    ]);
    expect(diagnosticsOf(good, 'policy.networking.k8s.io/v1alpha1')).toMatchObject([
      { code: 'API_NOT_SERVED', severity: 'error' },
    ]);
  });

  it('an invalid policy is not in force: it changes no verdict, and says so', () => {
    const cluster = [namespace('a'), namespace('b', { team: 'b' }), pod('a', 'c'), pod('b', 's')];
    const bad = {
      apiVersion: API,
      kind: 'ClusterNetworkPolicy',
      metadata: { name: 'bad' },
      spec: { ...good, priority: 5000 },
    };
    const analysis = analyze([{ file: 'w.yaml', text: yamlOf(...cluster, bad) }]);
    expect(analysis.clusterPolicies).toBeUndefined();
    expect(analysis.diagnostics.map((d) => d.code)).toContain('POLICY_NOT_ENFORCED');
    const flow = {
      from: { kind: 'pod', id: 'a/c' },
      to: { kind: 'pod', id: 'b/s' },
      port: 80,
      protocol: 'TCP',
    } as const;
    expect(evaluateFlow(analysis.model, flow).allowed).toBe(true);
  });
});
