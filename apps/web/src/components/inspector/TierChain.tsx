import type { ClusterRuleRef, DirectionVerdict, TierStep } from '@netpol/engine';
import type { Derivation } from '../../analysis/derive';
import { requestReveal, workspaceRange } from '../../analysis/reveal';
import { tierName, tierStepText } from '../../analysis/verdictText';
import styles from './TierChain.module.css';

function stepRules(step: TierStep): readonly ClusterRuleRef[] {
  if ('rule' in step) return [step.rule];
  if ('rules' in step) return step.rules;
  return [];
}

/**
 * One side's ClusterNetworkPolicy tier walk (Admin → NetworkPolicy → Baseline → default),
 * a step a line, each rule a link to its YAML. Nothing when no cluster policy is in force.
 */
export function TierChain({
  derivation,
  side,
}: {
  derivation: Derivation;
  side: DirectionVerdict;
}) {
  if (!side.tiers) return null;
  return (
    <ol className={styles.chain} data-testid="explain-tier-chain" data-direction={side.direction}>
      {side.tiers.map((step, i) => (
        <li
          key={i}
          className={styles.step}
          data-testid="explain-tier-step"
          data-tier={step.tier}
          data-outcome={step.outcome}
        >
          <span className={styles.tier}>{tierName(step)}</span>
          <span className={styles.text}>
            {tierStepText(step)}
            {stepRules(step).map((rule) => {
              const range = workspaceRange(
                derivation,
                rule.policy.file,
                rule.policy.documentIndex,
                rule.range,
              );
              return (
                <button
                  key={`${rule.policy.name}/${rule.path}`}
                  type="button"
                  className={styles.link}
                  data-testid="explain-tier-rule-link"
                  disabled={!range}
                  title="Select this rule in the editor"
                  onClick={() => range && requestReveal(range)}
                >
                  {rule.policy.name}: {rule.path}
                </button>
              );
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}
