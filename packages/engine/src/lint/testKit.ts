/** Test helpers: lint YAML text, and build small objects without repeating boilerplate. */
import { analyze } from '../analyze';
import type { LintCode, LintFinding } from './types';
import { lintAnalysis } from './lint';

export function lintYaml(text: string): LintFinding[] {
  return lintAnalysis(analyze([{ file: 'w.yaml', text }]));
}

export function codes(text: string, code: LintCode): LintFinding[] {
  return lintYaml(text).filter((f) => f.code === code);
}

/** The text a finding's range covers. */
export function pointed(text: string, finding: LintFinding): string {
  return text.slice(finding.range.startOffset, finding.range.endOffset);
}

export function pod(ns: string, name: string, labels: string, extra = ''): string {
  return `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {${labels}}}
spec: {containers: [{name: c, image: i${extra}}]}
---
`;
}

export function namespace(name: string, labels = ''): string {
  return `apiVersion: v1
kind: Namespace
metadata: {name: ${name}${labels ? `, labels: {${labels}}` : ''}}
---
`;
}
