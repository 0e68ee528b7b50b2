import type { PolicyRef, SourceRange } from '@netpol/engine';
import type { Derivation } from './derive';
import { STALE_FILE } from './derive';
import { useAppStore } from '../state/store';

/** Asks the editor (through the store) to select and reveal a range of the workspace text. */
export function requestReveal(range: SourceRange): void {
  useAppStore.getState().revealInEditor(range);
}

/**
 * Where a range of an analysed file is in the workspace text now. Ranges of the last-good
 * copy of a broken document point at that broken document as a whole.
 */
export function workspaceRange(
  derivation: Derivation,
  file: string,
  documentIndex: number,
  range: SourceRange | undefined,
): SourceRange | undefined {
  if (file !== STALE_FILE) return range;
  return derivation.stale.find((s) => s.staleIndex === documentIndex)?.range;
}

/** The source range of a policy (the whole object), in the workspace text. */
export function policyRange(derivation: Derivation, ref: PolicyRef): SourceRange | undefined {
  const policy = derivation.result.policies.find(
    (p) => p.ref.file === ref.file && p.ref.documentIndex === ref.documentIndex && p.ref.itemIndex === ref.itemIndex,
  );
  return workspaceRange(derivation, ref.file, ref.documentIndex, policy?.range);
}
