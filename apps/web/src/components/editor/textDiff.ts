/**
 * The smallest single replacement turning one text into another: the common prefix and
 * suffix are kept, the middle is replaced. Applying external changes (commands, undo,
 * imports) to the editor this way leaves the cursor, selection and scroll position alone
 * wherever the text did not change.
 */
export interface TextReplacement {
  /** 0-based offset in the old text where the replaced span starts. */
  readonly start: number;
  /** 0-based offset in the old text where the replaced span ends (exclusive). */
  readonly end: number;
  /** The text that replaces the span. */
  readonly text: string;
}

/** Returns the replacement turning `before` into `after`, or null when they are equal. */
export function minimalReplacement(before: string, after: string): TextReplacement | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Never split a surrogate pair.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const maxSuffix = max - prefix;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    start: prefix,
    end: before.length - suffix,
    text: after.slice(prefix, after.length - suffix),
  };
}

/** Applies a replacement (the inverse check of {@link minimalReplacement}). */
export function applyReplacement(text: string, replacement: TextReplacement): string {
  return text.slice(0, replacement.start) + replacement.text + text.slice(replacement.end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
