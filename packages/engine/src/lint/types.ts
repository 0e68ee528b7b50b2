/**
 * What a lint finding is: a code from `LINT_RULES`, a plain message, the object and the
 * exact text range of the field it is about, and (where one is obvious) a quick fix as
 * text edits. Plain data, like every engine result.
 */
import type { ObjectRef, Severity, SourceRange } from '../model';

/** Replace `[startOffset, endOffset)` of the file's text with `text` (empty: delete). */
export interface TextEdit {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly text: string;
}

export interface QuickFix {
  /** What the fix does, as a menu item would say it. */
  readonly title: string;
  /** Non-overlapping edits of the finding's file, in text order. */
  readonly edits: readonly TextEdit[];
}

export interface LintFinding {
  readonly code: LintCode;
  readonly severity: Severity;
  readonly message: string;
  readonly ref: ObjectRef;
  /** The field path the finding points at (`metadata.name`, `spec.egress[0].to[1]`). */
  readonly path: string;
  readonly range: SourceRange;
  readonly fix?: QuickFix;
}

/** The catalogue of lint codes: a published code is never reused or renamed. */
export const LINT_RULES = {
  NPL001: { severity: 'warning', title: 'DNS blocked' },
  NPL002: { severity: 'warning', title: 'policyTypes drops rules' },
  NPL003: { severity: 'warning', title: 'Policy selects no pod' },
  NPL004: { severity: 'warning', title: 'Peer selector matches nothing' },
  NPL005: { severity: 'warning', title: 'Named port resolves to no container port' },
  NPL006: { severity: 'warning', title: 'OR where AND was likely meant' },
  NPL007: { severity: 'info', title: 'Rule adds nothing' },
  NPL008: { severity: 'warning', title: 'Service port, not target port' },
  NPL009: { severity: 'info', title: 'ipBlock covers a pod IP' },
  NPL010: { severity: 'warning', title: 'Rule allows everything' },
  NPL011: { severity: 'info', title: 'DNS over UDP only' },
} as const satisfies Readonly<Record<string, { severity: Severity; title: string }>>;

export type LintCode = keyof typeof LINT_RULES;
