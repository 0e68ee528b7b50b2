/**
 * Keeps the previous object for every item whose content did not change, so React Flow
 * and the memoised node components skip them: a keystroke that changes one policy then
 * re-renders only the nodes and edges whose look changed, not all 500.
 */
export function reuseUnchanged<T extends { id: string }>(previous: readonly T[], next: readonly T[], fingerprint: (item: T) => string): T[] {
  const before = new Map<string, { item: T; print: string }>();
  for (const item of previous) before.set(item.id, { item, print: fingerprint(item) });
  return next.map((item) => {
    const old = before.get(item.id);
    return old && old.print === fingerprint(item) ? old.item : item;
  });
}
