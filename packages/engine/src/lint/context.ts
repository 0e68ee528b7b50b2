/**
 * What every lint rule reads: the policies in force, each beside the object and the text
 * it was compiled from, and the workspace's pods and namespaces. Only policies the
 * apiserver would accept are here: an invalid object gets its validation errors, not lints.
 */
import type { Analysis } from '../analyze';
import { NAMESPACE_NAME_LABEL } from '../cluster';
import { parseIp } from '../compile';
import type { ParsedIp } from '../compile';
import { peerMatches, portMatches, targetSelects } from '../evaluate';
import type { PeerFacts } from '../evaluate';
import { locate } from '../load';
import { refKey, refsWithErrors } from '../validate';
import type {
  CompiledPolicy,
  CompiledRule,
  LoadedObject,
  PodEndpoint,
  Protocol,
  SourceRange,
} from '../model';
import type { LintCode, LintFinding, QuickFix } from './types';
import { LINT_RULES } from './types';

export interface LintPolicy {
  /** Index in `analysis.policies` (and in the model's per-pod policy lists). */
  readonly index: number;
  readonly compiled: CompiledPolicy;
  readonly object: LoadedObject;
  /** The whole text of the policy's file, for quick fixes. */
  readonly text: string;
}

export interface LintContext {
  readonly analysis: Analysis;
  readonly policies: readonly LintPolicy[];
  /** Per pod (as `cluster.pods`): what a peer matcher sees of it. */
  readonly facts: readonly PeerFacts[];
  /** Other objects (Services…) without validation errors, which lints may read. */
  readonly validObjects: readonly LoadedObject[];
}

export function lintContext(analysis: Analysis): LintContext {
  const texts = new Map((analysis.loads ?? []).map((l) => [l.file, l.text]));
  const byRef = new Map<string, LoadedObject>();
  for (const object of analysis.objects) byRef.set(refKey(object.ref), object);
  const policies: LintPolicy[] = [];
  analysis.policies.forEach((compiled, index) => {
    const object = byRef.get(refKey({ kind: 'NetworkPolicy', ...compiled.ref }));
    if (object) policies.push({ index, compiled, object, text: texts.get(object.ref.file) ?? '' });
  });
  const facts = analysis.cluster.pods.map((pod) => podFacts(analysis, pod));
  const invalid = refsWithErrors(analysis.diagnostics);
  const validObjects = analysis.objects.filter((o) => !invalid.has(refKey(o.ref)));
  return { analysis, policies, facts, validObjects };
}

function podFacts(analysis: Analysis, pod: PodEndpoint): PeerFacts {
  const ips: ParsedIp[] = [];
  for (const text of pod.ips) {
    const ip = parseIp(text);
    if (ip) ips.push(ip);
  }
  const namespaceLabels = analysis.model.namespaceLabels[pod.namespace] ?? {
    [NAMESPACE_NAME_LABEL]: pod.namespace,
  };
  return { pod, namespaceLabels, ips };
}

/** A finding about `path` of a policy, pointing at that field's text. */
export function finding(
  policy: LintPolicy,
  code: LintCode,
  path: string,
  message: string,
  fix?: QuickFix,
  range?: SourceRange,
): LintFinding {
  return {
    code,
    severity: LINT_RULES[code].severity,
    message,
    ref: policy.object.ref,
    path,
    range: range ?? locate(policy.object, path),
    ...(fix ? { fix } : {}),
  };
}

/** Indices of the pods a policy selects (its target), in cluster order. */
export function targetPods(context: LintContext, policy: LintPolicy): number[] {
  const selected: number[] = [];
  context.analysis.cluster.pods.forEach((pod, i) => {
    if (targetSelects(policy.compiled, pod)) selected.push(i);
  });
  return selected;
}

/** Indices of the pods any peer of a rule matches (every pod when the rule has no peers). */
export function peerPods(context: LintContext, rule: CompiledRule): number[] {
  const out: number[] = [];
  context.facts.forEach((facts, i) => {
    if (rule.peers.kind === 'all' || rule.peers.peers.some((peer) => peerMatches(peer, facts)))
      out.push(i);
  });
  return out;
}

/** Does some port entry of the rule (or its absence: every port) admit `protocol`/`port` toward `destination`? */
export function ruleAdmitsPort(
  rule: CompiledRule,
  protocol: Protocol,
  port: number,
  destination: PodEndpoint | undefined,
): boolean {
  if (rule.ports.kind === 'all') return true;
  return rule.ports.ports.some((entry) =>
    portMatches(entry, { protocol, number: port }, destination),
  );
}

/** The path of a rule of a policy: `spec.ingress[0]`. */
export function rulePath(direction: 'ingress' | 'egress', index: number): string {
  return `spec.${direction}[${index}]`;
}

/** The first line of a field's range: where a finding about a whole rule points. */
export function firstLine(policy: LintPolicy, path: string): SourceRange {
  const range = locate(policy.object, path);
  const lineEnd = policy.text.indexOf('\n', range.startOffset);
  if (range.startLine === range.endLine || lineEnd < 0) return range;
  const endOffset = Math.min(range.endOffset, lineEnd);
  return {
    ...range,
    endLine: range.startLine,
    endOffset,
    endColumn: range.startColumn + (endOffset - range.startOffset),
  };
}
