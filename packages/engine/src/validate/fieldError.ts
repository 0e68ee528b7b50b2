/**
 * apimachinery's `field.Error`, as the apiserver prints it: `<path>: <type>: <value>: <detail>`.
 * The path is kept apart (`FieldError.path`); `message` is the rest, worded exactly like
 * `field.Error.ErrorBody()`: `Invalid value: "x": must be ...`, `Required value`,
 * `Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"`, `Forbidden: ...`.
 */
import type { DiagnosticCode } from '../model';

export interface FieldError {
  readonly code: DiagnosticCode;
  /** Apiserver-style path relative to the object: `spec.ingress[0].from[0].ipBlock.cidr`. */
  readonly path: string;
  readonly message: string;
  readonly hint?: string;
  /** Point at the field's key rather than its value (unknown fields, whole-entry errors). */
  readonly atKey?: boolean;
}

/** Go's `strconv.Quote` for the strings we meet (JSON escaping with Go's `\x` form). */
export function goQuote(s: string): string {
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, '\\x$1');
}

/** Values longer than this are cut in messages (a 1 MB label value would fill a screen). */
export const MAX_QUOTED_VALUE = 200;

/** `goQuote`, keeping the first characters of a long value and saying how long it was. */
function quoteCut(s: string): string {
  if (s.length <= MAX_QUOTED_VALUE) return goQuote(s);
  return `${goQuote(s.slice(0, MAX_QUOTED_VALUE / 2))}... (${s.length} characters, cut)`;
}

/**
 * How `ErrorBody` prints a bad value: numbers and booleans with `%v`, strings with `%q`,
 * a string slice (e.g. `policyTypes`) with `%#v` of its Go type.
 */
export function formatValue(value: unknown, goSliceType = '[]string'): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return quoteCut(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `${goSliceType}{${value.map((v) => formatValue(v)).join(', ')}}`;
  // A label map, as `%#v` prints a Go map[string]string.
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => `${goQuote(k)}:${formatValue(v)}`,
  );
  return `map[string]string{${entries.join(', ')}}`;
}

export function invalid(
  path: string,
  value: unknown,
  detail: string,
  goSliceType?: string,
): FieldError {
  return {
    code: 'FIELD_INVALID',
    path,
    message: `Invalid value: ${formatValue(value, goSliceType)}: ${detail}`,
  };
}

export function required(path: string, detail = ''): FieldError {
  return {
    code: 'FIELD_REQUIRED',
    path,
    message: detail ? `Required value: ${detail}` : 'Required value',
  };
}

export function forbidden(path: string, detail: string): FieldError {
  return { code: 'FIELD_FORBIDDEN', path, message: `Forbidden: ${detail}` };
}

/** `field.NotSupported`: the supported values are listed in the order the caller gives. */
export function notSupported(
  path: string,
  value: unknown,
  supported: readonly string[],
): FieldError {
  const list = supported.map(goQuote).join(', ');
  return {
    code: 'FIELD_UNSUPPORTED',
    path,
    message: `Unsupported value: ${formatValue(value)}: supported values: ${list}`,
  };
}

/** `field.TooLong`, which (unlike Invalid) does not print the value. */
export function tooLong(path: string, maxBytes: number): FieldError {
  return { code: 'FIELD_TOO_LONG', path, message: `Too long: must have at most ${maxBytes} bytes` };
}
