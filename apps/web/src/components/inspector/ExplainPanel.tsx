import type { ReactNode } from 'react';
import type { DirectionVerdict, FlowVerdict, PolicyRef, RuleRef } from '@netpol/engine';
import { useAnalysis } from '../../analysis/analysisStore';
import { explainFlow } from '../../analysis/engineAdapter';
import { explainTarget } from '../../analysis/explainTarget';
import { policyRange, requestReveal, workspaceRange } from '../../analysis/reveal';
import { useVerdicts } from '../../analysis/selectors';
import type { Derivation } from '../../analysis/derive';
import { useAppStore } from '../../state/store';
import { explanationLines, sideReasonText } from '../../analysis/verdictText';
import { TierChain } from './TierChain';
import type { FlowPair } from '../../state/graphSlice';
import styles from './Inspector.module.css';

function PolicyLink({ derivation, policy }: { derivation: Derivation; policy: PolicyRef }) {
  const range = policyRange(derivation, policy);
  return (
    <button
      type="button"
      className={styles.link}
      data-testid="explain-policy-link"
      data-policy={`${policy.namespace}/${policy.name}`}
      disabled={!range}
      onClick={() => range && requestReveal(range)}
      title="Select this policy in the editor"
    >
      {policy.namespace}/{policy.name}
    </button>
  );
}

function RuleLink({ derivation, rule }: { derivation: Derivation; rule: RuleRef }) {
  const range = workspaceRange(derivation, rule.policy.file, rule.policy.documentIndex, rule.range);
  return (
    <button
      type="button"
      className={styles.link}
      data-testid="explain-rule-link"
      disabled={!range}
      onClick={() => range && requestReveal(range)}
      title="Select this rule in the editor"
    >
      {rule.policy.name}: {rule.path}
    </button>
  );
}

function SideView({
  derivation,
  side,
  who,
  other,
}: {
  derivation: Derivation;
  side: DirectionVerdict;
  who: string;
  other: string;
}) {
  return (
    <div
      className={styles.side}
      data-direction={side.direction}
      data-allowed={side.allowed}
      data-verdict={side.verdict}
    >
      <div className={styles.sideTitle}>
        <span className={side.allowed ? styles.okDot : styles.noDot} />
        {side.direction === 'egress' ? 'Egress' : 'Ingress'} at {who}:{' '}
        <strong>{side.verdict}</strong>
      </div>
      <TierChain derivation={derivation} side={side} />
      {/* With cluster tiers, the NetworkPolicy details matter only where that tier decided. */}
      {npDecides(side) && (side.isolated ? (
        <div className={styles.row}>
          isolated by{' '}
          {side.isolatingPolicies.map((p) => (
            <PolicyLink key={`${p.file}#${p.documentIndex}#${p.itemIndex ?? ''}`} derivation={derivation} policy={p} />
          ))}
        </div>
      ) : (
        <div className={styles.row}>not isolated: no policy selects it for {side.direction}</div>
      ))}
      {npDecides(side) && side.allowedBy.length > 0 && (
        <div className={styles.row}>
          allowed by{' '}
          {side.allowedBy.map((r) => (
            <RuleLink key={`${r.policy.name}/${r.path}`} derivation={derivation} rule={r} />
          ))}
        </div>
      )}
      {!side.tiers && <div className={styles.reason}>{sideReasonText(side, who, other)}</div>}
    </div>
  );
}

/** Without cluster tiers the NetworkPolicy tier is the whole story; with them, only if it decided. */
function npDecides(side: DirectionVerdict): boolean {
  return !side.tiers || side.tiers.some((step) => step.tier === 'NetworkPolicy' && step.outcome !== 'not-isolated');
}

function VerdictView({ derivation, verdict, note, pair }: { derivation: Derivation; verdict: FlowVerdict; note?: string; pair: FlowPair }) {
  const { flow } = verdict;
  const openAllow = useAppStore((s) => s.openAllowDialog);
  const name = (e: FlowVerdict['flow']['from']) => (e.kind === 'pod' ? e.id : e.ip);
  return (
    <div data-testid="explain-verdict" data-allowed={verdict.allowed} data-verdict={verdict.verdict}>
      <div className={verdict.allowed ? styles.verdictAllowed : styles.verdictDenied}>
        {name(flow.from)} → {name(flow.to)} on {flow.protocol} {flow.port}: {verdict.verdict}
      </div>
      {note && <div className={styles.note}>Any port: {note}.</div>}
      {verdict.verdict === 'denied' && (
        <button type="button" className={styles.small} data-testid="allow-from-explain" onClick={() => openAllow(pair)}>
          Allow this traffic…
        </button>
      )}
      <SideView derivation={derivation} side={verdict.egress} who={name(flow.from)} other={name(flow.to)} />
      <SideView derivation={derivation} side={verdict.ingress} who={name(flow.to)} other={name(flow.from)} />
      <details className={styles.explanation}>
        <summary>Explanation as text</summary>
        <ul>
          {explanationLines(verdict).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** Why the selected flow is allowed or denied, with links into the YAML. */
export function ExplainPanel() {
  const derivation = useAnalysis();
  const data = useVerdicts();
  const pair = useAppStore((s) => s.selectedFlow);
  let body: ReactNode = <p className={styles.hint}>Click an edge or a matrix cell to see why traffic is allowed or denied.</p>;
  if (derivation && data && pair) {
    const target = explainTarget(data.view, data.verdicts, pair);
    if (target) {
      const verdict = explainFlow(data.view.model, target.from, target.to, target.port, target.protocol);
      body = <VerdictView derivation={derivation} verdict={verdict} note={target.note} pair={pair} />;
    } else {
      body = (
        <p className={styles.hint}>
          {pair.from.replace(/^ns:/, 'namespace ')} → {pair.to.replace(/^ns:/, 'namespace ')} groups many pod pairs:
          expand the namespace (button in its header) or pick a pod to see single flows.
        </p>
      );
    }
  }
  return (
    <section
      className={styles.section}
      data-testid="explain-panel"
      data-from={pair?.from}
      data-to={pair?.to}
      aria-label="Explanation"
    >
      {body}
    </section>
  );
}
