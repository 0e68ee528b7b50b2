// The compiled structure, tested apart from evaluation: every absent-vs-empty decision.
import { describe, expect, it } from 'vitest';
import { loadText } from '../load';
import type { CompiledPolicy } from '../model';
import { compilePolicies, skipObjectsWithErrors } from './compilePolicies';

function compileOne(specYaml: string, namespace = 'ns'): CompiledPolicy {
  const text = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\n  namespace: ${namespace}\nspec:\n${specYaml}`;
  const [policy] = compilePolicies(loadText(text, { file: 'p.yaml' }).objects);
  if (!policy) throw new Error('no policy compiled');
  return policy;
}

describe('compilePolicy', () => {
  it('targets the policy namespace; {} and absent podSelector select all', () => {
    expect(compileOne('  podSelector: {}\n').target).toEqual({
      namespace: 'ns',
      pods: { kind: 'all' },
    });
    expect(compileOne('  policyTypes: [Ingress]\n').target.pods).toEqual({ kind: 'all' });
    expect(compileOne('  podSelector:\n    matchLabels:\n      app: web\n').target.pods).toEqual({
      kind: 'selector',
      selector: { matchLabels: { app: 'web' }, matchExpressions: [] },
    });
  });

  it('defaults policyTypes like the apiserver', () => {
    expect(compileOne('  podSelector: {}\n').isolates).toEqual({ ingress: true, egress: false });
    expect(compileOne('  podSelector: {}\n  egress: []\n').isolates).toEqual({
      ingress: true,
      egress: false,
    });
    expect(compileOne('  podSelector: {}\n  egress:\n  - {}\n').isolates).toEqual({
      ingress: true,
      egress: true,
    });
    expect(compileOne('  podSelector: {}\n  policyTypes: [Egress]\n').isolates).toEqual({
      ingress: false,
      egress: true,
    });
    expect(
      compileOne('  podSelector: {}\n  policyTypes: []\n  egress:\n  - {}\n').isolates,
    ).toEqual({ ingress: true, egress: true });
  });

  it('compiles peers: all, pods in own namespace, namespace selectors, AND, ipBlock', () => {
    const policy = compileOne(`  podSelector: {}
  ingress:
  - {}
  - from: []
  - from:
    - podSelector: {}
    - namespaceSelector: {}
    - namespaceSelector:
        matchLabels:
          env: prod
      podSelector:
        matchLabels:
          app: web
    - ipBlock:
        cidr: 10.0.0.0/8
        except: [10.1.0.0/16]
    - ipBlock:
        cidr: not-a-cidr
`);
    const [all, empty, some] = policy.ingress;
    expect(all?.peers).toEqual({ kind: 'all' });
    expect(all?.ports).toEqual({ kind: 'all' });
    expect(empty?.peers).toEqual({ kind: 'all' });
    expect(some?.peers.kind).toBe('some');
    const peers = some?.peers.kind === 'some' ? some.peers.peers : [];
    expect(peers.map((p) => p.kind)).toEqual(['pods', 'pods', 'pods', 'ipBlock', 'none']);
    expect(peers[0]).toMatchObject({
      namespaces: { kind: 'exact', namespace: 'ns' },
      pods: { kind: 'all' },
    });
    expect(peers[1]).toMatchObject({ namespaces: { kind: 'all' }, pods: { kind: 'all' } });
    expect(peers[2]).toMatchObject({
      namespaces: { kind: 'selector', selector: { matchLabels: { env: 'prod' } } },
      pods: { kind: 'selector', selector: { matchLabels: { app: 'web' } } },
    });
    expect(peers[3]).toMatchObject({
      cidr: { text: '10.0.0.0/8', family: 4, prefix: 8 },
      except: [{ text: '10.1.0.0/16' }],
    });
    expect(peers[2]?.origin.path).toBe('spec.ingress[2].from[2]');
    expect(peers[2]?.origin.range?.startLine).toBe(14);
  });

  it('compiles ports: default TCP, numbers, ranges, names, protocol only', () => {
    const policy = compileOne(`  podSelector: {}
  egress:
  - ports:
    - port: 80
    - protocol: UDP
      port: 53
    - port: 8000
      endPort: 9000
    - port: http
    - protocol: SCTP
    - protocol: ICMP
`);
    const ports = policy.egress[0]?.ports;
    expect(
      ports?.kind === 'some' ? ports.ports.map(({ origin: _o, ...rest }) => rest) : [],
    ).toEqual([
      { kind: 'number', protocol: 'TCP', port: 80, index: 0 },
      { kind: 'number', protocol: 'UDP', port: 53, index: 1 },
      { kind: 'range', protocol: 'TCP', from: 8000, to: 9000, index: 2 },
      { kind: 'named', protocol: 'TCP', name: 'http', index: 3 },
      { kind: 'protocol', protocol: 'SCTP', index: 4 },
      { kind: 'none', index: 5, reason: 'unsupported protocol ICMP' },
    ]);
  });

  it('an unreadable selector selects nothing instead of throwing', () => {
    const policy = compileOne(
      '  podSelector:\n    matchExpressions:\n    - key: a\n      operator: Like\n',
    );
    expect(policy.target.pods).toEqual({ kind: 'none', reason: 'unknown selector operator Like' });
  });

  it('carries a PolicyRef that points at the text', () => {
    const policy = compileOne('  podSelector: {}\n');
    expect(policy.ref).toEqual({ namespace: 'ns', name: 'p', file: 'p.yaml', documentIndex: 0 });
  });
});

describe('compilePolicies', () => {
  const text = ['a', 'b']
    .map(
      (name) =>
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\nspec:\n  podSelector: {}\n`,
    )
    .join('---\n');
  const objects = loadText(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n---\n${text}`, {
    file: 'f',
  }).objects;

  it('compiles only NetworkPolicies', () => {
    expect(compilePolicies(objects).map((p) => p.ref.name)).toEqual(['a', 'b']);
  });

  it('skips policies with an error diagnostic', () => {
    const rejected = objects.find((o) => o.name === 'b');
    const skip = skipObjectsWithErrors([
      {
        code: 'FIELD_INVALID',
        severity: 'error',
        message: 'bad',
        file: 'f',
        ...(rejected ? { ref: rejected.ref } : {}),
      },
      {
        code: 'FIELD_WARNING',
        severity: 'warning',
        message: 'meh',
        file: 'f',
        ...(objects[1] ? { ref: objects[1].ref } : {}),
      },
    ]);
    expect(compilePolicies(objects, { skip }).map((p) => p.ref.name)).toEqual(['a']);
  });
});
