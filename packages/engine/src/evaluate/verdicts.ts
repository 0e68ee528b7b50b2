import type { Verdict } from '../model';

/** Both sides combined: denied wins, then ambiguous, then unknown; allowed needs both. */
export function combineVerdicts(a: Verdict, b: Verdict): Verdict {
  if (a === 'denied' || b === 'denied') return 'denied';
  if (a === 'ambiguous' || b === 'ambiguous') return 'ambiguous';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'allowed';
}

/** The boolean view of a verdict readers of `allowed` keep: `null` when not known. */
export function verdictAllowed(verdict: Verdict): boolean | null {
  return verdict === 'allowed' ? true : verdict === 'denied' ? false : null;
}
