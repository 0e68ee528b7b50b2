/** Nouns whose plural is not the singular plus `s`. */
const IRREGULAR: Readonly<Record<string, string>> = {
  policy: 'policies',
  replica: 'replicas',
};

/**
 * `n` and the noun, pluralised: `plural(1, 'pod')` → `1 pod`, `plural(2, 'policy')` →
 * `2 policies`. Pass `many` for a plural the table does not know.
 */
export function plural(n: number, noun: string, many?: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : (many ?? IRREGULAR[noun] ?? `${noun}s`)}`;
}
