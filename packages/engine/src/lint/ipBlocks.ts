/**
 * NPL009: an ipBlock that covers a pod's IP. ipBlock is meant for addresses outside the
 * cluster; whether a CNI matches pod IPs against it (and before or after SNAT) varies, so
 * the policy may not do what the picture shows. The whole address space is exempt: it is
 * how "anywhere" is written.
 */
import { ipBlockContains } from '../compile';
import type { LintContext } from './context';
import { finding } from './context';
import type { LintFinding } from './types';

export function lintIpBlocksOverPods(context: LintContext): LintFinding[] {
  const { pods } = context.analysis.cluster;
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    for (const rule of [...policy.compiled.ingress, ...policy.compiled.egress]) {
      if (rule.peers.kind === 'all') continue;
      for (const peer of rule.peers.peers) {
        if (peer.kind !== 'ipBlock' || peer.cidr.prefix === 0) continue;
        const covered = pods.findIndex(
          (pod, i) =>
            (context.facts[i]?.ips ?? []).some((ip) =>
              ipBlockContains(peer.cidr, peer.except, ip),
            ) && pod.ips.length > 0,
        );
        const pod = pods[covered];
        if (!pod) continue;
        findings.push(
          finding(
            policy,
            'NPL009',
            peer.origin.path,
            `ipBlock ${peer.cidr.text} covers the IP of pod ${pod.id} (${pod.ips.join(', ')}); ipBlock is meant for cluster-external addresses and CNIs treat pod IPs in it differently`,
          ),
        );
      }
    }
  }
  return findings;
}
