import { describe, expect, it } from 'vitest';
import { analyze } from '@netpol/engine';
import { addDefaultDeny, defaultDenyName, deleteObject, editLabels } from './graphCommands';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels:
    app: web
spec:
  containers:
  - name: c
`;

const objects = (text: string) => analyze([{ file: 'w', text }]).objects;

describe('graph commands', () => {
  it('adds a default-deny policy that isolates every pod of the namespace for ingress', () => {
    const { text } = addDefaultDeny.run(POD, { namespace: 'shop', direction: 'ingress', taken: new Set() });
    const result = analyze([{ file: 'w', text }]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const policy = result.objects.find((o) => o.kind === 'NetworkPolicy');
    expect(policy?.name).toBe('default-deny-ingress');
    expect(policy?.object.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    expect(text.startsWith(POD)).toBe(true);
  });

  it('names default-deny policies uniquely', () => {
    expect(defaultDenyName('both', new Set())).toBe('default-deny-all');
    expect(defaultDenyName('egress', new Set(['default-deny-egress']))).toBe('default-deny-egress-2');
  });

  it('edits labels and deletes objects through the engine', () => {
    const ref = objects(POD)[0]!.ref;
    const labelled = editLabels.run(POD, { ref, labels: { app: 'web', type: 'redis' } });
    expect(objects(labelled.text)[0]?.object.metadata).toMatchObject({ labels: { app: 'web', type: 'redis' } });
    const withDeny = addDefaultDeny.run(POD, { namespace: 'shop', direction: 'both', taken: new Set() }).text;
    const deny = objects(withDeny).find((o) => o.kind === 'NetworkPolicy')!;
    expect(objects(deleteObject.run(withDeny, { ref: deny.ref }).text).map((o) => o.kind)).toEqual(['Pod']);
  });

  it('reports an edit it cannot make instead of changing the text', () => {
    const ref = { ...objects(POD)[0]!.ref, name: 'gone' };
    const outcome = deleteObject.run(POD, { ref });
    expect(outcome.text).toBe(POD);
    expect(outcome.message).toMatch(/^Pod \S+\/gone is not in the text$/);
  });
});
