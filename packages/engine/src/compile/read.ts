/**
 * Defensive readers over parsed YAML values. Policies reach the compiler as plain parsed
 * objects that may be malformed (validation reports that); these helpers never throw.
 */

export type Plain = Readonly<Record<string, unknown>>;

export function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `key`, or undefined when absent, null or not an object. */
export function objectAt(value: unknown, key: string): Plain | undefined {
  if (!isPlain(value)) return undefined;
  const child = value[key];
  return isPlain(child) ? child : undefined;
}

/** The array at `key`, or undefined when absent, null or not an array. */
export function arrayAt(value: unknown, key: string): readonly unknown[] | undefined {
  if (!isPlain(value)) return undefined;
  const child = value[key];
  return Array.isArray(child) ? child : undefined;
}

/** True when `key` holds something other than undefined/null. */
export function has(value: unknown, key: string): boolean {
  return isPlain(value) && value[key] !== undefined && value[key] !== null;
}

/** A scalar as Kubernetes would read it into a string field ('' for non-scalars). */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
