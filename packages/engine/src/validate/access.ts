/**
 * Reading parsed YAML the way Go's decoder would see it, after the shape check has
 * reported wrong types: a value of the wrong type reads as absent, a null list element
 * as the zero value (`{}`).
 */
export type Json = Readonly<Record<string, unknown>>;

export function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Elements of a list of structs: `null` decodes to the zero struct, `{}`. */
export function asRecords(value: unknown): readonly Json[] {
  return asArray(value).map((v) => asRecord(v) ?? {});
}

/** A `map[string]string`: only the string-valued entries (others are type errors). */
export function asStringMap(value: unknown): ReadonlyArray<readonly [string, string]> {
  const rec = asRecord(value);
  if (!rec) return [];
  return Object.entries(rec).filter((e): e is [string, string] => typeof e[1] === 'string');
}

/** A Go int32 field: an integer number in range, else absent. */
export function asInt32(value: unknown): number | undefined {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= -2147483648 &&
    value <= 2147483647
    ? value
    : undefined;
}
