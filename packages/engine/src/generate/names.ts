/**
 * Names for generated policies, as a person would write them (`redis-policy`), made valid
 * for `metadata.name` (a DNS-1123 subdomain) and unique in their namespace.
 */

/** Lower-cases and replaces what a DNS-1123 subdomain forbids; '' when nothing usable remains. */
export function toDnsName(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return cleaned.slice(0, 240).replace(/[^a-z0-9]+$/, '');
}

/**
 * The first of `preferences` (after cleaning) not in `taken`; when all are taken, the first
 * with `-2`, `-3`, ... appended.
 */
export function uniqueName(preferences: readonly string[], taken: ReadonlySet<string>): string {
  const names = preferences.map(toDnsName).filter((name) => name !== '');
  const first = names[0] ?? 'allow-policy';
  for (const name of names) if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const name = `${first}-${i}`;
    if (!taken.has(name)) return name;
  }
}
