import type { ToStringOptions } from 'yaml';
import type { ParsedDocument } from '../load';

/**
 * Does the document indent list items under their key (`key:\n  - a`) rather than level
 * with it (`key:\n- a`, kubectl's style)? The edited document keeps its own style.
 */
function indentsSequences(source: string): boolean {
  const match = /^( *)[^\s#-][^\n]*:[ \t]*\n\1( *)- /m.exec(source);
  return match !== null && (match[2] ?? '').length > 0;
}

/**
 * Replaces one document's span of `text` with the document re-printed after an edit. Only
 * that document's text changes; its comments survive (the `yaml` Document keeps them), and
 * every other document — broken ones included — stays byte for byte.
 */
export function spliceDocument(text: string, parsed: ParsedDocument): string {
  const source = text.slice(parsed.start, parsed.end);
  const options: ToStringOptions = {
    indentSeq: indentsSequences(source),
    lineWidth: 0,
    singleQuote: true,
    flowCollectionPadding: false,
  };
  let printed = parsed.doc.toString(options);
  if (parsed.end < text.length && !printed.endsWith('\n')) printed += '\n';
  return text.slice(0, parsed.start) + printed + text.slice(parsed.end);
}
