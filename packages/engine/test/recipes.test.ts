// The recipe gallery (public/recipes): every recipe loads cleanly and the engine agrees with
// every verdict written down in index.json. The format is documented in
// public/recipes/README.md; the web app's gallery reads the same index.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, evaluateFlow, parseIp, PROTOCOLS } from '../src';
import type { FlowEndpoint, PolicyModel, Protocol } from '../src';

const RECIPES = join(dirname(fileURLToPath(import.meta.url)), '../../../public/recipes');

interface Expectation {
  readonly from: string;
  readonly to: string;
  readonly port: number | string;
  readonly protocol: Protocol;
  readonly allowed: boolean;
  readonly why: string;
}

interface Recipe {
  readonly id: string;
  readonly title: string;
  readonly intent: string;
  readonly description: string;
  readonly file: string;
  readonly expect: readonly Expectation[];
}

function readRecipeText(file: string): string {
  return readFileSync(join(RECIPES, file), 'utf8');
}

const index: unknown = JSON.parse(readRecipeText('index.json'));
const recipes = (Array.isArray(index) ? index : []) as Recipe[];

/** `ns/name` is a pod; anything else an IP address (the CLI's probe convention). */
function endpoint(text: string): FlowEndpoint {
  return text.includes('/') ? { kind: 'pod', id: text } : { kind: 'ip', ip: text };
}

function verdict(model: PolicyModel, flow: Omit<Expectation, 'allowed' | 'why'>) {
  return evaluateFlow(model, {
    from: endpoint(flow.from),
    to: endpoint(flow.to),
    port: flow.port,
    protocol: flow.protocol,
  });
}

function analyzeText(file: string, text: string) {
  return analyze([{ file, text }]);
}

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';
const isOneLine = (value: unknown): boolean => isText(value) && !/[\r\n]/.test(value);
/** Sentences end with `.`, `!` or `?` followed by a space or the end (not `k8s.io/x`). */
const sentenceCount = (text: string): number => text.match(/[.!?](\s|$)/g)?.length ?? 0;

/** Everything wrong with one index entry, as readable messages (empty when valid). */
function entryProblems(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null) return ['entry is not an object'];
  const r = entry as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of ['id', 'title', 'intent', 'description', 'file'])
    if (!isText(r[key])) problems.push(`${key} must be a non-empty string`);
  if (isText(r['id']) && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r['id']))
    problems.push('id must be kebab-case');
  if (isText(r['id']) && r['file'] !== `${r['id']}.yaml`) problems.push('file must be <id>.yaml');
  if (!isOneLine(r['intent'])) problems.push('intent must be one line');
  if (isText(r['description'])) {
    const sentences = sentenceCount(r['description']);
    if (sentences < 2 || sentences > 4) problems.push(`description has ${sentences} sentences`);
  }
  if (!Array.isArray(r['expect']) || r['expect'].length < 4 || r['expect'].length > 10)
    return [...problems, 'expect must hold 4 to 10 verdicts'];
  r['expect'].forEach((e: unknown, i: number) =>
    problems.push(...expectationProblems(e).map((p) => `expect[${i}]: ${p}`)),
  );
  return problems;
}

function expectationProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return ['not an object'];
  const e = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const side of ['from', 'to']) {
    const text = e[side];
    if (!isText(text)) problems.push(`${side} must be "ns/pod" or an IP`);
    else if (!text.includes('/') && parseIp(text) === undefined)
      problems.push(`${side} "${text}" is neither "ns/pod" nor an IP`);
  }
  const port = e['port'];
  const portOk =
    (typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535) ||
    (typeof port === 'string' && /^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/.test(port));
  if (!portOk) problems.push('port must be 1-65535 or a port name');
  if (!(PROTOCOLS as readonly unknown[]).includes(e['protocol']))
    problems.push(`protocol must be one of ${PROTOCOLS.join(', ')}`);
  if (typeof e['allowed'] !== 'boolean') problems.push('allowed must be true or false');
  if (!isOneLine(e['why'])) problems.push('why must be one line');
  return problems;
}

describe('recipe index (public/recipes/index.json)', () => {
  it('is an array of valid entries', () => {
    expect(Array.isArray(index)).toBe(true);
    const problems = recipes.flatMap((r, i) =>
      entryProblems(r).map((p) => `${r.id ?? `#${i}`}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('has unique ids, and every listed file exists', () => {
    const ids = recipes.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(recipes.filter((r) => !existsSync(join(RECIPES, r.file))).map((r) => r.file)).toEqual(
      [],
    );
  });

  it('lists every .yaml file of the folder', () => {
    const listed = new Set(recipes.map((r) => r.file));
    const files = readdirSync(RECIPES).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('covers the classic recipes of issue 5', () => {
    expect(recipes.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'deny-all-to-app',
        'limit-to-app',
        'allow-all-to-app',
        'default-deny-ingress',
        'default-deny-egress',
        'deny-from-other-namespaces',
        'allow-from-all-namespaces',
        'allow-from-namespace',
        'allow-from-pods-in-namespace',
        'allow-external-clients',
        'allow-only-to-port',
        'multiple-selectors',
        'deny-egress-except-dns',
        'limit-egress-to-cluster',
      ]),
    );
  });
});

describe.each(recipes.map((r) => [r.id, r] as const))('recipe %s', (_id, recipe) => {
  const text = readRecipeText(recipe.file);
  const analysis = analyzeText(recipe.file, text);

  it('opens with a one-line comment giving the same intent as the index', () => {
    expect(text.split('\n')[0]).toBe(`# Intent: ${recipe.intent}`);
  });

  it('loads without error diagnostics, and holds namespaces, pods and a policy', () => {
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.range?.startLine ?? '?'}: ${d.message}`)).toEqual([]);
    expect(analysis.cluster.namespaces.some((n) => !n.implied)).toBe(true);
    expect(analysis.cluster.pods.length).toBeGreaterThanOrEqual(2);
    expect(analysis.policies.length).toBeGreaterThanOrEqual(1);
  });

  it('names only pods that exist (an unknown pod would be silently denied)', () => {
    const ids = new Set(analysis.cluster.pods.map((p) => p.id));
    const named = recipe.expect.flatMap((e) => [e.from, e.to]).filter((t) => t.includes('/'));
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('pins the intent down with flows that stay open and flows that are denied', () => {
    expect(recipe.expect.some((e) => e.allowed)).toBe(true);
    expect(recipe.expect.some((e) => !e.allowed)).toBe(true);
  });

  it.each(recipe.expect.map((e) => [describeFlow(e), e] as const))('%s', (_label, e) => {
    const result = verdict(analysis.model, e);
    // The engine's explanation is the failure message, so a disagreement says why.
    expect(result.allowed, JSON.stringify([result.egress.reason, result.ingress.reason])).toBe(e.allowed);
  });
});

function describeFlow(e: Expectation): string {
  const verdictText = e.allowed ? 'allowed' : 'denied';
  return `${e.from} → ${e.to} ${e.protocol}/${e.port} ${verdictText} (${e.why})`;
}

/**
 * The recipe's text with one policy document replaced: the same namespaces and pods under a
 * commonly copied variant of the policy. Documents are split on `---` lines.
 */
function withPolicy(file: string, policyName: string, replacement: string): string {
  const documents = readRecipeText(file).split(/^---$/m);
  const isTarget = (doc: string) =>
    /^kind: NetworkPolicy$/m.test(doc) && new RegExp(`^  name: ${policyName}$`, 'm').test(doc);
  expect(documents.filter(isTarget)).toHaveLength(1);
  return [...documents.filter((doc) => !isTarget(doc)), `\n${replacement}`].join('---');
}

interface Variant {
  readonly recipe: string;
  readonly replaces: string;
  /** What the variant is, as the recipe's note calls it. */
  readonly name: string;
  readonly policy: string;
  readonly expect: readonly Omit<Expectation, 'why'>[];
}

const policyHead = (namespace: string, name: string) =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n`;

const flow = (
  from: string,
  to: string,
  port: number | string,
  allowed: boolean,
  protocol: Protocol = 'TCP',
) => ({ from, to, port, protocol, allowed });

// Each recipe whose description says "Note: the commonly copied version …" (or "variants …")
// makes a claim about another policy; these run that policy against the recipe's cluster.
const VARIANTS: readonly Variant[] = [
  {
    recipe: 'deny-from-other-namespaces',
    replaces: 'deny-from-other-namespaces',
    name: 'namespaceSelector {} as the peer admits every namespace',
    policy: `${policyHead('secondary', 'deny-from-other-namespaces')}  podSelector: {}
  ingress:
  - from:
    - namespaceSelector: {}
`,
    expect: [
      flow('default/client', 'secondary/web', 80, true),
      flow('monitoring/prometheus', 'secondary/db', 5432, true),
    ],
  },
  {
    recipe: 'deny-from-other-namespaces',
    replaces: 'deny-from-other-namespaces',
    name: 'namespaceSelector {} beside podSelector {} admits every namespace too',
    policy: `${policyHead('secondary', 'deny-from-other-namespaces')}  podSelector: {}
  ingress:
  - from:
    - namespaceSelector: {}
      podSelector: {}
`,
    expect: [flow('default/client', 'secondary/web', 80, true)],
  },
  {
    recipe: 'allow-from-all-namespaces',
    replaces: 'web-allow-all-namespaces',
    name: 'a rule with an empty from admits outside clients as well',
    policy: `${policyHead('secondary', 'web-allow-all-namespaces')}  podSelector:
    matchLabels:
      app: web
  ingress:
  - from:
`,
    expect: [
      flow('default/client', 'secondary/web', 80, true),
      flow('203.0.113.10', 'secondary/web', 80, true),
    ],
  },
  {
    recipe: 'allow-from-pods-in-namespace',
    replaces: 'web-allow-ops-monitoring',
    name: 'two peers (OR) admit the whole team namespace and local monitoring pods',
    policy: `${policyHead('default', 'web-allow-ops-monitoring')}  podSelector:
    matchLabels:
      app: web
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          team: operations
    - podSelector:
        matchLabels:
          type: monitoring
`,
    expect: [
      flow('ops/shell', 'default/web', 80, true),
      flow('default/monitor', 'default/web', 80, true),
      flow('sandbox/monitor', 'default/web', 80, false),
    ],
  },
  {
    recipe: 'allow-external-clients',
    replaces: 'web-allow-external',
    name: 'an empty rule admits every pod on every port',
    policy: `${policyHead('shop', 'web-allow-external')}  podSelector:
    matchLabels:
      app: web
  ingress:
  - {}
`,
    expect: [
      flow('other/client', 'shop/web', 80, true),
      flow('203.0.113.50', 'shop/web', 9000, true),
    ],
  },
  {
    recipe: 'allow-external-clients',
    replaces: 'web-allow-external',
    name: 'ipBlock 0.0.0.0/0 alone matches pod addresses and no IPv6 client',
    policy: `${policyHead('shop', 'web-allow-external')}  podSelector:
    matchLabels:
      app: web
  ingress:
  - from:
    - ipBlock:
        cidr: 0.0.0.0/0
`,
    expect: [
      flow('other/client', 'shop/web', 80, true),
      flow('203.0.113.50', 'shop/web', 80, true),
      flow('2001:db8::50', 'shop/web', 80, false),
    ],
  },
  {
    recipe: 'default-deny-egress',
    replaces: 'default-deny-egress',
    name: 'egress: [] without policyTypes denies ingress instead',
    policy: `${policyHead('payments', 'default-deny-egress')}  podSelector: {}
  egress: []
`,
    expect: [
      flow('payments/api', '93.184.216.34', 443, true),
      flow('other/web', 'payments/api', 8080, false),
    ],
  },
  {
    recipe: 'deny-egress-except-dns',
    replaces: 'deny-egress-except-dns',
    name: 'a ports-only rule allows port 53 to any destination',
    policy: `${policyHead('payments', 'deny-egress-except-dns')}  podSelector: {}
  policyTypes:
  - Egress
  egress:
  - ports:
    - protocol: UDP
      port: 53
    - protocol: TCP
      port: 53
`,
    expect: [
      flow('payments/checkout', '8.8.8.8', 53, true, 'UDP'),
      flow('payments/checkout', '203.0.113.99', 53, true, 'TCP'),
    ],
  },
  {
    recipe: 'deny-egress-except-dns',
    replaces: 'deny-egress-except-dns',
    name: 'UDP alone leaves the TCP fallback denied',
    policy: `${policyHead('payments', 'deny-egress-except-dns')}  podSelector: {}
  policyTypes:
  - Egress
  egress:
  - to:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: kube-system
      podSelector:
        matchLabels:
          k8s-app: kube-dns
    ports:
    - protocol: UDP
      port: 53
`,
    expect: [
      flow('payments/checkout', 'kube-system/coredns', 53, true, 'UDP'),
      flow('payments/checkout', 'kube-system/coredns', 53, false, 'TCP'),
    ],
  },
  {
    recipe: 'deny-egress-except-dns',
    replaces: 'deny-egress-except-dns',
    name: 'a `name: kube-system` label that nobody set matches nothing',
    policy: `${policyHead('payments', 'deny-egress-except-dns')}  podSelector: {}
  policyTypes:
  - Egress
  egress:
  - to:
    - namespaceSelector:
        matchLabels:
          name: kube-system
      podSelector:
        matchLabels:
          k8s-app: kube-dns
    ports:
    - protocol: UDP
      port: 53
    - protocol: TCP
      port: 53
`,
    expect: [
      flow('payments/checkout', 'kube-system/coredns', 53, false, 'UDP'),
      flow('payments/checkout', 'kube-system/coredns', 53, false, 'TCP'),
    ],
  },
  {
    recipe: 'deny-egress-except-dns',
    replaces: 'deny-egress-except-dns',
    name: 'the pod label k8s-app: kube-dns on the namespaceSelector matches nothing',
    policy: `${policyHead('payments', 'deny-egress-except-dns')}  podSelector: {}
  policyTypes:
  - Egress
  egress:
  - to:
    - namespaceSelector:
        matchLabels:
          k8s-app: kube-dns
    ports:
    - protocol: UDP
      port: 53
    - protocol: TCP
      port: 53
`,
    expect: [flow('payments/checkout', 'kube-system/coredns', 53, false, 'UDP')],
  },
  {
    recipe: 'limit-egress-to-cluster',
    replaces: 'foo-limit-egress-to-cluster',
    name: 'port 53 to anywhere plus namespaceSelector {} leaks port 53 and misses the nodes',
    policy: `${policyHead('apps', 'foo-limit-egress-to-cluster')}  podSelector:
    matchLabels:
      app: foo
  policyTypes:
  - Egress
  egress:
  - ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
  - to:
    - namespaceSelector: {}
`,
    expect: [
      flow('apps/foo', 'data/db', 5432, true),
      flow('apps/foo', '8.8.8.8', 53, true, 'UDP'),
      flow('apps/foo', '203.0.113.99', 53, true, 'TCP'),
      flow('apps/foo', 'kube-system/kube-apiserver', 6443, false),
      flow('apps/foo', '192.168.10.11', 10250, false),
    ],
  },
];

describe('commonly copied variants behave as the recipes’ notes say', () => {
  it('every recipe with a note about another version has a variant here', () => {
    const noted = recipes.filter((r) => /Note: /.test(r.description)).map((r) => r.id);
    expect(noted.filter((id) => !VARIANTS.some((v) => v.recipe === id))).toEqual([]);
  });

  it.each(VARIANTS.map((v) => [`${v.recipe}: ${v.name}`, v] as const))('%s', (_label, v) => {
    const recipe = recipes.find((r) => r.id === v.recipe);
    expect(recipe).toBeDefined();
    const file = recipe?.file ?? '';
    const analysis = analyzeText(file, withPolicy(file, v.replaces, v.policy));
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.policies.map((p) => p.ref.name)).toContain(v.replaces);
    for (const e of v.expect) {
      const result = verdict(analysis.model, e);
      expect(result.allowed, `${e.from} → ${e.to}: ${JSON.stringify([result.egress.reason, result.ingress.reason])}`).toBe(
        e.allowed,
      );
    }
  });
});
