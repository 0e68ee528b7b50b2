/**
 * NPL002: rules that `policyTypes` makes dead. When `policyTypes` is written, the apiserver
 * keeps it as is: `spec.egress` rules without `Egress` in it are stored but never enforced
 * (the same for ingress). Without `policyTypes` the defaulting adds `Egress` itself.
 */
import type { LintContext, LintPolicy } from './context';
import { finding } from './context';
import { insertAfterItem } from './edits';
import type { LintFinding, QuickFix } from './types';

const DIRECTIONS = [
  { field: 'ingress', type: 'Ingress' },
  { field: 'egress', type: 'Egress' },
] as const;

export function lintPolicyTypes(context: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const policy of context.policies) {
    const spec = (policy.object.object['spec'] ?? {}) as Record<string, unknown>;
    const types = spec['policyTypes'];
    if (!Array.isArray(types)) continue;
    for (const { field, type } of DIRECTIONS) {
      const rules = spec[field];
      if (!Array.isArray(rules) || rules.length === 0 || types.includes(type)) continue;
      findings.push(
        finding(
          policy,
          'NPL002',
          'spec.policyTypes',
          `policyTypes lacks ${type}: the ${rules.length} rule(s) of spec.${field} are ignored`,
          addType(policy, types.length, type),
        ),
      );
    }
  }
  return findings;
}

function addType(policy: LintPolicy, count: number, type: string): QuickFix | undefined {
  const last = policy.object.fieldRanges[`spec.policyTypes[${count - 1}]`];
  if (!last) return undefined;
  return { title: `Add ${type} to policyTypes`, edits: [insertAfterItem(policy.text, last, type)] };
}
