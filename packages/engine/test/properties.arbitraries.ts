// fast-check arbitraries for random clusters and policies. Small label alphabets, ports
// and CIDRs so that selectors, ipBlocks and named ports match often.
import fc from 'fast-check';
import { namespace, pod, policy } from './builders';

const KEYS = ['app', 'tier', 'env'];
const VALUES = ['a', 'b', 'c'];
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
export const SAMPLE_PORTS = [1, 53, 54, 79, 80, 85, 86, 90, 443, 8080, 9000, 65535];
export const POD_IPS = [
  '10.0.0.1',
  '10.0.0.2',
  '10.0.1.1',
  '10.1.0.1',
  '192.168.1.1',
  'fd00::1',
  'fd00::1:1',
];
const CIDRS = [
  '10.0.0.0/8',
  '10.0.0.0/16',
  '10.0.0.0/24',
  '10.0.1.0/24',
  '0.0.0.0/0',
  'fd00::/16',
  'fd00::/112',
  '192.168.0.0/16',
];
const EXCEPTS: Record<string, string[]> = {
  '10.0.0.0/8': ['10.1.0.0/16', '10.0.0.0/24'],
  '10.0.0.0/16': ['10.0.1.0/24', '10.0.0.2/32'],
  '0.0.0.0/0': ['10.0.0.0/8', '192.168.1.1/32'],
  'fd00::/16': ['fd00::1:0/112'],
};
const NAMESPACES = ['x', 'y', 'z'];

export const labels = fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), {
  maxKeys: 2,
});

const requirement = fc.oneof(
  fc.record({
    key: fc.constantFrom(...KEYS),
    operator: fc.constantFrom('In', 'NotIn'),
    values: fc.uniqueArray(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({ key: fc.constantFrom(...KEYS), operator: fc.constantFrom('Exists', 'DoesNotExist') }),
);

export const selector = fc.oneof(
  fc.constant({}),
  fc.record({ matchLabels: labels }),
  fc.record({ matchLabels: fc.constant(null) }),
  fc.record({ matchExpressions: fc.array(requirement, { minLength: 1, maxLength: 2 }) }),
  fc.record({ matchLabels: labels, matchExpressions: fc.array(requirement, { maxLength: 1 }) }),
);

const ipBlock = fc
  .constantFrom(...CIDRS)
  .chain((cidr) =>
    fc
      .record({ cidr: fc.constant(cidr), except: fc.subarray(EXCEPTS[cidr] ?? []) })
      .map((b) => (b.except.length === 0 ? { cidr } : b)),
  );

const peer = fc.oneof(
  fc.record({ podSelector: selector }),
  fc.record({ namespaceSelector: selector }),
  fc.record({ podSelector: selector, namespaceSelector: selector }),
  fc.record({ ipBlock }),
);

const port = fc.oneof(
  fc.record({ port: fc.constantFrom(53, 80, 443, 8080) }, { requiredKeys: [] }),
  fc.record({ port: fc.constantFrom(80, 50), endPort: fc.constantFrom(85, 90, 60) }),
  fc.record({ port: fc.constantFrom('http', 'dns', 'metrics') }),
);
const portWithProtocol = fc
  .tuple(port, fc.option(fc.constantFrom(...PROTOCOLS), { nil: undefined }))
  .map(([p, protocol]) => (protocol === undefined ? p : { ...p, protocol }));

const rule = (peersKey: 'from' | 'to') =>
  fc.record(
    {
      [peersKey]: fc.array(peer, { maxLength: 3 }),
      ports: fc.array(portWithProtocol, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );

const rules = (peersKey: 'from' | 'to') =>
  fc.option(fc.array(rule(peersKey), { maxLength: 3 }), { nil: undefined });

const policyTypes = fc.option(fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress'], []), {
  nil: undefined,
});

const policyObject = fc.record({
  ns: fc.constantFrom(...NAMESPACES),
  podSelector: selector,
  ingress: rules('from'),
  egress: rules('to'),
  policyTypes,
});

const containerPort = fc.record({
  name: fc.constantFrom('http', 'dns', 'metrics', ''),
  containerPort: fc.constantFrom(53, 80, 85, 8080, 9000),
  protocol: fc.constantFrom(...PROTOCOLS),
});

const podObject = fc.record({
  ns: fc.constantFrom(...NAMESPACES),
  labels,
  ip: fc.option(fc.constantFrom(...POD_IPS), { nil: undefined }),
  // Port names are unique within a pod (the apiserver enforces it): keep the first of each.
  ports: fc
    .array(containerPort, { maxLength: 3 })
    .map((ports) =>
      ports.filter((p, i) => p.name === '' || ports.findIndex((q) => q.name === p.name) === i),
    ),
  hostNetwork: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

/** A random cluster with policies, as the objects a YAML file would hold. */
export const clusterWithPolicies = fc
  .record({
    namespaceLabels: fc.tuple(labels, labels, labels),
    pods: fc.array(podObject, { minLength: 1, maxLength: 7 }),
    policies: fc.array(policyObject, { maxLength: 5 }),
  })
  .map(({ namespaceLabels, pods, policies }) => [
    ...NAMESPACES.map((name, i) => namespace(name, namespaceLabels[i])),
    ...pods.map((p, i) =>
      pod(p.ns, `p${i}`, {
        labels: p.labels,
        ...(p.ip ? { ip: p.ip } : {}),
        ports: p.ports.map((c) =>
          c.name === '' ? { containerPort: c.containerPort, protocol: c.protocol } : c,
        ),
        hostNetwork: p.hostNetwork,
      }),
    ),
    ...policies.map((p, i) =>
      policy(p.ns, `np${i}`, {
        podSelector: p.podSelector,
        ...(p.ingress === undefined ? {} : { ingress: p.ingress }),
        ...(p.egress === undefined ? {} : { egress: p.egress }),
        ...(p.policyTypes === undefined ? {} : { policyTypes: p.policyTypes }),
      }),
    ),
  ]);
