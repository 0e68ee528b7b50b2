import type { Action } from './actions';

/**
 * How well `query` matches an action, lower is better; null for no match. Label prefix,
 * then the start of a word, then anywhere in the label or keywords, then the letters in
 * order ("alt" finds "Allow traffic…").
 */
export function matchScore(action: Action, query: string): number | null {
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  const label = action.label.toLowerCase();
  if (label.startsWith(q)) return 0;
  if (label.split(/[\s/(),.…-]+/).some((word) => word.startsWith(q))) return 1;
  const haystack = `${label} ${action.keywords?.toLowerCase() ?? ''} ${action.section.toLowerCase()}`;
  if (haystack.includes(q)) return 2;
  let at = 0;
  for (const ch of label) if (ch === q[at]) at++;
  return at === q.length ? 3 : null;
}

/** The actions matching `query`, best first (registration order breaks ties). */
export function rankActions(actions: readonly Action[], query: string): Action[] {
  return actions
    .map((action, index) => ({ action, index, score: matchScore(action, query) }))
    .filter((m): m is { action: Action; index: number; score: number } => m.score !== null)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((m) => m.action);
}
