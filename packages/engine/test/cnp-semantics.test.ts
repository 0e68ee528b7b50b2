// ClusterNetworkPolicy semantics the upstream conformance sample does not exercise: ties,
// Pass in Baseline, matchExpressions, empty selectors, IPv6 networks, protocol-only rules,
// named ports on egress, host-network pods, domainNames, and fail-closed peers.
import { describe, expect, it } from 'vitest';
import { analyze, computeMatrix, evaluateFlow } from '../src';
import type { Flow, FlowVerdict, Protocol } from '../src';
import { namespace, pod, policy, yamlOf } from './builders';

function cnp(name: string, spec: object): object {
  return {
    apiVersion: 'policy.networking.k8s.io/v1alpha2',
    kind: 'ClusterNetworkPolicy',
    metadata: { name },
    spec,
  };
}

function node(name: string, labels: Record<string, string>, ip: string): object {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels },
    status: { addresses: [{ type: 'InternalIP', address: ip }] },
  };
}

const base = [
  namespace('a', { team: 'a' }),
  namespace('b', { team: 'b', env: 'prod' }),
  pod('a', 'client', { labels: { role: 'client' }, ip: '10.0.1.1' }),
  pod('b', 'server', {
    labels: { role: 'server' },
    ip: ['10.0.2.1', 'fd00::2:1'],
    ports: [
      { name: 'web', containerPort: 8080 },
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
    ],
  }),
  pod('b', 'host', {
    labels: { role: 'host' },
    ip: '192.168.0.10',
    hostNetwork: true,
    ports: [{ name: 'web', containerPort: 9100 }],
  }),
  node('n1', { zone: 'z1' }, '192.168.0.10'),
];

function verdictOf(
  objects: object[],
  from: string,
  to: string,
  port: number | string = 80,
  protocol: Protocol = 'TCP',
): FlowVerdict {
  const analysis = analyze([{ file: 'w.yaml', text: yamlOf(...base, ...objects) }]);
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const end = (text: string): Flow['from'] =>
    text.includes('/') ? { kind: 'pod', id: text } : { kind: 'ip', ip: text };
  return evaluateFlow(analysis.model, { from: end(from), to: end(to), port, protocol });
}

const toServer = (action: string, extra: object = {}) => ({
  action,
  to: [
    {
      pods: {
        namespaceSelector: { matchLabels: { team: 'b' } },
        podSelector: { matchLabels: { role: 'server' } },
      },
    },
  ],
  ...extra,
});
const clientSubject = { pods: { podSelector: { matchLabels: { role: 'client' } } } };

describe('ties', () => {
  it('two Admin policies at one priority with different actions make the verdict ambiguous', () => {
    const v = verdictOf(
      [
        cnp('alpha', {
          tier: 'Admin',
          priority: 3,
          subject: { namespaces: {} },
          egress: [toServer('Accept')],
        }),
        cnp('beta', {
          tier: 'Admin',
          priority: 3,
          subject: clientSubject,
          egress: [toServer('Deny')],
        }),
      ],
      'a/client',
      'b/server',
    );
    expect(v.verdict).toBe('ambiguous');
    expect(v.allowed).toBeNull();
    expect(v.egress.tiers?.at(-1)).toMatchObject({
      tier: 'Admin',
      outcome: 'ambiguous',
      rules: [{ policy: { name: 'alpha' } }, { policy: { name: 'beta' } }],
    });
  });

  it('the same action at one priority is not a tie, and a lower priority number wins', () => {
    const same = verdictOf(
      [
        cnp('alpha', {
          tier: 'Admin',
          priority: 3,
          subject: { namespaces: {} },
          egress: [toServer('Deny')],
        }),
        cnp('beta', {
          tier: 'Admin',
          priority: 3,
          subject: clientSubject,
          egress: [toServer('Deny')],
        }),
      ],
      'a/client',
      'b/server',
    );
    expect(same.verdict).toBe('denied');
    const ordered = verdictOf(
      [
        cnp('alpha', {
          tier: 'Admin',
          priority: 4,
          subject: { namespaces: {} },
          egress: [toServer('Deny')],
        }),
        cnp('beta', {
          tier: 'Admin',
          priority: 3,
          subject: clientSubject,
          egress: [toServer('Accept')],
        }),
      ],
      'a/client',
      'b/server',
    );
    expect(ordered.verdict).toBe('allowed');
    expect(ordered.egress.tiers?.[0]).toMatchObject({
      outcome: 'Accept',
      rule: { policy: { name: 'beta' } },
    });
  });

  it('an Admin rule at priority 1000 still beats a Baseline rule at 0', () => {
    const v = verdictOf(
      [
        cnp('admin', {
          tier: 'Admin',
          priority: 1000,
          subject: { namespaces: {} },
          egress: [toServer('Accept')],
        }),
        cnp('base', {
          tier: 'Baseline',
          priority: 0,
          subject: { namespaces: {} },
          egress: [toServer('Deny')],
        }),
      ],
      'a/client',
      'b/server',
    );
    expect(v.verdict).toBe('allowed');
  });
});

describe('Pass', () => {
  it('Pass in Baseline skips the remaining Baseline rules and reaches the default allow', () => {
    const v = verdictOf(
      [
        cnp('pass', {
          tier: 'Baseline',
          priority: 1,
          subject: { namespaces: {} },
          egress: [toServer('Pass')],
        }),
        cnp('deny', {
          tier: 'Baseline',
          priority: 2,
          subject: { namespaces: {} },
          egress: [toServer('Deny')],
        }),
      ],
      'a/client',
      'b/server',
    );
    expect(v.verdict).toBe('allowed');
    expect(v.egress.tiers?.map((s) => `${s.tier}:${s.outcome}`)).toEqual([
      'Admin:no-match',
      'NetworkPolicy:not-isolated',
      'Baseline:Pass',
      'default:allowed',
    ]);
  });

  it('Pass in Admin skips every other Admin rule, and an isolating NetworkPolicy then decides', () => {
    const v = verdictOf(
      [
        cnp('pass', {
          tier: 'Admin',
          priority: 1,
          subject: { namespaces: {} },
          egress: [toServer('Pass')],
        }),
        cnp('accept', {
          tier: 'Admin',
          priority: 2,
          subject: { namespaces: {} },
          egress: [toServer('Accept')],
        }),
        cnp('base', {
          tier: 'Baseline',
          priority: 1,
          subject: { namespaces: {} },
          egress: [toServer('Accept')],
        }),
        policy('a', 'deny-egress', { podSelector: {}, policyTypes: ['Egress'] }),
      ],
      'a/client',
      'b/server',
    );
    expect(v.verdict).toBe('denied');
    expect(v.egress.tiers?.map((s) => `${s.tier}:${s.outcome}`)).toEqual([
      'Admin:Pass',
      'NetworkPolicy:denied',
    ]);
  });

  it('an egress Accept does not decide the ingress at the destination', () => {
    const v = verdictOf(
      [
        cnp('out', {
          tier: 'Admin',
          priority: 1,
          subject: { namespaces: {} },
          egress: [toServer('Accept')],
        }),
        cnp('in', {
          tier: 'Admin',
          priority: 2,
          subject: { namespaces: { matchLabels: { team: 'b' } } },
          ingress: [{ action: 'Deny', from: [{ namespaces: {} }] }],
        }),
      ],
      'a/client',
      'b/server',
    );
    expect(v.egress.verdict).toBe('allowed');
    expect(v.ingress.verdict).toBe('denied');
    expect(v.verdict).toBe('denied');
  });
});

describe('selectors', () => {
  it('matchExpressions select subjects and peers (In, NotIn, Exists, DoesNotExist)', () => {
    const deny = (expressions: object[]) =>
      cnp('d', {
        tier: 'Admin',
        priority: 1,
        subject: {
          namespaces: { matchExpressions: [{ key: 'team', operator: 'In', values: ['a'] }] },
        },
        egress: [{ action: 'Deny', to: [{ namespaces: { matchExpressions: expressions } }] }],
      });
    expect(
      verdictOf([deny([{ key: 'env', operator: 'Exists' }])], 'a/client', 'b/server').verdict,
    ).toBe('denied');
    expect(
      verdictOf([deny([{ key: 'env', operator: 'DoesNotExist' }])], 'a/client', 'b/server').verdict,
    ).toBe('allowed');
    expect(
      verdictOf(
        [deny([{ key: 'env', operator: 'NotIn', values: ['prod'] }])],
        'a/client',
        'b/server',
      ).verdict,
    ).toBe('allowed');
    expect(
      verdictOf(
        [deny([{ key: 'team', operator: 'In', values: ['b', 'c'] }])],
        'a/client',
        'b/server',
      ).verdict,
    ).toBe('denied');
  });

  it('empty selectors select everything: namespaces {}, pods without namespaceSelector, nodes {}', () => {
    const emptyPods = cnp('pods-all', {
      tier: 'Admin',
      priority: 1,
      subject: { pods: { podSelector: {} } },
      egress: [{ action: 'Deny', to: [{ pods: { podSelector: {} } }] }],
    });
    expect(verdictOf([emptyPods], 'a/client', 'b/server').verdict).toBe('denied');
    const allNodes = cnp('nodes-all', {
      tier: 'Admin',
      priority: 1,
      subject: { namespaces: {} },
      egress: [{ action: 'Deny', to: [{ nodes: {} }] }],
    });
    expect(verdictOf([allNodes], 'a/client', 'b/host', 9100).verdict).toBe('denied');
    expect(verdictOf([allNodes], 'a/client', 'b/server').verdict).toBe('allowed');
  });
});

describe('peers and protocols', () => {
  it('IPv6 networks match a pod by its IPv6 address, and an IPv4 CIDR does not', () => {
    const deny = (cidr: string) =>
      cnp('v6', {
        tier: 'Admin',
        priority: 1,
        subject: { namespaces: {} },
        egress: [{ action: 'Deny', to: [{ networks: [cidr] }] }],
      });
    expect(verdictOf([deny('fd00::/16')], 'a/client', 'b/server').verdict).toBe('denied');
    expect(verdictOf([deny('fd00::/16')], 'a/client', 'fd00::99').verdict).toBe('denied');
    expect(verdictOf([deny('2001:db8::/32')], 'a/client', 'b/server').verdict).toBe('allowed');
    expect(verdictOf([deny('10.0.3.0/24')], 'a/client', 'b/server').verdict).toBe('allowed');
  });

  it('a protocol-only rule (range 1-65535) matches every port of its protocol and no other protocol', () => {
    const rule = cnp('udp', {
      tier: 'Admin',
      priority: 1,
      subject: { namespaces: {} },
      egress: [
        toServer('Deny', {
          protocols: [{ udp: { destinationPort: { range: { start: 1, end: 65535 } } } }],
        }),
      ],
    });
    expect(verdictOf([rule], 'a/client', 'b/server', 5353, 'UDP').verdict).toBe('denied');
    expect(verdictOf([rule], 'a/client', 'b/server', 5353, 'TCP').verdict).toBe('allowed');
    const noProtocols = cnp('any', {
      tier: 'Admin',
      priority: 1,
      subject: { namespaces: {} },
      egress: [toServer('Deny')],
    });
    expect(verdictOf([noProtocols], 'a/client', 'b/server', 9003, 'SCTP').verdict).toBe('denied');
  });

  it('a named port on egress resolves on the destination pod: name, number and protocol', () => {
    const rule = cnp('named', {
      tier: 'Admin',
      priority: 1,
      subject: { namespaces: {} },
      egress: [toServer('Deny', { protocols: [{ destinationNamedPort: 'dns' }] })],
    });
    expect(verdictOf([rule], 'a/client', 'b/server', 53, 'UDP').verdict).toBe('denied');
    expect(verdictOf([rule], 'a/client', 'b/server', 'dns', 'UDP').verdict).toBe('denied');
    expect(verdictOf([rule], 'a/client', 'b/server', 53, 'TCP').verdict).toBe('allowed');
    expect(verdictOf([rule], 'a/client', 'b/server', 8080, 'TCP').verdict).toBe('allowed');
  });

  it('host-network pods are never subjects nor namespaces/pods peers, but nodes and networks reach them', () => {
    const everything = cnp('all', {
      tier: 'Admin',
      priority: 1,
      subject: { namespaces: {} },
      egress: [{ action: 'Deny', to: [{ namespaces: {} }] }],
      ingress: [{ action: 'Deny', from: [{ namespaces: {} }] }],
    });
    expect(verdictOf([everything], 'b/host', 'a/client').egress.tiers).toEqual([
      { tier: 'none', outcome: 'not-subject' },
    ]);
    expect(verdictOf([everything], 'a/client', 'b/host', 9100).egress.verdict).toBe('allowed');
    const byNode = cnp('node', {
      tier: 'Admin',
      priority: 1,
      subject: { namespaces: {} },
      egress: [{ action: 'Deny', to: [{ nodes: { matchLabels: { zone: 'z1' } } }] }],
    });
    expect(verdictOf([byNode], 'a/client', 'b/host', 9100).verdict).toBe('denied');
    const byNetwork = cnp('net', {
      tier: 'Admin',
      priority: 1,
      subject: { namespaces: {} },
      egress: [{ action: 'Deny', to: [{ networks: ['192.168.0.0/24'] }] }],
    });
    expect(verdictOf([byNetwork], 'a/client', 'b/host', 9100).verdict).toBe('denied');
  });

  it('ingress rules never match traffic from a host-network pod or an outside address', () => {
    const rule = cnp('in', {
      tier: 'Admin',
      priority: 1,
      subject: { namespaces: { matchLabels: { team: 'b' } } },
      ingress: [{ action: 'Deny', from: [{ namespaces: {} }] }],
    });
    expect(verdictOf([rule], 'b/host', 'b/server').verdict).toBe('allowed');
    expect(verdictOf([rule], '203.0.113.5', 'b/server').verdict).toBe('allowed');
    expect(verdictOf([rule], 'a/client', 'b/server').verdict).toBe('denied');
  });
});

describe('domainNames', () => {
  const accept = cnp('dns', {
    tier: 'Admin',
    priority: 1,
    subject: { namespaces: {} },
    egress: [{ action: 'Accept', to: [{ domainNames: ['*.example.com'] }] }],
  });
  const denyAll = cnp('deny', {
    tier: 'Baseline',
    priority: 1,
    subject: { namespaces: {} },
    egress: [{ action: 'Deny', to: [{ networks: ['0.0.0.0/0'] }] }],
  });

  it('a flow to an outside address that the rule would decide is unknown, and says which rule', () => {
    const v = verdictOf([accept, denyAll], 'a/client', '203.0.113.7', 443);
    expect(v.verdict).toBe('unknown');
    expect(v.allowed).toBeNull();
    expect(v.egress.tiers?.at(-1)).toMatchObject({
      tier: 'Admin',
      outcome: 'unknown',
      rule: { policy: { name: 'dns' }, peerIndex: 0 },
    });
  });

  it('is decided when both answers agree, and never touches pod-to-pod or pod-to-node flows', () => {
    expect(verdictOf([accept], 'a/client', '203.0.113.7', 443).verdict).toBe('allowed');
    expect(verdictOf([accept, denyAll], 'a/client', 'b/server').verdict).toBe('denied');
    expect(verdictOf([accept, denyAll], 'a/client', '192.168.0.10', 9100).verdict).toBe('denied');
  });

  it('the matrix writes null and lists the pair, only where unknown', () => {
    const analysis = analyze([{ file: 'w.yaml', text: yamlOf(...base, accept, denyAll) }]);
    const matrix = computeMatrix(analysis.model, { port: 80 });
    expect(matrix.uncertain ?? []).toEqual([]);
    expect(matrix.allowed.flat().every((cell) => cell !== null)).toBe(true);
  });
});

describe('ambiguity in the matrix', () => {
  it('a tied pair is null with the tier step that says why', () => {
    const analysis = analyze([
      {
        file: 'w.yaml',
        text: yamlOf(
          ...base,
          cnp('alpha', {
            tier: 'Admin',
            priority: 3,
            subject: { namespaces: {} },
            egress: [toServer('Accept')],
          }),
          cnp('beta', {
            tier: 'Admin',
            priority: 3,
            subject: clientSubject,
            egress: [toServer('Deny')],
          }),
        ),
      },
    ]);
    const matrix = computeMatrix(analysis.model, { port: 80 });
    const client = matrix.pods.indexOf('a/client');
    const server = matrix.pods.indexOf('b/server');
    expect(matrix.allowed[client]?.[server]).toBeNull();
    expect(matrix.uncertain).toMatchObject([
      {
        from: client,
        to: server,
        verdict: 'ambiguous',
        direction: 'egress',
        step: { outcome: 'ambiguous' },
      },
    ]);
    const anyPort = computeMatrix(analysis.model);
    expect(anyPort.allowed[client]?.[server]).toBeNull();
    expect(anyPort.allowed[server]?.[client]).toBe(true);
  });
});
