/**
 * NPL006: the classic extra dash. `- namespaceSelector: …` and `- podSelector: …` as two
 * peers mean "every pod of those namespaces OR these pods of my namespace"; written as one
 * peer they mean the (usually intended) AND. The fix merges the two into one peer.
 */
import type { LintContext, LintPolicy } from './context';
import { finding } from './context';
import { deleteItem, replaceValue } from './edits';
import type { LintFinding, QuickFix } from './types';

type Peer = Readonly<Record<string, unknown>>;

function only(peer: unknown, key: string): boolean {
  if (!peer || typeof peer !== 'object') return false;
  const keys = Object.keys(peer).filter(
    (k) => (peer as Peer)[k] !== null && (peer as Peer)[k] !== undefined,
  );
  return keys.length === 1 && keys[0] === key;
}

export function lintSplitPeers(context: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    const spec = (policy.object.object['spec'] ?? {}) as Record<string, unknown>;
    for (const [direction, listKey] of [
      ['ingress', 'from'],
      ['egress', 'to'],
    ] as const) {
      const rules = spec[direction];
      if (!Array.isArray(rules)) continue;
      rules.forEach((rule: unknown, r) => {
        const peers = (rule as Record<string, unknown> | null)?.[listKey];
        if (!Array.isArray(peers)) return;
        const ns = peers.findIndex((p) => only(p, 'namespaceSelector'));
        const pod = peers.findIndex((p) => only(p, 'podSelector'));
        if (ns < 0 || pod < 0) return;
        const listPath = `spec.${direction}[${r}].${listKey}`;
        const first = Math.min(ns, pod);
        findings.push(
          finding(
            policy,
            'NPL006',
            `${listPath}[${first}]`,
            `${listKey}[${ns}] (namespaceSelector only) and ${listKey}[${pod}] (podSelector only) are two peers, ` +
              'which is OR: every pod of those namespaces, or those pods of this namespace. ' +
              'For "those pods in those namespaces" write them as one peer',
            mergeFix(policy, listPath, peers as Peer[], first, Math.max(ns, pod)),
          ),
        );
      });
    }
  }
  return findings;
}

/** One peer with both selectors in place of the first, and the second deleted. */
function mergeFix(
  policy: LintPolicy,
  listPath: string,
  peers: readonly Peer[],
  first: number,
  second: number,
): QuickFix | undefined {
  const ranges = policy.object.fieldRanges;
  const at = (i: number) => ranges[`${listPath}[${i}]`];
  const firstRange = at(first);
  const secondRange = at(second);
  if (!firstRange || !secondRange) return undefined;
  const merged = { ...peers[first], ...peers[second] };
  const ordered = {
    namespaceSelector: merged['namespaceSelector'],
    podSelector: merged['podSelector'],
  };
  // JSON is YAML: a flow mapping fits wherever the first peer stood, block or flow.
  const replace = replaceValue(policy.text, firstRange, JSON.stringify(ordered));
  const remove = deleteItem(secondRange, at(second + 1), at(second - 1));
  if (!remove) return undefined;
  return { title: 'Merge into one peer (AND)', edits: [replace, remove] };
}
