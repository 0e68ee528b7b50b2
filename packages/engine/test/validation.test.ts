import { describe, expect, it } from 'vitest';
import { loadText } from '../src/load';
import { hasErrors, refsWithErrors, validateObjects } from '../src/validate';
import type { Diagnostic } from '../src/model/source';
import { listFixtures, readFixture } from './fixtures';

function validateClean(text: string): Diagnostic[] {
  const loaded = loadText(text, { file: 't.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return validateObjects(loaded.objects);
}

const errors = (text: string) => validateClean(text).filter((d) => d.severity === 'error');

describe('validation fixtures (from the apiserver tests)', () => {
  it.each(listFixtures('validation', 'valid'))('valid/%s gives no errors', (file) => {
    expect(errors(readFixture('validation', 'valid', file))).toEqual([]);
  });

  it.each(listFixtures('validation', 'invalid'))(
    'invalid/%s errs at every expected path',
    (file) => {
      const text = readFixture('validation', 'invalid', file);
      const expected = [...text.matchAll(/^# expect-error: (\S+)/gm)].map((m) => m[1]);
      expect(expected.length).toBeGreaterThan(0);
      const found = errors(text);
      for (const path of expected) expect(found.map((d) => d.path)).toContain(path);
      // Every error is located on a real line of the policy, not on the comment header.
      for (const d of found) expect(d.range?.startLine).toBeGreaterThan(expected.length);
    },
  );
});

/** A NetworkPolicy in namespace `ns` with the given indented `spec:` body and metadata lines. */
function policy(
  spec: string,
  meta = '  name: np\n  namespace: ns\n',
  apiVersion = 'networking.k8s.io/v1',
): string {
  return `apiVersion: ${apiVersion}\nkind: NetworkPolicy\nmetadata:\n${meta}spec:\n${spec}`;
}

function diagnostics(text: string): Diagnostic[] {
  return validateObjects(loadText(text, { file: 'p.yaml' }).objects);
}

function errorsOf(text: string): Array<[string | undefined, string]> {
  return diagnostics(text)
    .filter((d) => d.severity === 'error')
    .map((d) => [d.path, d.message]);
}

function expectValid(text: string): void {
  expect(errorsOf(text)).toEqual([]);
}

function expectError(text: string, path: string, message?: string | RegExp): void {
  const found = errorsOf(text).filter(([p]) => p === path);
  expect(found, JSON.stringify(errorsOf(text))).not.toEqual([]);
  if (message) expect(found.map(([, m]) => m).join('\n')).toMatch(message);
}

const SEL = '  podSelector: {}\n';

describe('ObjectMeta', () => {
  it('name: DNS-1123 subdomain (dots allowed, 253 max), required', () => {
    expectValid(policy(SEL, '  name: allow.web-1\n  namespace: ns\n'));
    expectError(
      policy(SEL, '  name: Allow_Web\n  namespace: ns\n'),
      'metadata.name',
      /^Invalid value: "Allow_Web": a lowercase RFC 1123 subdomain/,
    );
    expectError(
      policy(SEL, `  name: ${'a'.repeat(254)}\n  namespace: ns\n`),
      'metadata.name',
      'must be no more than 253 characters',
    );
    expectValid(policy(SEL, `  name: ${'a'.repeat(253)}\n  namespace: ns\n`));
    expectError(
      policy(SEL, '  namespace: ns\n'),
      'metadata.name',
      'Required value: name or generateName is required',
    );
  });

  it('generateName: a prefix, trailing dash allowed', () => {
    expectValid(policy(SEL, '  generateName: allow-\n  namespace: ns\n'));
    expectError(policy(SEL, '  generateName: Allow-\n  namespace: ns\n'), 'metadata.generateName');
  });

  it('namespace: DNS-1123 label (no dots, 63 max)', () => {
    expectError(
      policy(SEL, '  name: np\n  namespace: a.b\n'),
      'metadata.namespace',
      /RFC 1123 label/,
    );
    expectError(
      policy(SEL, `  name: np\n  namespace: ${'n'.repeat(64)}\n`),
      'metadata.namespace',
      'must be no more than 63 characters',
    );
    expectValid(policy(SEL, `  name: np\n  namespace: ${'n'.repeat(63)}\n`));
  });

  it('labels: keys with prefixes, name part 63 max, values 63 max, reported at the map path', () => {
    const labels = (body: string) => policy(SEL, `  name: np\n  namespace: ns\n  labels:\n${body}`);
    expectValid(labels('    app.kubernetes.io/name: web\n    empty: ""\n    A_b.c: X-1\n'));
    expectError(labels('    /name: x\n'), 'metadata.labels', 'prefix part must be non-empty');
    expectError(labels('    a/b/c: x\n'), 'metadata.labels', /a valid label key must consist/);
    expectError(
      labels('    Example.com/a: x\n'),
      'metadata.labels',
      /prefix part a lowercase RFC 1123 subdomain/,
    );
    expectError(
      labels(`    ${'k'.repeat(64)}: x\n`),
      'metadata.labels',
      'name part must be no more than 63 characters',
    );
    expectValid(labels(`    ${'k'.repeat(63)}: x\n`));
    expectError(
      labels(`    k: ${'v'.repeat(64)}\n`),
      'metadata.labels',
      'must be no more than 63 characters',
    );
    expectError(
      labels('    k: "-v"\n'),
      'metadata.labels',
      /^Invalid value: "-v": a valid label must be an empty string/,
    );
  });

  it('a YAML 1.1 boolean or a number as a label value is a type error with a hint', () => {
    const d = diagnostics(
      policy(SEL, '  name: np\n  namespace: ns\n  labels:\n    enabled: yes\n    version: 1\n'),
    );
    const types = d.filter((x) => x.code === 'FIELD_TYPE');
    expect(types.map((x) => [x.path, x.message])).toEqual([
      ['metadata.labels.enabled', 'Invalid type: got boolean true, expected string'],
      ['metadata.labels.version', 'Invalid type: got integer 1, expected string'],
    ]);
    expect(types[0]?.hint).toContain('YAML 1.1');
  });

  it('annotations: qualified keys (case-insensitive), 256 KiB in total', () => {
    const ann = (body: string) =>
      policy(SEL, `  name: np\n  namespace: ns\n  annotations:\n${body}`);
    expectValid(ann('    Example.COM/Note: anything at all, even spaces\n'));
    expectError(ann('    "bad key": x\n'), 'metadata.annotations', /name part must consist/);
    expectError(
      ann(`    big: "${'x'.repeat(256 * 1024)}"\n`),
      'metadata.annotations',
      'Too long: must have at most 262144 bytes',
    );
  });
});

describe('label selectors', () => {
  const expr = (body: string) => policy(`  podSelector:\n    matchExpressions:\n${body}`);
  it('In / NotIn need values', () => {
    expectValid(
      expr(
        '    - {key: app, operator: In, values: [a, b]}\n    - {key: tier, operator: NotIn, values: [db]}\n',
      ),
    );
    expectError(
      expr('    - {key: app, operator: In}\n'),
      'spec.podSelector.matchExpressions[0].values',
      "Required value: must be specified when `operator` is 'In' or 'NotIn'",
    );
    expectError(
      expr('    - {key: app, operator: NotIn, values: []}\n'),
      'spec.podSelector.matchExpressions[0].values',
    );
  });
  it('Exists / DoesNotExist must have none', () => {
    expectValid(
      expr(
        '    - {key: app, operator: Exists}\n    - {key: tier, operator: DoesNotExist, values: []}\n',
      ),
    );
    expectError(
      expr('    - {key: app, operator: Exists, values: [a]}\n'),
      'spec.podSelector.matchExpressions[0].values',
      "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
    );
    expectError(
      expr('    - {key: app, operator: DoesNotExist, values: [a]}\n'),
      'spec.podSelector.matchExpressions[0].values',
    );
  });
  it('unknown operators, bad keys and bad values', () => {
    expectError(
      expr('    - {key: app, operator: in, values: [a]}\n'),
      'spec.podSelector.matchExpressions[0].operator',
      'Invalid value: "in": not a valid selector operator',
    );
    expectError(
      expr('    - {key: "a b", operator: Exists}\n'),
      'spec.podSelector.matchExpressions[0].key',
    );
    expectError(
      expr('    - {key: app, operator: In, values: ["a b"]}\n'),
      'spec.podSelector.matchExpressions[0].values[0]',
    );
  });
  it('matchLabels in peer selectors', () => {
    expectError(
      policy(
        `${SEL}  ingress:\n  - from:\n    - namespaceSelector:\n        matchLabels: {"a/b/c": x}\n`,
      ),
      'spec.ingress[0].from[0].namespaceSelector.matchLabels',
    );
  });
});

describe('peers', () => {
  const from = (peer: string) => policy(`${SEL}  ingress:\n  - from:\n    - ${peer}\n`);
  it('one selector, or both selectors (AND), is fine', () => {
    expectValid(from('podSelector: {}'));
    expectValid(from('namespaceSelector: {}'));
    expectValid(from('{podSelector: {}, namespaceSelector: {matchLabels: {a: b}}}'));
  });
  it('an empty or null peer must specify one', () => {
    expectError(from('{}'), 'spec.ingress[0].from[0]', 'Required value: must specify a peer');
    expectError(from('null'), 'spec.ingress[0].from[0]', 'Required value: must specify a peer');
    expectError(from('{podSelector: null}'), 'spec.ingress[0].from[0]');
  });
  it('ipBlock stands alone', () => {
    expectError(
      from('{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}'),
      'spec.ingress[0].from[0]',
      'Forbidden: may not specify both ipBlock and another peer',
    );
    expectValid(from('{ipBlock: {cidr: 10.0.0.0/8}}'));
  });
});

describe('ipBlock', () => {
  const block = (b: string) => policy(`${SEL}  egress:\n  - to:\n    - ipBlock: ${b}\n`);
  const P = 'spec.egress[0].to[0].ipBlock';
  it('cidr is required and must parse as a CIDR (IPv4 and IPv6)', () => {
    expectValid(block('{cidr: 0.0.0.0/0}'));
    expectValid(block('{cidr: "2001:db8::/32", except: ["2001:db8:1::/48"]}'));
    expectError(block('{except: [10.0.0.0/8]}'), `${P}.cidr`, /^Required value$/);
    expectError(
      block('{cidr: 10.0.0.0}'),
      `${P}.cidr`,
      'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    );
    expectError(block('{cidr: 10.0.0.0/33}'), `${P}.cidr`);
    expectError(block('{cidr: "2001:db8::/129"}'), `${P}.cidr`);
    expectError(block('{cidr: "fe80::1%eth0/64"}'), `${P}.cidr`);
    expectError(block('{cidr: "10.0.0.0/ 8"}'), `${P}.cidr`);
  });
  it('except: valid CIDRs strictly inside cidr, same family', () => {
    expectError(
      block('{cidr: 10.0.0.0/8, except: [11.0.0.0/16]}'),
      `${P}.except[0]`,
      'Invalid value: "11.0.0.0/16": must be a strict subset of `cidr`',
    );
    expectError(block('{cidr: 10.0.0.0/8, except: [10.0.0.0/8]}'), `${P}.except[0]`);
    expectError(block('{cidr: 10.0.0.0/16, except: [10.0.0.0/8]}'), `${P}.except[0]`);
    expectError(block('{cidr: 10.0.0.0/8, except: ["fd00::/64"]}'), `${P}.except[0]`);
    expectError(block('{cidr: 10.0.0.0/8, except: [10.1.0.0]}'), `${P}.except[0]`, /valid CIDR/);
    expectValid(block('{cidr: 10.0.0.0/8, except: [10.1.0.0/16, 10.2.3.4/32]}'));
    // Once cidr is invalid, except is not looked at.
    expect(errorsOf(block('{cidr: bad, except: [also-bad]}')).map(([p]) => p)).toEqual([
      `${P}.cidr`,
    ]);
  });
  it('legacy forms are accepted (like Go ParseCIDRSloppy) with the apiserver warnings', () => {
    const text = block('{cidr: 010.0.0.1/8, except: ["::ffff:10.1.0.0/112"]}');
    expectValid(text);
    const warnings = diagnostics(text).filter((d) => d.code === 'FIELD_WARNING');
    expect(warnings.map((w) => w.message)).toEqual([
      'CIDR value "010.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)',
      'non-standard CIDR value "010.0.0.1/8" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
      'non-standard CIDR value "::ffff:10.1.0.0/112" will be considered invalid in a future Kubernetes release: use "10.1.0.0/16"',
    ]);
    const v6 = diagnostics(block('{cidr: "FD00:0:0::/64"}')).filter(
      (d) => d.code === 'FIELD_WARNING',
    );
    expect(v6.map((w) => w.message)).toEqual([
      'IPv6 CIDR value "FD00:0:0::/64" should be in RFC 5952 canonical format ("fd00::/64")',
    ]);
  });
});

describe('ports', () => {
  const ports = (p: string) => policy(`${SEL}  ingress:\n  - ports:\n    - ${p}\n`);
  const P = 'spec.ingress[0].ports[0]';
  it('numbers 1–65535', () => {
    expectValid(ports('{port: 1}'));
    expectValid(ports('{port: 65535, protocol: UDP}'));
    expectError(
      ports('{port: 0}'),
      `${P}.port`,
      'Invalid value: 0: must be between 1 and 65535, inclusive',
    );
    expectError(ports('{port: 65536}'), `${P}.port`);
    expectError(ports('{port: -1}'), `${P}.port`);
  });
  it('names: IANA_SVC_NAME', () => {
    expectValid(ports('{port: http}'));
    expectValid(ports('{port: a-1-b2}'));
    expectError(
      ports('{port: abcdefghijklmnop}'),
      `${P}.port`,
      'must be no more than 15 characters',
    );
    expectError(
      ports('{port: HTTP}'),
      `${P}.port`,
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    );
    expectError(ports('{port: "8080"}'), `${P}.port`, 'must contain at least one letter (a-z)');
    expectError(ports('{port: a--b}'), `${P}.port`, 'must not contain consecutive hyphens');
    expectError(ports('{port: -ab}'), `${P}.port`, 'must not begin or end with a hyphen');
    expectError(ports('{port: ab-}'), `${P}.port`, 'must not begin or end with a hyphen');
  });
  it('endPort: with a numeric port, ≥ port, ≤ 65535', () => {
    expectValid(ports('{port: 8000, endPort: 9000}'));
    expectValid(ports('{port: 8000, endPort: 8000}'));
    expectError(
      ports('{port: 9000, endPort: 8000}'),
      `${P}.endPort`,
      'Invalid value: 8000: must be greater than or equal to `port`',
    );
    expectError(
      ports('{port: 8000, endPort: 65536}'),
      `${P}.endPort`,
      'must be between 1 and 65535, inclusive',
    );
    expectError(
      ports('{endPort: 8000}'),
      `${P}.endPort`,
      'may not be specified when `port` is not specified',
    );
    expectError(
      ports('{port: http, endPort: 8000}'),
      `${P}.endPort`,
      'may not be specified when `port` is non-numeric',
    );
  });
  it('protocols: TCP, UDP, SCTP (case-sensitive)', () => {
    expectValid(ports('{protocol: SCTP}'));
    expectError(
      ports('{protocol: tcp}'),
      `${P}.protocol`,
      'Unsupported value: "tcp": supported values: "TCP", "UDP", "SCTP"',
    );
    expectError(ports('{protocol: ICMP, port: 80}'), `${P}.protocol`);
  });
  it('wrong types are decode errors', () => {
    expect(diagnostics(ports('{port: true}')).map((d) => [d.code, d.path])).toContainEqual([
      'FIELD_TYPE',
      `${P}.port`,
    ]);
    expect(
      diagnostics(ports('{port: 80, endPort: "90"}')).map((d) => [d.code, d.path]),
    ).toContainEqual(['FIELD_TYPE', `${P}.endPort`]);
    expect(diagnostics(ports('{port: 1.5}')).map((d) => d.code)).toContain('FIELD_TYPE');
  });
});

describe('policyTypes', () => {
  it('Ingress and Egress, at most two', () => {
    expectValid(policy(`${SEL}  policyTypes: [Ingress, Egress]\n`));
    expectValid(policy(`${SEL}  policyTypes: [Egress, Egress]\n`)); // duplicates are not checked
    expectError(
      policy(`${SEL}  policyTypes: [ingress]\n`),
      'spec.policyTypes[0]',
      'Unsupported value: "ingress": supported values: "Ingress", "Egress"',
    );
    expectError(
      policy(`${SEL}  policyTypes: [Ingress, Egress, Ingress]\n`),
      'spec.policyTypes',
      'Invalid value: []networking.PolicyType{"Ingress", "Egress", "Ingress"}: may not specify more than two policyTypes',
    );
  });
});

describe('decoder-level problems and sanity', () => {
  it('unknown fields are errors at the key (strict decoding), with a suggestion', () => {
    const text = policy('  podSelectors: {}\n  polcyTypes: [Ingress]\n');
    const unknown = diagnostics(text).filter((d) => d.code === 'FIELD_UNKNOWN');
    expect(unknown.map((d) => [d.severity, d.path, d.message])).toEqual([
      ['error', 'spec.podSelectors', 'unknown field "spec.podSelectors"'],
      ['error', 'spec.polcyTypes', 'unknown field "spec.polcyTypes"'],
    ]);
    expect(unknown[0]?.hint).toContain('Did you mean "podSelector"?');
    expect(unknown[1]?.hint).toContain('Did you mean "policyTypes"?');
    expect(unknown[0]?.range).toMatchObject({ startLine: 7, startColumn: 3, endColumn: 15 });
    // And the real podSelector is missing: every pod is selected.
    expect(diagnostics(text).map((d) => d.code)).toContain('FIELD_SANITY');
  });

  it('extensions/v1beta1 is not served: an error that stops enforcement', () => {
    const loaded = loadText(policy(SEL, undefined, 'extensions/v1beta1'));
    const d = validateObjects(loaded.objects);
    expect(d.map((x) => [x.code, x.severity, x.path, x.message])).toEqual([
      [
        'API_NOT_SERVED',
        'error',
        'apiVersion',
        'NetworkPolicy extensions/v1beta1 is not served since Kubernetes 1.16, use networking.k8s.io/v1',
      ],
    ]);
    expect(d[0]?.range?.startLine).toBe(1);
    expect(hasErrors(loaded.objects[0]!.ref, d)).toBe(true);
    expect(refsWithErrors(d).size).toBe(1);
  });

  it('a policy without apiVersion is an error of validation (so it is not enforced)', () => {
    const loaded = loadText('kind: NetworkPolicy\nmetadata: {name: np}\nspec: {podSelector: {}}\n');
    expect(loaded.diagnostics).toEqual([]);
    const d = validateObjects(loaded.objects);
    expect(d.map((x) => [x.code, x.severity, x.path])).toEqual([
      ['MISSING_API_VERSION', 'error', 'apiVersion'],
    ]);
    expect(hasErrors(loaded.objects[0]!.ref, d)).toBe(true);
  });

  it('a valid policy has no errors, so it is enforced', () => {
    const loaded = loadText(policy(SEL));
    expect(hasErrors(loaded.objects[0]!.ref, validateObjects(loaded.objects))).toBe(false);
  });
});

describe('other kinds: basic checks', () => {
  it('Namespace names are DNS labels and take no namespace', () => {
    expect(errorsOf('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Prod\n')[0]?.[0]).toBe(
      'metadata.name',
    );
    expect(
      errorsOf('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n  namespace: x\n')[0],
    ).toEqual(['metadata.namespace', 'Forbidden: not allowed on this type']);
  });
  it('container ports: number, name, protocol, duplicates', () => {
    const pod = (ports: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    ports:\n${ports}`;
    expect(errorsOf(pod('    - {containerPort: 80, name: http}\n'))).toEqual([]);
    expect(errorsOf(pod('    - {containerPort: 70000}\n'))[0]?.[0]).toBe(
      'spec.containers[0].ports[0].containerPort',
    );
    expect(errorsOf(pod('    - {name: http}\n'))[0]).toEqual([
      'spec.containers[0].ports[0].containerPort',
      'Required value',
    ]);
    expect(errorsOf(pod('    - {containerPort: 80, name: Web_Port}\n'))[0]?.[0]).toBe(
      'spec.containers[0].ports[0].name',
    );
    expect(
      errorsOf(pod('    - {containerPort: 80, name: a}\n    - {containerPort: 81, name: a}\n'))[0],
    ).toEqual(['spec.containers[0].ports[1].name', 'Duplicate value: "a"']);
  });
  it('workloads: the selector must match the template labels', () => {
    const deploy = (selector: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n${selector}  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: [{name: c}]\n`;
    expect(errorsOf(deploy('  selector: {matchLabels: {app: web}}\n'))).toEqual([]);
    expect(errorsOf(deploy('  selector: {matchLabels: {app: api}}\n'))[0]?.[0]).toBe(
      'spec.template.metadata.labels',
    );
    expect(errorsOf(deploy(''))[0]).toEqual(['spec.selector', 'Required value']);
  });
  it('Service names are DNS-1035 labels', () => {
    expect(errorsOf('apiVersion: v1\nkind: Service\nmetadata: {name: 1svc}\n')[0]?.[0]).toBe(
      'metadata.name',
    );
    expect(errorsOf('apiVersion: v1\nkind: Service\nmetadata: {name: svc-1}\n')).toEqual([]);
  });
});

describe('locations', () => {
  it("each error's line and column point at the field's value", () => {
    const text = policy(
      `${SEL}  ingress:\n  - from:\n    - ipBlock:\n        cidr: 10.0.0.0/8\n        except:\n        - 11.0.0.0/16\n    ports:\n    - port: 0\n`,
    );
    const d = diagnostics(text).filter((x) => x.severity === 'error');
    const lines = text.split('\n');
    for (const x of d) {
      const r = x.range!;
      const value = text.slice(r.startOffset, r.endOffset);
      expect(lines[r.startLine - 1]?.slice(r.startColumn - 1)).toContain(value);
    }
    expect(d.map((x) => [x.path, x.range?.startLine, x.range?.startColumn])).toEqual([
      ['spec.ingress[0].ports[0].port', 15, 13],
      ['spec.ingress[0].from[0].ipBlock.except[0]', 13, 11],
    ]);
  });

  it('an error on a missing field points at its parent', () => {
    const text = policy(
      `${SEL}  ingress:\n  - from:\n    - ipBlock:\n        except: [10.0.0.0/8]\n`,
    );
    const d = diagnostics(text).find((x) => x.path === 'spec.ingress[0].from[0].ipBlock.cidr');
    expect(d?.range?.startLine).toBe(11);
  });
});
