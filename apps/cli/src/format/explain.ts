/**
 * What every policy allows, as policy-assistant prints it: one row per rule, grouped by
 * policy, naming the target pods, the direction, the peers and the ports.
 */
import type { Analysis } from '@netpol/engine';
import { formatSelector, targetSelects } from '@netpol/engine';
import { renderTable } from './table';

// The compiled-policy vocabulary, read off the analysis so the CLI names only public types.
type CompiledPolicy = Analysis['policies'][number];
type CompiledRule = CompiledPolicy['ingress'][number];
type PodMatcher = CompiledPolicy['target']['pods'];
type CompiledPeer = Extract<CompiledRule['peers'], { kind: 'some' }>['peers'][number];
type NamespaceMatcher = Extract<CompiledPeer, { kind: 'pods' }>['namespaces'];
type CompiledPort = Extract<CompiledRule['ports'], { kind: 'some' }>['ports'][number];

export const EXPLAIN_HEADER = ['POLICY', 'TARGET', 'DIRECTION', 'PEERS', 'PORTS'] as const;

/**
 * Rows of the explain table (header excluded), one per rule; a deny-all direction gets one
 * row. The target says how many of the known pods the policy selects.
 */
export function explainRows(analysis: Pick<Analysis, 'policies' | 'cluster'>): string[][] {
  const rows: string[][] = [];
  for (const policy of analysis.policies) {
    const name = `${policy.ref.namespace}/${policy.ref.name}`;
    const selected = analysis.cluster.pods.filter(
      (pod) => pod.namespace === policy.target.namespace && targetSelects(policy, pod),
    ).length;
    const target = `${describePods(policy.target.pods)}\nin ${policy.target.namespace} (${selected} ${selected === 1 ? 'pod' : 'pods'})`;
    for (const direction of ['ingress', 'egress'] as const) {
      if (!policy.isolates[direction]) continue;
      const rules = policy[direction];
      if (rules.length === 0) {
        rows.push([name, target, direction, 'none (all denied)', '-']);
        continue;
      }
      for (const rule of rules)
        rows.push([
          name,
          target,
          `${direction} #${rule.index}`,
          describePeers(rule),
          describePorts(rule),
        ]);
    }
    if (!policy.isolates.ingress && !policy.isolates.egress)
      rows.push([name, target, '-', 'isolates nothing', '-']);
  }
  return rows;
}

export function formatExplain(analysis: Pick<Analysis, 'policies' | 'cluster'>): string {
  if (analysis.policies.length === 0) {
    return 'No NetworkPolicy in force: every pod may reach every other pod on every port.\n';
  }
  return renderTable([[...EXPLAIN_HEADER], ...explainRows(analysis)], { groupRules: true });
}

function describePods(matcher: PodMatcher): string {
  switch (matcher.kind) {
    case 'all':
      return 'all pods';
    case 'selector':
      return `pods ${formatSelector(matcher.selector)}`;
    case 'none':
      return `no pods (${matcher.reason})`;
  }
}

function describeNamespaces(matcher: NamespaceMatcher): string {
  switch (matcher.kind) {
    case 'all':
      return 'all namespaces';
    case 'exact':
      return `namespace ${matcher.namespace}`;
    case 'selector':
      return `namespaces ${formatSelector(matcher.selector)}`;
    case 'none':
      return `no namespace (${matcher.reason})`;
  }
}

function describePeer(peer: CompiledPeer): string {
  switch (peer.kind) {
    case 'pods':
      return `${describePods(peer.pods)} in ${describeNamespaces(peer.namespaces)}`;
    case 'ipBlock':
      return peer.except.length === 0
        ? `ipBlock ${peer.cidr.text}`
        : `ipBlock ${peer.cidr.text} except ${peer.except.map((c) => c.text).join(', ')}`;
    case 'none':
      return `nothing (${peer.reason})`;
  }
}

function describePeers(rule: CompiledRule): string {
  if (rule.peers.kind === 'all') return 'all peers (pods and external)';
  return rule.peers.peers.map(describePeer).join('\n');
}

function describePort(port: CompiledPort): string {
  switch (port.kind) {
    case 'number':
      return `${port.protocol} ${port.port}`;
    case 'range':
      return `${port.protocol} ${port.from}-${port.to}`;
    case 'named':
      return `${port.protocol} ${port.name} (named)`;
    case 'protocol':
      return `${port.protocol} all ports`;
    case 'none':
      return `nothing (${port.reason})`;
  }
}

function describePorts(rule: CompiledRule): string {
  if (rule.ports.kind === 'all') return 'all ports';
  return rule.ports.ports.map(describePort).join('\n');
}
