/**
 * The one set of defensive readers over parsed YAML/JSON values, for every step: objects
 * reach validate, cluster and compile as plain parsed values that may be malformed
 * (validation reports that); these helpers never throw. Keys come from the engine's code,
 * never from the input (a user key such as `constructor` is looked up with `Object.hasOwn`).
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

// Reading as Go's decoder would see a value, after the shape check has reported wrong
// types: a value of the wrong type reads as absent, a null list element as the zero
// value (`{}`).

export type Json = Readonly<Record<string, unknown>>;

export function asRecord(value: unknown): Json | undefined {
  return isPlain(value) ? value : undefined;
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
