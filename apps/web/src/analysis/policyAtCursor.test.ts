import { describe, expect, it } from 'vitest';
import { derive } from './derive';
import { policyAtOffset } from './policyAtCursor';

const TEXT = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{}]
`;

describe('policyAtOffset', () => {
  const derivation = derive(TEXT, new Map()).derivation;
  const at = (needle: string) => policyAtOffset(derivation, TEXT, TEXT.indexOf(needle));

  it("names the policy whose document holds the offset", () => {
    expect(at('name: deny')).toBe('shop/deny');
    expect(at('policyTypes')).toBe('shop/deny');
    expect(at('ingress: [{}]')).toBe('shop/allow-web');
  });

  it('is null outside policies and for a text the analysis was not computed on', () => {
    expect(at('kind: Pod')).toBeNull();
    expect(policyAtOffset(derivation, `${TEXT}#`, TEXT.indexOf('name: deny'))).toBeNull();
  });
});
