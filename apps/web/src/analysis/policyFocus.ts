import { parseIp, peerMatches, targetSelects, type ParsedIp } from '@netpol/engine';
import type { EngineModel } from './engineAdapter';

/** What a selected policy touches: the pods it selects, and the pods its rules admit. */
export interface PolicyFocus {
  readonly targets: ReadonlySet<string>;
  readonly peers: ReadonlySet<string>;
}

/** `ns/name` of a policy, as `policy-item[data-policy]` and the store name it. */
export const policyId = (ref: { namespace: string; name: string }) => `${ref.namespace}/${ref.name}`;

/**
 * The policy view: the pods the policy `id` selects (its targets, whatever its rules) and
 * the pods any of its ingress or egress rules names as a peer, by the engine's own
 * matchers. A rule without peers admits every pod; a policy without rules (a deny) has
 * targets only. Null when no policy in force has that id.
 */
export function policyFocus(model: EngineModel, id: string): PolicyFocus | null {
  const policy = model.policies.find((p) => policyId(p.ref) === id);
  if (!policy) return null;
  const targets = new Set<string>();
  const peers = new Set<string>();
  const rules = [...policy.ingress, ...policy.egress];
  for (const pod of model.cluster.pods) {
    if (targetSelects(policy, pod)) targets.add(pod.id);
    const ips = pod.ips.map(parseIp).filter((ip): ip is ParsedIp => ip !== undefined);
    const facts = { pod, namespaceLabels: model.namespaceLabels[pod.namespace], ips };
    const admitted = rules.some((rule) => rule.peers.kind === 'all' || rule.peers.peers.some((peer) => peerMatches(peer, facts)));
    if (admitted) peers.add(pod.id);
  }
  return { targets, peers };
}

/** The focus in graph node ids: a grouped workload's node stands for its members. */
export function focusOnNodes(
  focus: PolicyFocus | null,
  pods: readonly { readonly id: string; readonly members?: readonly string[] }[],
): PolicyFocus | null {
  if (!focus) return null;
  const map = (ids: ReadonlySet<string>) => {
    const out = new Set(ids);
    for (const p of pods) if (p.members?.some((m) => ids.has(m))) out.add(p.id);
    return out;
  };
  return { targets: map(focus.targets), peers: map(focus.peers) };
}
