import { describe, expect, it } from 'vitest';
import { loadText } from '../load';
import type { ObjectRef } from '../model';
import { appendDocuments, removeObject, replaceObject, setLabels } from './editObjects';

const POD_A = `# pod a: the frontend
apiVersion: v1
kind: Pod
metadata:
  name: a # inline comment
  labels:
    app: web
spec:
  containers:
  - name: c
`;
const BROKEN = `---
kind: Pod
x: [1, 2
`;
const POLICY = `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny
spec:
  podSelector: {}
`;
const LIST = `---
# a dump
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata:
    name: b
    labels:
      app: db
- apiVersion: v1
  kind: Pod
  metadata:
    name: c # keep me
`;
const TEXT = POD_A + BROKEN + POLICY + LIST;

function refOf(text: string, name: string): ObjectRef {
  const obj = loadText(text).objects.find((o) => o.name === name);
  if (!obj) throw new Error(`no ${name}`);
  return obj.ref;
}

function names(text: string): string[] {
  return loadText(text).objects.map((o) => o.name);
}

describe('appendDocuments', () => {
  const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'prod' } };
  it('adds a --- separator and keeps the text', () => {
    const out = appendDocuments('a: 1', [ns]);
    expect(out).toBe('a: 1\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n');
    expect(appendDocuments(TEXT, [ns]).startsWith(TEXT)).toBe(true);
    expect(names(appendDocuments(TEXT, [ns, ns]))).toEqual(['a', 'deny', 'b', 'c', 'prod', 'prod']);
  });
  it('to an empty text, or one ending with ---, adds no extra separator', () => {
    expect(appendDocuments('', [ns])).toBe(
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n',
    );
    expect(appendDocuments('a: 1\n---\n', [ns])).toBe(
      'a: 1\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n',
    );
    expect(appendDocuments('x', [])).toBe('x');
  });
});

describe('removeObject', () => {
  it('removes a whole document, leaving the broken one and the rest byte for byte', () => {
    const r = removeObject(TEXT, refOf(TEXT, 'deny'));
    expect(r.ok).toBe(true);
    expect(r.text).toBe(POD_A + BROKEN + LIST);
  });
  it('removes the first document with its leading comment', () => {
    const r = removeObject(TEXT, refOf(TEXT, 'a'));
    expect(r.text).toBe(BROKEN + POLICY + LIST);
    expect(names(r.text)).toEqual(['deny', 'b', 'c']);
  });
  it('removes one item of a kind: List, keeping comments', () => {
    const r = removeObject(TEXT, refOf(TEXT, 'b'));
    expect(r.ok).toBe(true);
    expect(r.text.startsWith(POD_A + BROKEN + POLICY)).toBe(true);
    expect(r.text).toContain('# a dump');
    expect(r.text).toContain('name: c # keep me');
    expect(names(r.text)).toEqual(['a', 'deny', 'c']);
  });
  it('an unknown ref leaves the text unchanged with a message', () => {
    const r = removeObject(TEXT, {
      kind: 'Pod',
      namespace: 'default',
      name: 'zzz',
      file: '',
      documentIndex: 0,
    });
    expect(r).toEqual({ text: TEXT, ok: false, message: 'Pod default/zzz is not in the text' });
  });
  it('refuses to edit a document with syntax errors', () => {
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: {a: [}\n';
    const ref = { kind: 'Pod', namespace: 'default', name: 'x', file: '', documentIndex: 0 };
    expect(removeObject(broken, ref)).toEqual({
      text: broken,
      ok: false,
      message: 'document 1 has syntax errors; fix them first',
    });
    expect(setLabels(broken, ref, { a: 'b' }).text).toBe(broken);
  });
  it('finds the object when the document index is stale', () => {
    const ref = { ...refOf(TEXT, 'deny'), documentIndex: 0 };
    expect(removeObject(TEXT, ref).text).toBe(POD_A + BROKEN + LIST);
  });
});

describe('replaceObject', () => {
  const policy = {
    kind: 'NetworkPolicy',
    apiVersion: 'networking.k8s.io/v1',
    metadata: { name: 'deny', namespace: 'prod' },
    spec: { policyTypes: ['Ingress'], podSelector: {} },
  };
  it('replaces a document in place, in field order, others untouched', () => {
    const r = replaceObject(TEXT, refOf(TEXT, 'deny'), policy);
    expect(r.ok).toBe(true);
    expect(r.text).toBe(
      `${POD_A}${BROKEN}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\n  namespace: prod\nspec:\n  podSelector: {}\n  policyTypes:\n  - Ingress\n${LIST}`,
    );
  });
  it('replaces a List item', () => {
    const r = replaceObject(TEXT, refOf(TEXT, 'c'), {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'c2' },
    });
    expect(names(r.text)).toEqual(['a', 'deny', 'b', 'c2']);
    expect(r.text).toContain('# a dump');
  });
});

describe('setLabels', () => {
  it('replaces metadata.labels, keeping comments of the document', () => {
    const r = setLabels(TEXT, refOf(TEXT, 'a'), { app: 'web', tier: 'yes' });
    expect(r.ok).toBe(true);
    expect(r.text).toContain('# pod a: the frontend');
    expect(r.text).toContain('name: a # inline comment');
    expect(r.text.endsWith(BROKEN + POLICY + LIST)).toBe(true);
    const pod = loadText(r.text).objects.find((o) => o.name === 'a');
    expect((pod?.object['metadata'] as { labels: unknown }).labels).toEqual({
      app: 'web',
      tier: 'yes',
    });
  });
  it('keeps flow-style labels on one line', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: web}   # inline\n';
    const r = setLabels(text, refOf(text, 'p'), { app: 'web', tier: 'on' });
    expect(r.text).toBe(
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: web, tier: 'on'} # inline\n",
    );
  });
  it('creates a missing path (workload template labels)', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 1\n';
    const r = setLabels(text, refOf(text, 'd'), { app: 'd' }, 'spec.template.metadata.labels');
    expect(r.text).toBe(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  replicas: 1\n  template:\n    metadata:\n      labels:\n        app: d\n',
    );
  });
  it('inside a List item', () => {
    const r = setLabels(TEXT, refOf(TEXT, 'b'), { app: 'cache' });
    const b = loadText(r.text).objects.find((o) => o.name === 'b');
    expect((b?.object['metadata'] as { labels: unknown }).labels).toEqual({ app: 'cache' });
    expect(r.text.startsWith(POD_A + BROKEN + POLICY)).toBe(true);
  });
  it('refuses a path through a non-mapping', () => {
    const r = setLabels(TEXT, refOf(TEXT, 'a'), { x: 'y' }, 'spec.containers.labels');
    expect(r.ok).toBe(false);
    expect(r.text).toBe(TEXT);
  });
  it('keeps the indented-sequence style of the edited document', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n';
    const r = setLabels(text, refOf(text, 'p'), { a: 'b' });
    expect(r.text).toContain('  containers:\n    - name: c\n');
  });
});
