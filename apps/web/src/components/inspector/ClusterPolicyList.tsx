import { useState } from 'react';
import type { ClusterPeer, ClusterRule, CompiledClusterPolicy } from '@netpol/engine';
import { formatSelector } from '@netpol/engine';
import type { Derivation } from '../../analysis/derive';
import { requestReveal, workspaceRange } from '../../analysis/reveal';
import styles from './Inspector.module.css';
import own from './ClusterPolicyList.module.css';

type Selection = CompiledClusterPolicy['subject'];
type Matcher = Selection['pods'];

function matcherText(m: Matcher, all: string): string {
  if (m.kind === 'all') return all;
  if (m.kind === 'none') return `nothing (${m.reason})`;
  return formatSelector(m.selector);
}

function selectionText(s: Selection): string {
  const ns =
    s.namespaces.kind === 'selector'
      ? `namespaces ${matcherText(s.namespaces, '')}`
      : matcherText(s.namespaces, 'all namespaces');
  return `${matcherText(s.pods, 'all pods')} in ${ns}`;
}

function peerText(peer: ClusterPeer): string {
  switch (peer.kind) {
    case 'pods':
      return selectionText(peer);
    case 'nodes':
      return `nodes ${matcherText(peer.nodes, 'all')}`;
    case 'networks':
      return peer.cidrs.map((c) => c.text).join(', ');
    case 'domainNames':
      return `${peer.names.join(', ')} (DNS, not knowable offline)`;
    case 'unknown':
      return 'an unknown peer (fails closed)';
  }
}

function protocolsText(rule: ClusterRule): string {
  if (!rule.protocols) return 'all ports';
  return rule.protocols
    .map((p) =>
      p.kind === 'named'
        ? `port ${p.name}`
        : `${p.protocol} ${p.from === p.to ? p.from : `${p.from}-${p.to}`}`,
    )
    .join(', ');
}

/** Admin first, then Baseline; each by priority (lower first), then name. */
function ordered(policies: readonly CompiledClusterPolicy[]): CompiledClusterPolicy[] {
  const rank = (p: CompiledClusterPolicy) => (p.tier === 'Admin' ? 0 : 1);
  return [...policies].sort(
    (a, b) => rank(a) - rank(b) || a.priority - b.priority || a.ref.name.localeCompare(b.ref.name),
  );
}

function policyRangeOf(derivation: Derivation, policy: CompiledClusterPolicy) {
  return workspaceRange(derivation, policy.ref.file, policy.ref.documentIndex, policy.range);
}

function PolicyDetails({ policy }: { policy: CompiledClusterPolicy }) {
  const rules = [...policy.ingress, ...policy.egress];
  return (
    <div className={own.details} data-testid="cluster-policy-details">
      <div>
        <span className={own.label}>Subject</span> {selectionText(policy.subject)}
      </div>
      {rules.length === 0 && <div className={styles.meta}>No rules: it decides nothing.</div>}
      <ol className={own.rules}>
        {rules.map((rule) => (
          <li
            key={`${rule.direction}${rule.index}`}
            data-testid="cluster-policy-rule"
            data-action={rule.action}
          >
            <span className={own.action} data-action={rule.action}>
              {rule.action}
            </span>{' '}
            {rule.direction} {rule.direction === 'ingress' ? 'from' : 'to'}{' '}
            {rule.peers.map(peerText).join('; ')} on {protocolsText(rule)}
            {rule.name ? <span className={styles.meta}> ({rule.name})</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The cluster-scoped policies (ClusterNetworkPolicy), apart from the namespaced ones, in
 * the order the tiers read them; choosing one shows its subject and rules and selects it
 * in the editor.
 */
export function ClusterPolicyList({ derivation }: { derivation: Derivation }) {
  const [open, setOpen] = useState<string | undefined>(undefined);
  const policies = derivation.result.clusterPolicies ?? [];
  if (policies.length === 0) return null;
  return (
    <>
      <h4 className={styles.h4}>Cluster tiers</h4>
      <p className={`${styles.meta} ${own.note}`}>
        Admin rules decide before NetworkPolicies, Baseline rules after them.
      </p>
      <ul className={styles.list} data-testid="cluster-policy-list">
        {ordered(policies).map((policy) => {
          const key = `${policy.ref.file}#${policy.ref.documentIndex}#${policy.ref.itemIndex ?? ''}`;
          const range = policyRangeOf(derivation, policy);
          return (
            <li
              key={key}
              className={own.item}
              data-testid="cluster-policy-item"
              data-policy={policy.ref.name}
              data-tier={policy.tier}
              data-priority={policy.priority}
            >
              <span className={own.head}>
                <span className={own.tier} data-tier={policy.tier}>
                  {policy.tier} {policy.priority}
                </span>
                <button
                  type="button"
                  className={styles.link}
                  aria-expanded={open === key}
                  title={`Show ${policy.ref.name}: its subject and rules, and its text`}
                  onClick={() => {
                    setOpen(open === key ? undefined : key);
                    if (range) requestReveal(range);
                  }}
                >
                  {policy.ref.name}
                </button>
              </span>
              {open === key && <PolicyDetails policy={policy} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
