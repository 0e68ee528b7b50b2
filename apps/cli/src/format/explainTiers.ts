/**
 * The cluster-scoped tiers of `netpol explain`: every ClusterNetworkPolicy rule in the order
 * the tier walk reads them (Admin by priority, then Baseline by priority; rules as written),
 * with subject, action, peers and protocols.
 */
import type { Analysis, ClusterPeer, ClusterRule, CompiledClusterPolicy } from '@netpol/engine';
import { formatSelector } from '@netpol/engine';
import { renderTable } from './table';

export const TIERS_HEADER = [
  'TIER',
  'PRIORITY',
  'POLICY',
  'SUBJECT',
  'RULE',
  'ACTION',
  'PEERS',
  'PROTOCOLS',
] as const;

type Matcher = CompiledClusterPolicy['subject']['pods'];

/** Admin first, then Baseline; by priority, then name (ties are reported by the verdicts). */
export function orderedClusterPolicies(
  policies: readonly CompiledClusterPolicy[],
): CompiledClusterPolicy[] {
  const tierRank = (p: CompiledClusterPolicy) => (p.tier === 'Admin' ? 0 : 1);
  return [...policies].sort(
    (a, b) =>
      tierRank(a) - tierRank(b) || a.priority - b.priority || (a.ref.name < b.ref.name ? -1 : 1),
  );
}

export function tierRows(analysis: Pick<Analysis, 'clusterPolicies'>): string[][] {
  const rows: string[][] = [];
  for (const policy of orderedClusterPolicies(analysis.clusterPolicies ?? [])) {
    const head = [
      policy.tier,
      String(policy.priority),
      policy.ref.name,
      describeSelection(policy.subject),
    ];
    const rules = [...policy.ingress, ...policy.egress];
    if (rules.length === 0) rows.push([...head, '-', '-', 'no rules: decides nothing', '-']);
    for (const rule of rules)
      rows.push([
        ...head,
        ruleName(rule),
        rule.action,
        rule.peers.map(describePeer).join('\n'),
        describeProtocols(rule),
      ]);
  }
  return rows;
}

export function formatTiers(analysis: Pick<Analysis, 'clusterPolicies'>): string {
  if (!analysis.clusterPolicies?.length) return '';
  return (
    'ClusterNetworkPolicy tiers, in evaluation order (Admin → NetworkPolicy → Baseline → default allow):\n' +
    renderTable([[...TIERS_HEADER], ...tierRows(analysis)], { groupRules: true }) +
    '\n'
  );
}

function ruleName(rule: ClusterRule): string {
  return `${rule.direction} #${rule.index}${rule.name ? ` ${rule.name}` : ''}`;
}

function matcher(m: Matcher, all: string): string {
  if (m.kind === 'all') return all;
  if (m.kind === 'none') return `nothing (${m.reason})`;
  return formatSelector(m.selector);
}

function describeSelection(selection: CompiledClusterPolicy['subject']): string {
  const ns =
    selection.namespaces.kind === 'selector'
      ? `namespaces ${matcher(selection.namespaces, '')}`
      : matcher(selection.namespaces, 'all namespaces');
  return `${matcher(selection.pods, 'all pods')}\nin ${ns}`;
}

function describePeer(peer: ClusterPeer): string {
  switch (peer.kind) {
    case 'pods':
      return describeSelection(peer);
    case 'nodes':
      return `nodes ${matcher(peer.nodes, 'all')}`;
    case 'networks':
      return peer.cidrs.map((c) => c.text).join(', ');
    case 'domainNames':
      return `${peer.names.join(', ')} (DNS: not knowable offline)`;
    case 'unknown':
      return 'unknown peer (fails closed)';
  }
}

function describeProtocols(rule: ClusterRule): string {
  if (!rule.protocols) return 'all';
  return rule.protocols
    .map((p) =>
      p.kind === 'named'
        ? `named ${p.name}`
        : `${p.protocol}:${p.from === p.to ? p.from : `${p.from}-${p.to}`}`,
    )
    .join(', ');
}
