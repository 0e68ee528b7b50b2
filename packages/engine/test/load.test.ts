import { describe, expect, it } from 'vitest';
import { loadText, locate, locateKey } from '../src/load';
import { listFixtures, readFixture } from './fixtures';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: c
    ports:
    - containerPort: 80
`;

describe('loadText: documents and objects', () => {
  it('loads a multi-document stream with refs and default namespace', () => {
    const r = loadText(`${POD}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n`, {
      file: 'a.yaml',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.objects.map((o) => o.ref)).toEqual([
      { kind: 'Pod', namespace: 'default', name: 'web', file: 'a.yaml', documentIndex: 0 },
      { kind: 'Namespace', namespace: '', name: 'prod', file: 'a.yaml', documentIndex: 1 },
    ]);
    expect(r.documents.map((d) => [d.index, d.ok, d.kind, d.name])).toEqual([
      [0, true, 'Pod', 'web'],
      [1, true, 'Namespace', 'prod'],
    ]);
  });

  it('honours defaultNamespace and an explicit metadata.namespace', () => {
    const r = loadText(
      `${POD}---\n${POD.replace('  name: web', '  name: api\n  namespace: prod')}`,
      {
        defaultNamespace: 'team',
      },
    );
    expect(r.objects.map((o) => `${o.namespace}/${o.name}`)).toEqual(['team/web', 'prod/api']);
  });

  it('reads kind: List and typed lists, items get itemIndex', () => {
    const list = `apiVersion: v1
kind: List
items:
- ${POD.trim().split('\n').join('\n  ')}
- apiVersion: v1
  kind: Service
  metadata: {name: svc}
`;
    const r = loadText(list);
    expect(r.objects.map((o) => [o.kind, o.name, o.ref.itemIndex])).toEqual([
      ['Pod', 'web', 0],
      ['Service', 'svc', 1],
    ]);
    // Paths are relative to the item, ranges point into the List document.
    const pod = r.objects[0]!;
    expect(pod.fieldRanges['metadata.name']?.startLine).toBe(7);
    const typed = loadText('apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: a}\n');
    expect(typed.objects.map((o) => [o.apiVersion, o.kind, o.name])).toEqual([['v1', 'Pod', 'a']]);
    // A plain List gives its items nothing: each must say what it is.
    const plain = loadText(
      'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: a}\n',
    );
    expect(plain.diagnostics.map((d) => d.code)).toEqual(['MISSING_API_VERSION']);
  });

  it('keeps unknown kinds with an info diagnostic, never an error', () => {
    const r = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n');
    expect(r.objects).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['UNKNOWN_KIND', 'info']]);
    expect(r.diagnostics[0]?.message).toContain('ignored');
  });

  it('reads YAML 1.1 like kubectl: yes/on are booleans, timestamps stay strings', () => {
    const r = loadText(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    a: yes\n    b: on\n    c: 2001-12-14\n    d: 0123\n',
    );
    expect((r.objects[0]?.object['metadata'] as { labels: unknown }).labels).toEqual({
      a: true,
      b: true,
      c: '2001-12-14',
      d: 83,
    });
  });

  it('warns where YAML 1.1 reads a leading-zero number as octal', () => {
    for (const text of [
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - port: 0123\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 0123}]\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - port: &p 0123\n',
    ]) {
      const r = loadText(text);
      expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.message])).toEqual([
        [
          'YAML_OCTAL',
          'warning',
          'spec.ports[0].port',
          '0123 is read as the octal number 83 (kubectl reads YAML 1.1)',
        ],
      ]);
    }
    expect(
      loadText(
        'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 0}, {port: "0123"}]}\n',
      ).diagnostics,
    ).toEqual([]);
  });

  it('reads JSON, and reports broken JSON the JSON way', () => {
    const ok = loadText('{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"}}');
    expect(ok.objects.map((o) => o.name)).toEqual(['j']);
    expect(ok.objects[0]?.fieldRanges['metadata.name']?.startColumn).toBe(58);
    // Neither JSON nor YAML (an unclosed brace): the JSON error, where JSON.parse stopped.
    const bad = loadText('{\n  "apiVersion": "v1",\n  "kind": "Pod",\n');
    expect(bad.objects).toEqual([]);
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['JSON_SYNTAX']);
    expect(bad.diagnostics[0]?.range?.startLine).toBe(4);
  });

  it('JSON documents separated by --- load; run together they get one clear error', () => {
    const pod = (name: string) =>
      `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "${name}"}}`;
    expect(loadText(`${pod('a')}\n---\n${pod('b')}\n`).objects.map((o) => o.name)).toEqual([
      'a',
      'b',
    ]);
    const r = loadText(`${pod('a')}\n${pod('b')}\n`);
    expect(r.diagnostics.map((d) => [d.code, d.message, d.range?.startLine])).toEqual([
      ['JSON_SYNTAX', 'another JSON value starts here', 2],
    ]);
  });

  it('empty text and comment-only text give nothing, without diagnostics', () => {
    for (const text of ['', '\n', '# just a comment\n', '---\n---\n']) {
      const r = loadText(text);
      expect(r.objects).toEqual([]);
      expect(r.diagnostics).toEqual([]);
    }
  });
});

describe('loadText: bad input is normal input', () => {
  it('a syntax error marks its document, the others still load', () => {
    const r = loadText(`${POD}---\nkind: Pod\nx: [1, 2\n---\n${POD.replace('web', 'other')}`);
    expect(r.objects.map((o) => o.name)).toEqual(['web', 'other']);
    expect(r.documents.map((d) => d.ok)).toEqual([true, false, true]);
    const error = r.diagnostics.find((d) => d.code === 'YAML_SYNTAX');
    expect(error?.documentIndex).toBe(1);
    expect(error?.range?.startLine).toBeGreaterThanOrEqual(13);
  });

  it('duplicate keys are errors with the key and its line', () => {
    const r = loadText('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\n');
    expect(r.objects).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ code: 'YAML_DUPLICATE_KEY', severity: 'error' });
    expect(r.diagnostics[0]?.message).toContain('"name"');
    expect(r.diagnostics[0]?.range).toMatchObject({ startLine: 5, startColumn: 3 });
  });

  it('an alias bomb is refused quickly', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const start = performance.now();
    const r = loadText(lines.join('\n'));
    expect(performance.now() - start).toBeLessThan(2000);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['YAML_ALIAS_LIMIT']);
    expect(r.diagnostics[0]?.range?.startLine).toBe(1);
  });

  it('a document that is a scalar or a list is reported', () => {
    const r = loadText('just a string\n---\n- a\n- b\n---\n42\n');
    expect(r.diagnostics.map((d) => [d.code, d.documentIndex])).toEqual([
      ['NOT_AN_OBJECT', 0],
      ['NOT_AN_OBJECT', 1],
      ['NOT_AN_OBJECT', 2],
    ]);
    expect(r.diagnostics[1]?.message).toContain('a list');
  });

  it('missing apiVersion or kind', () => {
    const r = loadText(
      'kind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nmetadata: {name: b}\n',
    );
    expect(r.diagnostics.map((d) => [d.code, d.documentIndex, d.range?.startLine])).toEqual([
      ['MISSING_API_VERSION', 0, 1],
      ['MISSING_KIND', 1, 4],
    ]);
    expect(r.objects.map((o) => o.name)).toEqual(['a']);
    expect(r.diagnostics[0]?.ref?.name).toBe('a');
  });

  it('a non-UTF-8 byte (U+FFFD) is located, and the document still loads', () => {
    const r = loadText(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    x: "caf\uFFFD"\n',
    );
    expect(r.objects).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.code, d.range?.startLine, d.range?.startColumn])).toEqual([
      ['INVALID_UTF8', 6, 12],
    ]);
  });

  it('deep nesting is refused per document, in bounded time; the rest loads', () => {
    const ns = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}}\n`;
    const staircase = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    for (const deep of [
      `${'['.repeat(100000)}${']'.repeat(100000)}`,
      `x: ${'{a: '.repeat(5000)}`,
      '- '.repeat(20000),
      staircase,
    ]) {
      const start = performance.now();
      const r = loadText(`${ns('a')}---\n${deep}\n---\n${ns('b')}`);
      expect(performance.now() - start).toBeLessThan(5000);
      expect(r.objects.map((o) => o.name)).toEqual(['a', 'b']);
      expect(r.diagnostics.map((d) => [d.code, d.documentIndex])).toEqual([['YAML_TOO_DEEP', 1]]);
      expect(r.documents.map((d) => d.ok)).toEqual([true, false, true]);
    }
    // Fifty levels are fine.
    const fifty = loadText(`a: ${'['.repeat(50)}1${']'.repeat(50)}\n`);
    expect(fifty.diagnostics.map((d) => d.code)).toEqual(['MISSING_KIND']);
  });

  it('huge input ends in bounded time with a diagnostic', () => {
    const big = loadText('a: b\n', { maxLength: 3 });
    expect(big.diagnostics.map((d) => d.code)).toEqual(['INPUT_TOO_LARGE']);
  });

  it('a 10 MB document loads (or fails) without hanging', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: "${'x'.repeat(10 * 1024 * 1024)}"\n`;
    const start = performance.now();
    const r = loadText(text);
    expect(performance.now() - start).toBeLessThan(15000);
    expect(r.objects).toHaveLength(1);
  });
});

describe('field ranges and locate', () => {
  const text = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: np
spec:
  podSelector:
  ingress:
  - from:
    - ipBlock:
        cidr: 10.0.0.0/8
      namespaceSelector: {}
`;
  const obj = loadText(text).objects[0]!;

  it('maps paths to value ranges (1-based lines and columns)', () => {
    expect(obj.fieldRanges['spec.ingress[0].from[0].ipBlock.cidr']).toMatchObject({
      startLine: 10,
      startColumn: 15,
      endLine: 10,
      endColumn: 25,
    });
    expect(obj.keyRanges?.['spec.ingress[0].from[0].namespaceSelector']).toMatchObject({
      startLine: 11,
      startColumn: 7,
    });
    const cidr = obj.fieldRanges['spec.ingress[0].from[0].ipBlock.cidr']!;
    expect(text.slice(cidr.startOffset, cidr.endOffset)).toBe('10.0.0.0/8');
  });

  it('locate falls back to the nearest parent, and to the key of an empty value', () => {
    expect(locate(obj, 'spec.ingress[0].from[0].ipBlock.except[0]').startLine).toBe(10);
    expect(locate(obj, 'spec.podSelector')).toMatchObject({ startLine: 6, startColumn: 3 });
    expect(locate(obj, 'spec.egress').startLine).toBe(6);
    expect(locateKey(obj, 'spec.ingress')).toMatchObject({ startLine: 7, startColumn: 3 });
  });

  it('bracketed keys for label keys with dots and slashes', () => {
    const pod = loadText(
      'kind: Pod\napiVersion: v1\nmetadata:\n  labels:\n    app.kubernetes.io/name: x\n',
    ).objects[0]!;
    expect(pod.fieldRanges['metadata.labels[app.kubernetes.io/name]']?.startLine).toBe(5);
  });
});

describe('fixtures load cleanly', () => {
  const files = [
    ...listFixtures('validation', 'valid').map((f) => ['validation', 'valid', f]),
    ...listFixtures('validation', 'invalid').map((f) => ['validation', 'invalid', f]),
    ['conformance', 'cluster.yaml'],
    ['seed', 'azure-vote-all-in-one-redis.yaml'],
  ];
  it.each(files)('%s/%s/%s', (...parts) => {
    const r = loadText(readFixture(...parts.filter((p): p is string => typeof p === 'string')));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.objects.length).toBeGreaterThan(0);
  });
});

describe('line numbers after a broken document', () => {
  // Found by the incremental-load property: the YAML parser's own newline callback missed
  // line breaks inside a document that mixes a sequence and a mapping, so every range in
  // the documents after it pointed one line too early.
  it('count every line break of the text, whatever the parser made of it', () => {
    const ns = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n';
    const text = `- just\n- a list\nv1\n${ns.slice('apiVersion: v1\n'.length)}---\n${ns}`;
    const r = loadText(text);
    const second = r.documents[1];
    expect(second?.range.startLine).toBe(
      text.slice(0, second?.range.startOffset).split('\n').length,
    );
    expect(r.objects.at(-1)?.fieldRanges['metadata.name']?.startLine).toBe(11);
  });
});
