// Test helpers for generate: the seed walkthrough's cluster, and analysis of YAML texts.
import { analyze } from '../src/analyze';
import type { Analysis } from '../src/analyze';
import { readFixture } from './fixtures';

export const SEED_NAMESPACE = 'policy-test-app';

/** The seed's deny-all, as the walkthrough applies it in policy-test-app. */
export const DENY_ALL_INGRESS = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: ${SEED_NAMESPACE}
spec:
  podSelector: {}
  policyTypes:
  - Ingress
`;

/**
 * The azure-vote manifest after step 4 of the walkthrough: the backend labelled
 * `type: redis`, the frontend `role: redis-client` (on the pod templates).
 */
export function labelledAzureVote(): string {
  const manifest = readFixture('seed', 'azure-vote-all-in-one-redis.yaml');
  const labelled = manifest
    .replace(
      '      labels:\n        app: azure-vote-back\n',
      '      labels:\n        app: azure-vote-back\n        type: redis\n',
    )
    .replace(
      '      labels:\n        app: azure-vote-front\n',
      '      labels:\n        app: azure-vote-front\n        role: redis-client\n',
    );
  if (!labelled.includes('type: redis') || !labelled.includes('role: redis-client'))
    throw new Error('seed manifest changed');
  return labelled;
}

/** Analyses texts as files `input-N.yaml`, objects without a namespace going to `defaultNamespace`. */
export function analysisOf(texts: readonly string[], defaultNamespace = 'default'): Analysis {
  return analyze(
    texts.map((text, i) => ({ file: `input-${i}.yaml`, text })),
    { defaultNamespace },
  );
}

/** The seed walkthrough at step 5: the labelled app behind a deny-all. */
export function seedAnalysis(): Analysis {
  return analysisOf([labelledAzureVote(), DENY_ALL_INGRESS], SEED_NAMESPACE);
}
