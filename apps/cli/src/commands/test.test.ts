import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { adminPriorityTie, run } from '../testKit';

const WORKSPACE = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80, name: http}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: shop, labels: {app: client}}
spec: {containers: [{name: c, image: i}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: client}}}]
    ports: [{port: http}]
`;
const EXPECTATIONS = `expectations:
- name: client reaches web
  from: shop/client
  to: shop/web
  port: http
  expect: allowed
- name: "web & client <isolated>"
  from: shop/web
  to: shop/client
  port: 80
  expect: denied
`;

const dir = mkdtempSync(join(tmpdir(), 'netpol-test-'));
const workspace = join(dir, 'workspace.yaml');
writeFileSync(workspace, WORKSPACE);

describe('netpol test', () => {
  it('prints PASS/FAIL lines with the reason and the count, exit 1 when one fails', async () => {
    const result = await run(['test', '-', workspace], EXPECTATIONS);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('PASS client reaches web');
    expect(lines[1]).toMatch(
      /^FAIL web & client <isolated>: .*no policy selects shop\/client for ingress/,
    );
    expect(lines[2]).toBe('1 passed, 1 failed');
  });

  it('exits 0 when all pass and prints the --json results', async () => {
    const passing = EXPECTATIONS.replace('expect: denied', 'expect: allowed');
    const result = await run(['test', '--json', '-', workspace], passing);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).results[0]).toEqual({
      name: 'client reaches web',
      from: 'shop/client',
      to: 'shop/web',
      port: 'http',
      protocol: 'TCP',
      expect: 'allowed',
      got: 'allowed',
      pass: true,
    });
  });

  it('a side matching no pod fails (exit 1) and is named', async () => {
    const result = await run(
      ['test', '-', workspace],
      EXPECTATIONS.replace('from: shop/client', 'from: shop/clint'),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL client reaches web: from shop/clint matches no pod');
  });

  it('an invalid expectations file exits 2 with FILE:LINE:COL', async () => {
    const result = await run(['test', '-', workspace], EXPECTATIONS.replace('port: 80', 'port: 0'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^<stdin>:10:9: error: port 0: /m);
    expect((await run(['test', '-'], EXPECTATIONS)).code).toBe(2);
  });

  it('writes JUnit XML that an XML parser reads back, with one testcase per expectation', async () => {
    const out = join(dir, 'junit.xml');
    const result = await run(['test', '--junit', out, '-', workspace], EXPECTATIONS);
    expect(result.code).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    const suite = doc.testsuites.testsuite;
    expect(suite).toMatchObject({ name: '<stdin>', tests: '2', failures: '1' });
    const [pass, fail] = suite.testcase;
    expect(pass.name).toBe('client reaches web');
    expect(pass.failure).toBeUndefined();
    expect(fail.name).toBe('web & client <isolated>');
    expect(fail.failure.message).toContain('no policy selects shop/client');
    expect(fail.failure['#text']).toContain('expected denied, got allowed');
  });
});

describe('netpol test with a verdict not knowable offline', () => {
  // An Admin Accept and an Admin Deny at the same priority both match client → web.
  const tie = `${WORKSPACE}---
apiVersion: v1
kind: Namespace
metadata: {name: shop}
${adminPriorityTie('app: client', 'app: web')}`;
  const tied = join(dir, 'tied.yaml');
  writeFileSync(tied, tie);

  it('an ambiguous verdict fails either expectation, with got "ambiguous" and its reason', async () => {
    for (const expected of ['allowed', 'denied']) {
      const expectations = `expectations:\n- name: tie\n  from: shop/client\n  to: shop/web\n  port: 80\n  expect: ${expected}\n`;
      const json = await run(['test', '--json', '-', tied], expectations);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).results[0]).toMatchObject({
        name: 'tie',
        expect: expected,
        got: 'ambiguous',
        pass: false,
      });
      const text = await run(['test', '-', tied], expectations);
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(/^FAIL tie: .*ambiguous.*a-accept.*b-deny/m);
    }
  });
});
