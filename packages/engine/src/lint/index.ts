// Public surface of the `lint` step: findings (NPL001–NPL011) over an analysis, with quick fixes.
export { lintAnalysis } from './lint';
export { applyEdits } from './edits';
export { LINT_RULES } from './types';
export type { LintCode, LintFinding, QuickFix, TextEdit } from './types';
