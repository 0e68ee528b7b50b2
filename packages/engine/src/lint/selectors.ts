/**
 * NPL003 (the policy selects no pod) and NPL004 (a peer selector matches nothing), judged
 * against the workspace: only where it holds pods (and, for namespace selectors,
 * Namespace objects), since a partial manifest says nothing about the real cluster.
 */
import { selectorMatches } from '../selector';
import type { LabelSelector, Labels } from '../selector';
import { peerMatches } from '../evaluate';
import type { CompiledPeer } from '../model';
import type { LintContext } from './context';
import { finding, targetPods } from './context';
import { nearestLabel } from './nearest';
import type { LintFinding } from './types';

export function lintEmptyTargets(context: LintContext): LintFinding[] {
  const { pods } = context.analysis.cluster;
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    const namespace = policy.compiled.target.namespace;
    if (!pods.some((pod) => pod.namespace === namespace)) continue;
    if (targetPods(context, policy).length > 0) continue;
    findings.push(
      finding(
        policy,
        'NPL003',
        'metadata.name',
        `podSelector selects no pod of namespace ${namespace}${hint(
          policy.compiled.target.pods.kind === 'selector'
            ? policy.compiled.target.pods.selector
            : undefined,
          pods.filter((pod) => pod.namespace === namespace).map((pod) => pod.labels),
        )}`,
      ),
    );
  }
  return findings;
}

export function lintEmptyPeers(context: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    for (const rule of [...policy.compiled.ingress, ...policy.compiled.egress]) {
      if (rule.peers.kind === 'all') continue;
      for (const peer of rule.peers.peers) {
        const message = emptyPeerMessage(context, peer);
        if (message) findings.push(finding(policy, 'NPL004', peer.origin.path, message));
      }
    }
  }
  return findings;
}

function emptyPeerMessage(context: LintContext, peer: CompiledPeer): string | undefined {
  if (peer.kind !== 'pods') return undefined;
  const { namespaces, pods } = context.analysis.cluster;
  const declared = namespaces.filter((ns) => !ns.implied);
  if (peer.namespaces.kind === 'selector' && declared.length > 0) {
    const selector = peer.namespaces.selector;
    if (!namespaces.some((ns) => selectorMatches(selector, ns.labels)))
      return `namespaceSelector matches no namespace of the workspace${hint(
        selector,
        namespaces.map((ns) => ns.labels),
      )}`;
  }
  if (peer.pods.kind !== 'selector') return undefined;
  const matcher = peer.namespaces;
  const anyPod = { ...peer, pods: { kind: 'all' as const } };
  const inNamespaces = pods.filter((_, i) => {
    const facts = context.facts[i];
    return facts !== undefined && peerMatches(anyPod, facts);
  });
  if (inNamespaces.length === 0) return undefined;
  if (context.facts.some((facts) => peerMatches(peer, facts))) return undefined;
  const where =
    matcher.kind === 'exact' ? `namespace ${matcher.namespace}` : 'the selected namespaces';
  return `podSelector matches no pod of ${where}${hint(
    peer.pods.selector,
    inNamespaces.map((pod) => pod.labels),
  )}`;
}

/** ` (nearest: app=frontend)` for the first matchLabels pair that no candidate has. */
function hint(selector: LabelSelector | undefined, candidates: readonly Labels[]): string {
  if (!selector?.matchLabels) return '';
  for (const [key, value] of Object.entries(selector.matchLabels)) {
    if (candidates.some((labels) => labels[key] === value)) continue;
    const nearest = nearestLabel(key, value, candidates);
    return nearest ? ` (no ${key}=${value}; nearest: ${nearest})` : ` (no ${key}=${value})`;
  }
  return '';
}
