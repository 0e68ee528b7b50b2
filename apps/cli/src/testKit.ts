// Test helpers: captured IO for runCli, and the fixture files CLI tests read.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from './io';
import { runCli } from './cli';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(REPO_ROOT, 'packages/engine/test/fixtures');
export const CONFORMANCE_CLUSTER = join(FIXTURES, 'conformance/cluster.yaml');
/** `x-a-allows-x-b`: x/a accepts ingress only from x/b. */
export const X_A_ALLOWS_X_B = join(
  FIXTURES,
  'conformance/allow-from-podselector-same-ns/policies.yaml',
);
export const SEED_MANIFEST = join(FIXTURES, 'seed/azure-vote-all-in-one-redis.yaml');

/** The seed app as the walkthrough labels it, plus its deny-all, in policy-test-app. */
export function labelledSeed(): string {
  const manifest = readFileSync(SEED_MANIFEST, 'utf8')
    .replace(
      '      labels:\n        app: azure-vote-back\n',
      '      labels:\n        app: azure-vote-back\n        type: redis\n',
    )
    .replace(
      '      labels:\n        app: azure-vote-front\n',
      '      labels:\n        app: azure-vote-front\n        role: redis-client\n',
    );
  return `${manifest}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
spec:
  podSelector: {}
  policyTypes:
  - Ingress
`;
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output; `stdin` feeds `-`. */
export async function run(argv: readonly string[], stdin = ''): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    now: (() => {
      let t = 0;
      return () => (t += 1);
    })(),
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

let built: string | undefined;

/** The CLI built as it ships (`pnpm build`): dist/netpol.mjs, built once per test file. */
export function builtCli(): string {
  if (built) return built;
  execFileSync(process.execPath, [join(REPO_ROOT, 'apps/cli/build.mjs')], { stdio: 'inherit' });
  built = join(REPO_ROOT, 'apps/cli/dist/netpol.mjs');
  return built;
}

/**
 * Two Admin ClusterNetworkPolicies at one priority that match the same egress with
 * different actions (Accept for every namespace, Deny from `from` pods to `to` pods): the
 * verdict of those flows is ambiguous, as upstream leaves such ties to the implementation.
 */
export function adminPriorityTie(from: string, to: string): string {
  return `---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: a-accept}
spec:
  tier: Admin
  priority: 5
  subject: {namespaces: {}}
  egress: [{action: Accept, to: [{namespaces: {}}]}]
---
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: b-deny}
spec:
  tier: Admin
  priority: 5
  subject: {pods: {podSelector: {matchLabels: {${from}}}}}
  egress: [{action: Deny, to: [{pods: {podSelector: {matchLabels: {${to}}}}}]}]
`;
}
