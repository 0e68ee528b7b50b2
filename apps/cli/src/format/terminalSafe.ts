/**
 * Terminal hygiene: names, labels and messages come from the input, and a pod named
 * `"a\e]0;OWNED\a\e[2J"` would otherwise set the terminal's title and clear its screen (or a
 * CI log's). Every byte the CLI writes passes through `terminalSafe`, so no command or
 * format can forget it.
 */

/**
 * C0 controls except tab and newline (carriage return and backspace can overwrite what a
 * line shows), DEL, the C1 controls (U+009B is a one-character CSI in many terminals), and
 * the bidirectional overrides and isolates that reorder what a reader sees.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Shows each unsafe character as a visible escape: `\x1b`, `\x07`, `\u202e`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
