import type { LintFinding } from '@netpol/engine';
import { useAnalysis } from '../../analysis/analysisStore';

const NONE: readonly LintFinding[] = [];

/** The engine's lints of the current workspace text, with the text they were computed on. */
export function useLints(): {
  readonly lints: readonly LintFinding[];
  readonly text: string | null;
} {
  const analysis = useAnalysis();
  return { lints: analysis?.lints ?? NONE, text: analysis?.text ?? null };
}
