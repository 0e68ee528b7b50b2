import { describe, expect, it } from 'vitest';
import { codes, namespace, pod, pointed } from './testKit';

const policy = (ns: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: p
  namespace: ${ns}
spec:
${spec}`;

const WEB = pod('shop', 'web', 'app: web', ', ports: [{containerPort: 8080, name: http}]');
const CLIENT = pod('shop', 'client', 'app: client');

describe('NPL003 policy selects no pod', () => {
  it('fires at metadata.name with the nearest label as a hint', () => {
    const text =
      WEB + policy('shop', `  podSelector: {matchLabels: {app: wbe}}\n  policyTypes: [Ingress]\n`);
    const [finding, ...rest] = codes(text, 'NPL003');
    expect(rest).toEqual([]);
    expect(pointed(text, finding!)).toBe('p');
    expect(finding?.message).toContain('nearest: app=web');
  });

  it('does not fire when a pod matches, or when the namespace holds no pods at all', () => {
    expect(
      codes(WEB + policy('shop', `  podSelector: {matchLabels: {app: web}}\n`), 'NPL003'),
    ).toEqual([]);
    expect(
      codes(WEB + policy('other', `  podSelector: {matchLabels: {app: x}}\n`), 'NPL003'),
    ).toEqual([]);
  });
});

describe('NPL004 peer selector matches nothing', () => {
  it('fires at a podSelector peer that matches no pod of its namespace', () => {
    const text =
      WEB +
      CLIENT +
      policy(
        'shop',
        `  podSelector: {}\n  ingress:\n  - from:\n    - podSelector: {matchLabels: {app: clinet}}\n`,
      );
    const [finding, ...rest] = codes(text, 'NPL004');
    expect(rest).toEqual([]);
    expect(finding?.path).toBe('spec.ingress[0].from[0]');
    expect(pointed(text, finding!)).toBe('podSelector: {matchLabels: {app: clinet}}\n');
    expect(finding?.message).toContain('nearest: app=client');
  });

  it('fires at a namespaceSelector that matches no Namespace of the workspace', () => {
    const text =
      namespace('shop', 'team: a') +
      WEB +
      policy(
        'shop',
        `  podSelector: {}\n  ingress:\n  - from: [{namespaceSelector: {matchLabels: {team: b}}}]\n`,
      );
    const [finding] = codes(text, 'NPL004');
    expect(finding?.message).toContain('namespaceSelector');
    expect(finding?.message).toContain('nearest: team=a');
  });

  it('does not fire when the peer matches, nor for namespaces when no Namespace is declared', () => {
    const ok =
      WEB +
      CLIENT +
      policy(
        'shop',
        `  podSelector: {}\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: client}}}]\n`,
      );
    expect(codes(ok, 'NPL004')).toEqual([]);
    const noNamespaces =
      WEB +
      policy(
        'shop',
        `  podSelector: {}\n  ingress:\n  - from: [{namespaceSelector: {matchLabels: {team: b}}}]\n`,
      );
    expect(codes(noNamespaces, 'NPL004')).toEqual([]);
  });
});

describe('NPL005 named port resolves nowhere', () => {
  it('fires at the port of an ingress rule naming a port the targets lack', () => {
    const text =
      WEB +
      policy(
        'shop',
        `  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - ports: [{port: htp}]\n`,
      );
    const [finding, ...rest] = codes(text, 'NPL005');
    expect(rest).toEqual([]);
    expect(finding?.path).toBe('spec.ingress[0].ports[0].port');
    expect(pointed(text, finding!)).toBe('htp');
  });

  it('judges egress rules against the pods the rule reaches', () => {
    const text =
      WEB +
      CLIENT +
      policy(
        'shop',
        `  podSelector: {matchLabels: {app: client}}\n  policyTypes: [Egress]\n  egress:\n  - to: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [{port: http}]\n`,
      );
    expect(codes(text, 'NPL005')).toEqual([]);
    expect(codes(text.replace('port: http', 'port: grpc'), 'NPL005')).toHaveLength(1);
  });

  it('does not fire when the name resolves; a name on the wrong protocol does not resolve', () => {
    const ok =
      WEB +
      policy(
        'shop',
        `  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - ports: [{port: http}]\n`,
      );
    expect(codes(ok, 'NPL005')).toEqual([]);
    expect(codes(ok.replace('port: http}', 'port: http, protocol: UDP}'), 'NPL005')).toHaveLength(
      1,
    );
  });
});

describe('NPL008 Service port, not target port', () => {
  const service = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 8080}]
---
`;
  it('fires at a rule port equal to the Service port that no container port has', () => {
    const text =
      service +
      WEB +
      policy(
        'shop',
        `  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - ports: [{port: 80}]\n`,
      );
    const [finding, ...rest] = codes(text, 'NPL008');
    expect(rest).toEqual([]);
    expect(pointed(text, finding!)).toBe('80');
    expect(finding?.message).toContain('8080');
  });

  it('does not fire for the target port, or when the Service selects other pods', () => {
    const target =
      service +
      WEB +
      policy(
        'shop',
        `  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - ports: [{port: 8080}]\n`,
      );
    expect(codes(target, 'NPL008')).toEqual([]);
    const other =
      service.replace('{app: web}', '{app: api}') +
      WEB +
      policy(
        'shop',
        `  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - ports: [{port: 80}]\n`,
      );
    expect(codes(other, 'NPL008')).toEqual([]);
  });
});

describe('NPL009 ipBlock covers a pod IP', () => {
  const withIp = `apiVersion: v1
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
spec: {containers: [{name: c, image: i}]}
status: {podIP: 10.1.2.3}
---
`;
  it('fires at the peer whose CIDR holds the IP of a pod', () => {
    const text =
      withIp +
      policy(
        'shop',
        `  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - ipBlock: {cidr: 10.0.0.0/8}\n`,
      );
    const [finding, ...rest] = codes(text, 'NPL009');
    expect(rest).toEqual([]);
    expect(finding?.path).toBe('spec.egress[0].to[0]');
    expect(finding?.message).toContain('shop/db');
  });

  it('does not fire when the IP is excepted, outside, or for the whole address space', () => {
    const spec = (block: string) =>
      withIp +
      policy(
        'shop',
        `  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - ipBlock: ${block}\n`,
      );
    expect(codes(spec('{cidr: 10.0.0.0/8, except: [10.1.0.0/16]}'), 'NPL009')).toEqual([]);
    expect(codes(spec('{cidr: 192.168.0.0/16}'), 'NPL009')).toEqual([]);
    expect(codes(spec('{cidr: 0.0.0.0/0}'), 'NPL009')).toEqual([]);
  });
});
