// Issue 8's findings, one test each: what the engine says is what the cluster would do.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze';
import { evaluateFlow } from '../src/evaluate';
import type { Protocol } from '../src/model/k8s';

const NS_A = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: default\n';
const POD_A = `apiVersion: v1
kind: Pod
metadata:
  name: a
  namespace: default
spec:
  containers:
  - name: c
    ports:
    - containerPort: 80
      name: web
status:
  podIP: 10.0.0.5
`;
const egressTo = (peers: string, ports = '') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: out
  namespace: default
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to: ${peers}
${ports}`;

const analyzeText = (...docs: string[]) => analyze([{ file: 'f.yaml', text: docs.join('---\n') }]);
const codes = (text: string) => analyzeText(text).diagnostics.map((d) => `${d.severity} ${d.code}`);

function probe(docs: string[], to: string, port: number | string = 80, protocol: Protocol = 'TCP') {
  const analysis = analyzeText(NS_A, POD_A, ...docs);
  const target = to.includes('/')
    ? { kind: 'pod' as const, id: to }
    : { kind: 'ip' as const, ip: to };
  return evaluateFlow(analysis.model, {
    from: { kind: 'pod', id: 'default/a' },
    to: target,
    port,
    protocol,
  }).allowed;
}

describe('finding 1 and 9: CIDRs read as Kubernetes reads them', () => {
  it('010.0.0.0/8 is 10.0.0.0/8 (leading zeros are decimal), in validate and in compile', () => {
    expect(probe([egressTo('[{ipBlock: {cidr: 10.0.0.0/8}}]')], '10.1.2.3')).toBe(true);
    expect(probe([egressTo('[{ipBlock: {cidr: 010.0.0.0/8}}]')], '10.1.2.3')).toBe(true);
    expect(probe([egressTo('[{ipBlock: {cidr: 010.0.0.0/8}}]')], '11.1.2.3')).toBe(false);
  });

  it('an except with leading zeros keeps its ipBlock peer, and excepts what it says', () => {
    const policy = egressTo('[{ipBlock: {cidr: 10.0.0.0/8, except: ["010.000.000.000/24"]}}]');
    expect(probe([policy], '10.1.2.3')).toBe(true);
    expect(probe([policy], '10.0.0.9')).toBe(false);
  });

  it('an IPv4-mapped CIDR matches the IPv4 addresses it maps, and its hint proposes the IPv4 CIDR', () => {
    const policy = egressTo('[{ipBlock: {cidr: "::ffff:10.0.0.20/128"}}]');
    expect(probe([policy], '10.0.0.20')).toBe(true);
    expect(probe([policy], '10.0.0.21')).toBe(false);
    const warning = analyzeText(policy).diagnostics.find((d) => d.message.includes('non-standard'));
    expect(warning?.message).toContain('use "10.0.0.20/32"');
  });

  it('pod IPs are read with the same parser; one that cannot be read gets a warning', () => {
    const pod = POD_A.replace('podIP: 10.0.0.5', 'podIP: 010.000.000.005').replace(
      'name: a',
      'name: b',
    );
    const analysis = analyzeText(NS_A, pod);
    expect(analysis.cluster.pods[0]?.ips).toEqual(['010.000.000.005']);
    const deny = egressTo('[{ipBlock: {cidr: 10.0.0.5/32}}]');
    expect(probe([pod, deny], 'default/b')).toBe(true);
    const bad = analyzeText(NS_A, POD_A.replace('10.0.0.5', '999.1.1.1')).diagnostics;
    expect(bad.map((d) => [d.code, d.severity, d.path, d.range?.startLine])).toEqual([
      ['POD_IP_INVALID', 'warning', 'status.podIP', 18], // line 13 of the Pod, after the Namespace
    ]);
  });
});

describe('finding 9: the rest of the silent weakenings', () => {
  it('ports: [null] is the item {}: every TCP port, no other protocol', () => {
    const policy = egressTo('[]', '    ports: [null]\n');
    expect(codes(policy).filter((c) => c.startsWith('error'))).toEqual([]);
    expect(probe([policy], '8.8.8.8', 443)).toBe(true);
    expect(probe([policy], '8.8.8.8', 53, 'UDP')).toBe(false);
  });

  it('two NetworkPolicies with one namespace/name: the last one is in force, and it says so', () => {
    const allowAll = egressTo('[]');
    const allowNone = egressTo('[{ipBlock: {cidr: 192.168.0.0/16}}]');
    const analysis = analyzeText(allowAll, allowNone);
    expect(analysis.policies).toHaveLength(1);
    expect(probe([allowAll, allowNone], '8.8.8.8')).toBe(false);
    expect(probe([allowNone, allowAll], '8.8.8.8')).toBe(true);
    const superseded = analysis.diagnostics.filter((d) => d.code === 'POLICY_SUPERSEDED');
    expect(superseded.map((d) => [d.severity, d.ref?.documentIndex, d.range?.startLine])).toEqual([
      ['warning', 0, 4],
    ]);
    // An invalid later copy replaces nothing: kubectl apply fails on it, the first stays.
    const invalidCopy = allowNone.replace('192.168.0.0/16', '192.168.0.0/99');
    expect(probe([allowAll, invalidCopy], '8.8.8.8')).toBe(true);
  });

  it('probing a port name the destination pod does not declare is never allowed', () => {
    expect(probe([], 'default/a', 'web')).toBe(true);
    expect(probe([], 'default/a'.replace('a', 'b'), 'http')).toBe(false);
    const other = POD_A.replace('name: a', 'name: b').replace('10.0.0.5', '10.0.0.6');
    expect(probe([other], 'default/b', 'web')).toBe(true);
    expect(probe([other], 'default/b', 'http')).toBe(false);
    expect(probe([other], '10.9.9.9', 'http')).toBe(false);
  });
});

describe('findings 4 and 5: what kubectl apply rejects is an error, and not in force', () => {
  const policy = (kind: string, rule = 'from') => `apiVersion: networking.k8s.io/v1
kind: ${kind}
metadata:
  name: p
  namespace: default
spec:
  podSelector: {}
  ingress:
  - ${rule}:
    - podSelector: {matchLabels: {app: x}}
`;

  it('`- form:` is an unknown field: an error with a suggestion, and the policy is not in force', () => {
    const analysis = analyzeText(policy('NetworkPolicy', 'form'));
    const unknown = analysis.diagnostics.find((d) => d.code === 'FIELD_UNKNOWN');
    expect(unknown).toMatchObject({ severity: 'error', path: 'spec.ingress[0].form' });
    expect(unknown?.hint).toContain('Did you mean "from"?');
    expect(unknown?.range).toMatchObject({ startLine: 9, startColumn: 5 });
    expect(analysis.policies).toEqual([]);
  });

  it('an unknown metadata field is an error in every kind', () => {
    const ns = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  lables: {a: b}\n';
    expect(codes(ns)).toEqual(['warning OBJECT_NOT_CREATED', 'error FIELD_UNKNOWN']);
    // kubectl would refuse it, so it is not in the cluster.
    expect(analyzeText(ns).cluster.namespaces).toEqual([]);
  });

  it.each(['NetPolicy', 'NetworkPolicyy', 'networkpolicy'])(
    'kind %s in networking.k8s.io/v1 is an error with "did you mean"',
    (kind) => {
      const d = analyzeText(policy(kind)).diagnostics;
      expect(d.map((x) => [x.code, x.severity, x.range?.startLine])).toEqual([
        ['KIND_NOT_SERVED', 'error', 2],
      ]);
      expect(d[0]?.message).toBe(`no matches for kind "${kind}" in version "networking.k8s.io/v1"`);
      expect(d[0]?.hint).toContain('Did you mean "NetworkPolicy"?');
    },
  );

  it('Deploymnet in apps/v1 is an error; Ingress, ConfigMap, ControllerRevision and CRDs stay info', () => {
    expect(codes('apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: d\n')).toEqual([
      'error KIND_NOT_SERVED',
    ]);
    for (const [apiVersion, kind] of [
      ['networking.k8s.io/v1', 'Ingress'],
      ['v1', 'ConfigMap'],
      ['apps/v1', 'ControllerRevision'],
      ['cilium.io/v2', 'CiliumNetworkPolicy'],
      ['example.com/v1', 'NetPolicy'],
    ]) {
      expect(codes(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`)).toEqual([
        'info UNKNOWN_KIND',
      ]);
    }
  });

  it('a real Deployment with probes, resources, volumes and affinity loads without a word', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default, labels: {app: web}, annotations: {a: b}}
spec:
  replicas: 2
  strategy: {type: RollingUpdate}
  revisionHistoryLimit: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      affinity: {podAntiAffinity: {}}
      volumes: [{name: data, emptyDir: {}}]
      tolerations: []
      containers:
      - name: web
        image: nginx
        resources: {limits: {cpu: 100m}}
        livenessProbe: {httpGet: {path: /, port: 80}}
        readinessProbe: {tcpSocket: {port: 80}}
        volumeMounts: [{name: data, mountPath: /data}]
        env: [{name: A, value: b}]
        ports: [{containerPort: 80, name: http, protocol: TCP, hostPort: 8080}]
`;
    expect(codes(deployment)).toEqual([]);
    expect(analyzeText(deployment).cluster.pods.map((p) => p.id)).toEqual(['default/web']);
    const typos = deployment
      .replace('containerPort: 80', 'contianerPort: 80')
      .replace('      containers:', '      containres: []\n      containers:');
    const found = analyzeText(typos).diagnostics;
    expect(found.map((d) => [d.severity, d.code, d.path])).toEqual([
      ['warning', 'OBJECT_NOT_CREATED', undefined],
      ['warning', 'FIELD_MISSPELLED', 'spec.template.spec.containres'],
      ['error', 'FIELD_REQUIRED', 'spec.template.spec.containers[0].ports[0].containerPort'],
      ['warning', 'FIELD_MISSPELLED', 'spec.template.spec.containers[0].ports[0].contianerPort'],
    ]);
    expect(found[3]?.hint).toContain('Did you mean "containerPort"?');
  });
});
