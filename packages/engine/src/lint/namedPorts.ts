/**
 * NPL005: a named port that no pod it can apply to declares. A named port is always
 * resolved on the DESTINATION's containers: for an ingress rule the policy's own targets,
 * for an egress rule the pods its peers match. Only judged when that set of pods is known
 * (non-empty in the workspace).
 */
import { resolveNamedPort } from '../evaluate';
import type { LintContext } from './context';
import { finding, peerPods, targetPods } from './context';
import type { LintFinding } from './types';

export function lintNamedPorts(context: LintContext): LintFinding[] {
  const { pods } = context.analysis.cluster;
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    const targets = targetPods(context, policy);
    for (const rule of [...policy.compiled.ingress, ...policy.compiled.egress]) {
      if (rule.ports.kind === 'all') continue;
      const named = rule.ports.ports.filter((p) => p.kind === 'named');
      if (named.length === 0) continue;
      const destinations = rule.direction === 'ingress' ? targets : peerPods(context, rule);
      if (destinations.length === 0) continue;
      for (const port of named) {
        if (port.kind !== 'named') continue;
        const resolves = destinations.some(
          (d) => resolveNamedPort(pods[d]?.ports ?? [], port.name, port.protocol) !== undefined,
        );
        if (resolves) continue;
        const whose =
          rule.direction === 'ingress' ? 'pods this policy selects' : 'pods this rule reaches';
        findings.push(
          finding(
            policy,
            'NPL005',
            `${port.origin.path}.port`,
            `named port ${port.name} (${port.protocol}) is no container port of the ${destinations.length} ${whose}`,
          ),
        );
      }
    }
  }
  return findings;
}
