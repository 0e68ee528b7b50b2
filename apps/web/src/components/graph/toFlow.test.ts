import { describe, expect, it } from 'vitest';
import { derive } from '../../analysis/derive';
import { clusterView, verdicts } from '../../analysis/graphData';
import { explainTarget } from '../../analysis/explainTarget';
import { focusRoles } from './toFlow';

const pod = (name: string, port: number) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: shop\n  labels: {app: ${name}}\nspec:\n  containers:\n  - name: c\n    ports:\n    - containerPort: ${port}`;
const policies = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: web}}}]
    ports: [{port: 5432}]`;

const view = clusterView(derive([pod('web', 80), pod('db', 5432), pod('cache', 6379), policies].join('\n---\n'), new Map()).derivation);

describe('focusRoles', () => {
  it('colours every other pod by reachability of the selection', () => {
    const roles = focusRoles(view, verdicts(view, '', 'TCP'), 'shop/db');
    expect(Object.fromEntries(roles)).toEqual({ 'shop/db': 'selected', 'shop/web': 'reaches', 'shop/cache': 'none' });
  });

  it('focuses nothing for a pod that is not there', () => {
    expect(focusRoles(view, verdicts(view, '', 'TCP'), 'shop/gone').size).toBe(0);
  });
});

describe('explainTarget', () => {
  it('explains an allowed pair on an allowed port when the filter says any port', () => {
    const target = explainTarget(view, verdicts(view, '', 'TCP'), { from: 'shop/web', to: 'shop/db' });
    expect(target).toMatchObject({ port: 5432, protocol: 'TCP' });
  });

  it("explains a denied pair on the destination's container port, or on the filter's port", () => {
    expect(explainTarget(view, verdicts(view, '', 'TCP'), { from: 'shop/cache', to: 'shop/db' })).toMatchObject({ port: 5432 });
    expect(explainTarget(view, verdicts(view, '443', 'TCP'), { from: 'shop/cache', to: 'shop/db' })).toMatchObject({ port: 443 });
  });

  it('has nothing to explain for a namespace aggregate', () => {
    expect(explainTarget(view, verdicts(view, '', 'TCP'), { from: 'ns:shop', to: 'shop/db' })).toBeNull();
  });
});
