/**
 * Draw-to-allow and the cluster tiers: when an Admin-tier ClusterNetworkPolicy rule denies
 * the flow, no NetworkPolicy can allow it (Admin decides first), so the dialog refuses and
 * names the rule instead of writing a policy that would change nothing.
 */
import type {
  ClusterRuleRef,
  FlowEndpoint,
  IntentDestination,
  IntentSource,
  Protocol,
} from '@netpol/engine';
import { explainFlow, type EngineModel } from '../../analysis/engineAdapter';

function endpoint(end: IntentSource | IntentDestination): FlowEndpoint | undefined {
  if (end.kind === 'pod') return { kind: 'pod', id: end.id };
  if (end.kind === 'cidr') return { kind: 'ip', ip: end.cidr.split('/')[0] ?? end.cidr };
  return undefined;
}

/** The Admin Deny rule that decides the flow on the given port (or on any port the destination serves). */
export function adminDenial(
  model: EngineModel,
  from: IntentSource,
  to: IntentDestination,
  port: number | string | undefined,
  protocol: Protocol,
): ClusterRuleRef | undefined {
  if (!model.clusterPolicies?.length) return undefined;
  const source = endpoint(from);
  const destination = endpoint(to);
  if (!source || !destination) return undefined;
  const destinationPod =
    to.kind === 'pod' ? model.cluster.pods.find((p) => p.id === to.id) : undefined;
  const ports =
    port !== undefined
      ? [port]
      : (destinationPod?.ports.filter((p) => p.protocol === protocol).map((p) => p.port) ?? [1]);
  for (const probe of ports.length > 0 ? ports : [1]) {
    const verdict = explainFlow(model, source, destination, probe, protocol);
    for (const side of [verdict.egress, verdict.ingress]) {
      const last = side.tiers?.at(-1);
      if (last?.tier === 'Admin' && last.outcome === 'Deny') return last.rule;
    }
  }
  return undefined;
}

/** Why the dialog refuses, in words. */
export function refusalText(rule: ClusterRuleRef): string {
  const name = rule.ruleName ? ` "${rule.ruleName}"` : '';
  return `The Admin-tier ClusterNetworkPolicy ${rule.policy.name} (priority ${rule.policy.priority}) denies this flow with its ${rule.direction} rule ${rule.ruleIndex}${name}. Admin rules decide before any NetworkPolicy, so a NetworkPolicy cannot allow it: change that ClusterNetworkPolicy instead.`;
}
