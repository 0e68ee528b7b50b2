import { describe, expect, it } from 'vitest';
import { applyEdits } from './edits';
import { codes, pod, pointed } from './testKit';

const policy = (spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: p
  namespace: shop
spec:
${spec}`;

describe('NPL002 policyTypes drops rules', () => {
  const block = policy(`  podSelector: {}
  policyTypes:
  - Ingress
  egress:
  - to: [{podSelector: {}}]
`);

  it('fires at policyTypes when egress rules exist but Egress is not listed; the fix adds it', () => {
    const [finding, ...rest] = codes(block, 'NPL002');
    expect(rest).toEqual([]);
    expect(finding?.path).toBe('spec.policyTypes');
    expect(pointed(block, finding!)).toBe('- Ingress\n');
    const fixed = applyEdits(block, finding!.fix!.edits);
    expect(fixed).toContain('  policyTypes:\n  - Ingress\n  - Egress\n');
    expect(codes(fixed, 'NPL002')).toEqual([]);
  });

  it('fixes a flow-style list in its own style', () => {
    const flow = policy(`  podSelector: {}\n  policyTypes: [Egress]\n  ingress: [{}]\n`);
    const [finding] = codes(flow, 'NPL002');
    expect(finding?.message).toContain('Ingress');
    expect(applyEdits(flow, finding!.fix!.edits)).toContain('policyTypes: [Egress, Ingress]');
  });

  it('does not fire without policyTypes (defaulting adds Egress) or with both listed', () => {
    expect(codes(policy(`  podSelector: {}\n  egress: [{}]\n`), 'NPL002')).toEqual([]);
    expect(
      codes(
        policy(`  podSelector: {}\n  policyTypes: [Ingress, Egress]\n  egress: [{}]\n`),
        'NPL002',
      ),
    ).toEqual([]);
  });
});

describe('NPL006 OR where AND was meant', () => {
  const split = policy(`  podSelector: {}
  ingress:
  - from:
    - namespaceSelector:
        matchLabels: {team: a}
    - podSelector:
        matchLabels: {app: web}
    ports: [{port: 80}]
`);

  it('fires at the first of the two peers; the fix merges them into one peer', () => {
    const [finding, ...rest] = codes(split, 'NPL006');
    expect(rest).toEqual([]);
    expect(finding?.path).toBe('spec.ingress[0].from[0]');
    expect(pointed(split, finding!).startsWith('namespaceSelector:')).toBe(true);
    const fixed = applyEdits(split, finding!.fix!.edits);
    expect(fixed).toContain(
      '  - from:\n    - {"namespaceSelector":{"matchLabels":{"team":"a"}},"podSelector":{"matchLabels":{"app":"web"}}}\n    ports: [{port: 80}]\n',
    );
    expect(codes(fixed, 'NPL006')).toEqual([]);
  });

  it('merges in flow style and when the podSelector peer comes first, keeping other peers', () => {
    const flow = policy(
      `  podSelector: {}\n  egress:\n  - to: [{podSelector: {matchLabels: {a: b}}}, {ipBlock: {cidr: 10.0.0.0/8}}, {namespaceSelector: {}}]\n`,
    );
    const [finding] = codes(flow, 'NPL006');
    expect(finding?.path).toBe('spec.egress[0].to[0]');
    expect(applyEdits(flow, finding!.fix!.edits)).toContain(
      'to: [{"namespaceSelector":{},"podSelector":{"matchLabels":{"a":"b"}}}, {ipBlock: {cidr: 10.0.0.0/8}}]',
    );
  });

  it('does not fire for one peer with both selectors, or peers of one kind', () => {
    const and = policy(
      `  podSelector: {}\n  ingress:\n  - from:\n    - namespaceSelector: {matchLabels: {team: a}}\n      podSelector: {matchLabels: {app: web}}\n`,
    );
    expect(codes(and, 'NPL006')).toEqual([]);
    const pods = policy(
      `  podSelector: {}\n  ingress:\n  - from: [{podSelector: {}}, {podSelector: {matchLabels: {a: b}}}]\n`,
    );
    expect(codes(pods, 'NPL006')).toEqual([]);
  });
});

describe('NPL007 rule adds nothing', () => {
  it('fires at the first line of a rule another rule covers (peer subset, ports within a range)', () => {
    const text = policy(`  podSelector: {}
  ingress:
  - from: [{podSelector: {matchLabels: {app: a}}}, {podSelector: {matchLabels: {app: b}}}]
    ports: [{port: 8000, endPort: 9000}]
  - from: [{podSelector: {matchLabels: {app: b}}}]
    ports: [{port: 8080}]
`);
    const [finding, ...rest] = codes(text, 'NPL007');
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('info');
    expect(finding?.path).toBe('spec.ingress[1]');
    expect(pointed(text, finding!)).toBe('from: [{podSelector: {matchLabels: {app: b}}}]');
  });

  it('reports only the later of two identical rules', () => {
    const text = policy(
      `  podSelector: {}\n  ingress:\n  - ports: [{port: 80}]\n  - ports: [{port: 80}]\n`,
    );
    expect(codes(text, 'NPL007').map((f) => f.path)).toEqual(['spec.ingress[1]']);
  });

  it('does not fire when each rule allows something the others do not', () => {
    const text = policy(`  podSelector: {}
  ingress:
  - from: [{podSelector: {matchLabels: {app: a}}}]
    ports: [{port: 80}]
  - from: [{podSelector: {matchLabels: {app: a}}}]
    ports: [{port: 80, protocol: UDP}]
  - from: [{podSelector: {matchLabels: {app: b}}}]
    ports: [{port: 80}]
`);
    expect(codes(text, 'NPL007')).toEqual([]);
  });
});

describe('NPL010 rule allows everything', () => {
  it('fires at `- {}` when the direction has other rules, and NPL007 stays silent', () => {
    const text = policy(`  podSelector: {}\n  ingress:\n  - from: [{podSelector: {}}]\n  - {}\n`);
    const [finding, ...rest] = codes(text, 'NPL010');
    expect(rest).toEqual([]);
    expect(finding?.path).toBe('spec.ingress[1]');
    expect(pointed(text, finding!)).toBe('{}');
    expect(codes(text, 'NPL007')).toEqual([]);
  });

  it('does not fire for a lone allow-all rule', () => {
    expect(codes(policy(`  podSelector: {}\n  ingress:\n  - {}\n`), 'NPL010')).toEqual([]);
  });
});

describe('lints and validation', () => {
  it('an invalid policy gets no lints (its validation errors stand instead)', () => {
    const invalid = policy(
      `  podSelector: {}\n  policyTypes: [Ingress]\n  egress:\n  - ports: [{port: 0}]\n`,
    );
    expect(codes(invalid, 'NPL002')).toEqual([]);
  });

  it('ignores pods: a pod is no policy', () => {
    expect(codes(pod('shop', 'x', 'a: b'), 'NPL002')).toEqual([]);
  });
});
