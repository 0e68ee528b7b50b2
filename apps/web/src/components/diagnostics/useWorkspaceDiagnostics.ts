import type { Diagnostic } from '@netpol/engine';
import { useAnalysis } from '../../analysis/analysisStore';

const NONE: readonly Diagnostic[] = [];

/** The engine's diagnostics of the current workspace text (empty before the first analysis). */
export function useWorkspaceDiagnostics(): readonly Diagnostic[] {
  return useAnalysis()?.diagnostics ?? NONE;
}
