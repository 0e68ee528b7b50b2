/**
 * The one shape of an expected failure: a function that can fail for a reason the caller
 * must handle returns this (never throws), and the caller narrows on `ok`.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
