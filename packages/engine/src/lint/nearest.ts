/** The existing label closest to a wanted one, for "did you mean" hints. */
import type { Labels } from '../selector';

/** Levenshtein distance (small strings: label keys and values). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min(
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
          (previous[j - 1] as number) + cost,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * `key=value` of the candidates nearest to the wanted pair: same key with the closest
 * value when the key exists, else the closest key. Undefined when there are no labels.
 */
export function nearestLabel(
  key: string,
  value: string,
  candidates: readonly Labels[],
): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (const labels of candidates) {
    for (const [k, v] of Object.entries(labels)) {
      // A different key costs more than any value difference on the same key.
      const score = k === key ? editDistance(value, v) : 1000 + editDistance(key, k);
      if (!best || score < best.score) best = { text: `${k}=${v}`, score };
    }
  }
  return best?.text;
}
