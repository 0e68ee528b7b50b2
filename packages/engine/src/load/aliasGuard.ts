/**
 * Alias expansion guard. js-yaml (like the `yaml` library's `toJS`) shares the value of an
 * anchor with each of its aliases, so a "billion laughs" document is small in memory but
 * explodes in whatever walks it later (validation, JSON output). What matters is the size
 * of the value once every alias is expanded, not how many aliases there are: 150 aliases
 * of a label map are fine, nine levels of ten aliases each are not.
 */

/** Values (mappings, lists, scalars) a document may expand to: far above any real manifest. */
export const MAX_EXPANDED_VALUES = 1_000_000;

/** A shared part still being measured: meeting it again means the value contains itself. */
const IN_PROGRESS = -1;

/**
 * The number of values in `value` with every shared part counted each time it appears,
 * computed once per shared part (memoised), stopping as soon as it exceeds `limit`.
 * `Infinity` when the value contains itself (a recursive alias, `labels: &l {self: *l}`,
 * which go-yaml refuses as "anchor value contains itself").
 */
export function expandedSize(value: unknown, limit = MAX_EXPANDED_VALUES): number {
  const sizes = new Map<object, number>();
  const size = (v: unknown): number => {
    if (typeof v !== 'object' || v === null) return 1;
    const known = sizes.get(v);
    if (known === IN_PROGRESS) return Infinity;
    if (known !== undefined) return known;
    sizes.set(v, IN_PROGRESS);
    let total = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      total += size(child);
      if (total > limit) break;
    }
    sizes.set(v, total);
    return total;
  };
  return size(value);
}

/** The message for a value `expandedSize` refused. */
export function aliasLimitMessage(size: number): string {
  return size === Infinity
    ? 'an alias refers to a node that contains it (a recursive alias): its value never ends'
    : `document expands to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values through its aliases (a "billion laughs" alias bomb?)`;
}
