/**
 * NPL001 (DNS blocked) and NPL011 (DNS over UDP only). The cluster DNS is the pods labelled
 * `k8s-app: kube-dns` when the workspace has them; without them a rule "reaches DNS" when its
 * ports admit port 53 and its peers can match something (the DNS pods' address is unknown).
 */
import type { CompiledRule, Protocol } from '../model';
import type { LintContext, LintPolicy } from './context';
import { finding, firstLine, ruleAdmitsPort, rulePath, targetPods } from './context';
import { insertAfterItem } from './edits';
import type { LintFinding } from './types';
import { peerMatches, portMatches } from '../evaluate';

const DNS_LABEL = 'k8s-app';
const DNS_VALUE = 'kube-dns';

/** Indices of the cluster DNS pods of the workspace. */
function dnsPods(context: LintContext): number[] {
  const out: number[] = [];
  context.analysis.cluster.pods.forEach((pod, i) => {
    if (pod.labels[DNS_LABEL] === DNS_VALUE) out.push(i);
  });
  return out;
}

/** Does the egress rule admit `protocol` 53 toward the cluster DNS? */
function reachesDns(
  context: LintContext,
  rule: CompiledRule,
  protocol: Protocol,
  dns: readonly number[],
): boolean {
  if (dns.length === 0) {
    if (!ruleAdmitsPort(rule, protocol, 53, undefined)) return false;
    return rule.peers.kind === 'all' || rule.peers.peers.some((peer) => peer.kind !== 'none');
  }
  return dns.some((d) => {
    const facts = context.facts[d];
    const pod = context.analysis.cluster.pods[d];
    if (!facts || !pod) return false;
    const peerOk = rule.peers.kind === 'all' || rule.peers.peers.some((p) => peerMatches(p, facts));
    return peerOk && ruleAdmitsPort(rule, protocol, 53, pod);
  });
}

/** NPL001: once per egress-isolating policy that selects a pod whose egress cannot reach DNS. */
export function lintDnsBlocked(context: LintContext): LintFinding[] {
  const dns = dnsPods(context);
  const { model } = context.analysis;
  // The answer depends only on the pod's list of egress policies: memoise by it.
  const blockedByList = new Map<string, boolean>();
  const isBlocked = (pod: number): boolean => {
    const list = model.egressPolicies[pod] ?? [];
    const key = list.join(',');
    let blocked = blockedByList.get(key);
    if (blocked === undefined) {
      blocked = !list.some((p) =>
        (model.policies[p]?.egress ?? []).some((rule) => reachesDns(context, rule, 'UDP', dns)),
      );
      blockedByList.set(key, blocked);
    }
    return blocked;
  };
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    if (!policy.compiled.isolates.egress) continue;
    const blocked = targetPods(context, policy).find((pod) => !dns.includes(pod) && isBlocked(pod));
    if (blocked === undefined) continue;
    const podId = context.analysis.cluster.pods[blocked]?.id ?? '';
    const where = dns.length > 0 ? 'the cluster DNS (k8s-app=kube-dns)' : 'any DNS server';
    findings.push(
      finding(
        policy,
        'NPL001',
        'metadata.name',
        `DNS blocked: ${podId} is egress-isolated and no egress rule allows UDP 53 to ${where}`,
      ),
    );
  }
  return findings;
}

/** NPL011: a rule lets UDP 53 reach DNS while no rule of the policy lets TCP 53 reach it. */
export function lintDnsUdpOnly(context: LintContext): LintFinding[] {
  const dns = dnsPods(context);
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    const rules = policy.compiled.egress;
    if (rules.some((rule) => reachesDns(context, rule, 'TCP', dns))) continue;
    const udp = rules.find((rule) => reachesDns(context, rule, 'UDP', dns));
    if (!udp) continue;
    findings.push(
      finding(
        policy,
        'NPL011',
        rulePath('egress', udp.index),
        'DNS over UDP only: UDP 53 is allowed to DNS but TCP 53 is not (large answers fall back to TCP)',
        addTcp53(policy, udp),
        firstLine(policy, rulePath('egress', udp.index)),
      ),
    );
  }
  return findings;
}

/** The fix: a `TCP 53` entry after the rule's UDP 53 entry. */
function addTcp53(policy: LintPolicy, rule: CompiledRule) {
  if (rule.ports.kind === 'all') return undefined;
  const udp = rule.ports.ports.find((p) =>
    portMatches(p, { protocol: 'UDP', number: 53 }, undefined),
  );
  const range = udp ? policy.object.fieldRanges[udp.origin.path] : undefined;
  if (!range) return undefined;
  return {
    title: 'Allow TCP 53 too',
    edits: [insertAfterItem(policy.text, range, '{port: 53, protocol: TCP}')],
  };
}
