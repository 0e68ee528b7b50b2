/**
 * A namespace intent ("any pod of shop, now and later") is not the pods of today: a policy
 * that happens to allow shop's one pod `app=web` says nothing about the next pod. We stand
 * for "any later pod" with one probe pod per namespace that carries no labels — the pod no
 * podSelector with matchLabels picks — so only a peer that selects the namespace as a
 * whole (no podSelector, or an empty one) counts as allowing it.
 */
import { createPolicyModel } from '../evaluate';
import type { Cluster, PodEndpoint } from '../model';
import type { GenerateInput } from './input';

/** The name probe pods carry; not a valid pod name, so it never collides with a real one. */
export const FUTURE_POD_NAME = '(any later pod)';

export function futurePod(namespace: string): PodEndpoint {
  return {
    id: `${namespace}/${FUTURE_POD_NAME}`,
    namespace,
    name: FUTURE_POD_NAME,
    labels: {},
    ips: [],
    ports: [],
    hostNetwork: false,
    origin: { kind: 'Pod', name: FUTURE_POD_NAME },
    source: { kind: 'Pod', namespace, name: FUTURE_POD_NAME, file: '(probe)', documentIndex: 0 },
  };
}

/** The input with a probe pod in each of `namespaces` (the model rebuilt over it). */
export function withFuturePods(input: GenerateInput, namespaces: readonly string[]): GenerateInput {
  const cluster: Cluster = {
    namespaces: input.cluster.namespaces,
    pods: [...input.cluster.pods, ...namespaces.map(futurePod)],
  };
  return { ...input, cluster, model: createPolicyModel(cluster, input.policies) };
}
