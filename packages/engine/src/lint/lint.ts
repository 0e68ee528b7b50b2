/**
 * `lintAnalysis`: every lint rule over an analysis, findings sorted by file and position.
 * Lints only look at what is in force: invalid objects get validation errors instead.
 */
import type { Analysis } from '../analyze';
import { lintContext } from './context';
import type { LintContext } from './context';
import { lintDnsBlocked, lintDnsUdpOnly } from './dns';
import { lintIpBlocksOverPods } from './ipBlocks';
import { lintNamedPorts } from './namedPorts';
import { lintSplitPeers } from './peerLists';
import { lintPolicyTypes } from './policyTypes';
import { lintAllowAll, lintCoveredRules } from './redundantRules';
import { lintEmptyPeers, lintEmptyTargets } from './selectors';
import { lintServicePorts } from './servicePorts';
import type { LintFinding } from './types';

const RULES: readonly ((context: LintContext) => LintFinding[])[] = [
  lintDnsBlocked,
  lintPolicyTypes,
  lintEmptyTargets,
  lintEmptyPeers,
  lintNamedPorts,
  lintSplitPeers,
  lintCoveredRules,
  lintServicePorts,
  lintIpBlocksOverPods,
  lintAllowAll,
  lintDnsUdpOnly,
];

export function lintAnalysis(analysis: Analysis): LintFinding[] {
  const context = lintContext(analysis);
  const files = (analysis.loads ?? []).map((l) => l.file);
  const findings = RULES.flatMap((rule) => rule(context));
  return findings.sort(
    (a, b) =>
      files.indexOf(a.ref.file) - files.indexOf(b.ref.file) ||
      a.range.startOffset - b.range.startOffset ||
      a.code.localeCompare(b.code),
  );
}
