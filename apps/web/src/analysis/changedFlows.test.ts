import { describe, expect, it } from 'vitest';
import { changedFlows, comparePorts, type FlowSnapshot } from './changedFlows';
import { derive } from './derive';
import { clusterView, verdicts } from './graphData';

const pod = (ns: string, name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ${ns}\n  labels: {app: ${name}}\nspec:\n  containers:\n  - name: c\n    ports:\n    - containerPort: 80`;
const denyIngress = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: a\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]`;
const allow = (ports: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: db-from-web\n  namespace: a\nspec:\n  podSelector: {matchLabels: {app: db}}\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]\n    ports: [${ports}]`;

function snapshot(docs: string[], port = ''): FlowSnapshot {
  const view = clusterView(derive(docs.join('\n---\n'), new Map()).derivation);
  return { view, verdicts: verdicts(view, port, 'TCP') };
}

const pods = [pod('a', 'web'), pod('a', 'db'), pod('b', 'x')];

describe('changedFlows', () => {
  it('marks every flow a deny-all takes away as lost, and nothing else', () => {
    const changes = changedFlows(snapshot(pods), snapshot([...pods, denyIngress]));
    expect(Object.fromEntries(changes)).toEqual({
      'a/web->a/db': 'lost',
      'a/db->a/web': 'lost',
      'b/x->a/web': 'lost',
      'b/x->a/db': 'lost',
    });
  });

  it('marks the flow an allow policy opens as gained', () => {
    const changes = changedFlows(snapshot([...pods, denyIngress]), snapshot([...pods, denyIngress, allow('{port: 80}')]));
    expect(Object.fromEntries(changes)).toEqual({ 'a/web->a/db': 'gained' });
  });

  it('tells more ports (gained) from fewer (lost) on a flow allowed both times', () => {
    const one = snapshot([...pods, denyIngress, allow('{port: 80}')]);
    const two = snapshot([...pods, denyIngress, allow('{port: 80}, {port: 81}')]);
    expect(changedFlows(one, two).get('a/web->a/db')).toBe('gained');
    expect(changedFlows(two, one).get('a/web->a/db')).toBe('lost');
    // With the filter on port 80 the verdict does not change: no flow changed.
    expect(changedFlows(snapshot([...pods, denyIngress, allow('{port: 80}')], '80'), snapshot([...pods, denyIngress, allow('{port: 80}, {port: 81}')], '80')).size).toBe(0);
  });

  it('changes no flow when the pods are replaced by others', () => {
    const other = [pod('c', 'p'), pod('c', 'q'), `${denyIngress.replace('namespace: a', 'namespace: c')}`];
    expect(changedFlows(snapshot(pods), snapshot(other)).size).toBe(0);
  });

  it('ignores pods added by the change, and stops at the limit', () => {
    const changes = changedFlows(snapshot(pods), snapshot([...pods, pod('a', 'new'), denyIngress]), 2);
    expect(changes.size).toBe(2);
    expect([...changes.keys()].some((k) => k.includes('a/new'))).toBe(false);
  });
});

describe('comparePorts', () => {
  it('orders port sets by inclusion', () => {
    expect(comparePorts(['TCP:80'], ['all'])).toBe('gained');
    expect(comparePorts(['all'], ['TCP:80'])).toBe('lost');
    expect(comparePorts(['TCP:80'], ['TCP:81'])).toBe('lost');
    expect(comparePorts(['TCP:80'], ['TCP:79-81'])).toBe('gained');
    expect(comparePorts(['TCP:79-81'], ['TCP:80'])).toBe('lost');
    expect(comparePorts(['TCP:80'], ['UDP:80'])).toBe('lost');
    expect(comparePorts(['TCP:80'], ['TCP:80'])).toBeUndefined();
    expect(comparePorts(null, null)).toBeUndefined();
  });
});
