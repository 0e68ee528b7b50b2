/**
 * Nesting depth guard. Deeply nested YAML (`[[[[…` or `- - - - …` thousands deep) overflows
 * the stack of any recursive reader, and near a stack overflow V8 may abort the whole process
 * (seen: "RegExpCompiler Allocation failed") instead of throwing. So before any reader sees
 * the text, documents nested deeper than a bound that real manifests never approach are
 * blanked out (spaces, newlines kept, so every offset and line stays put) and reported.
 */

/** Real manifests nest a few dozen levels at most. */
export const MAX_NESTING = 200;

/** A span of text (one document's body) that nests too deeply. */
export interface DeepRegion {
  readonly start: number;
  readonly end: number;
  /** Where the limit was first exceeded. */
  readonly at: number;
}

function isMarker(text: string, start: number, eol: number): boolean {
  if (!text.startsWith('---', start)) return false;
  const after = text.charCodeAt(start + 3);
  return start + 3 === eol || after === 32 || after === 9 || after === 13;
}

/**
 * Finds the document bodies whose nesting may exceed `limit`: flow brackets counted as
 * they open and close, block depth as the stack of indentation levels plus compact `- `
 * indicators. Both over-estimate (brackets in strings count), which only errs on the safe
 * side for inputs no manifest looks like.
 */
export function deepRegions(text: string, limit = MAX_NESTING): DeepRegion[] {
  const regions: DeepRegion[] = [];
  let docStart = 0;
  let flow = 0;
  let indents: number[] = [];
  let offending = -1;
  for (let start = 0; ;) {
    let eol = text.indexOf('\n', start);
    if (eol === -1) eol = text.length;
    if (isMarker(text, start, eol)) {
      if (offending >= 0) regions.push({ start: docStart, end: start, at: offending });
      docStart = Math.min(eol + 1, text.length);
      flow = 0;
      indents = [];
      offending = -1;
    } else if (offending < 0) {
      offending = lineDepth(text, start, eol, indents, limit);
      for (let k = start; k < eol && offending < 0; k++) {
        const c = text.charCodeAt(k);
        if (c === 91 || c === 123) {
          if (++flow > limit) offending = k;
        } else if ((c === 93 || c === 125) && flow > 0) flow--;
      }
    }
    if (eol >= text.length) break;
    start = eol + 1;
  }
  if (offending >= 0) regions.push({ start: docStart, end: text.length, at: offending });
  return regions;
}

/** Block depth of a line: indentation levels (a stack) plus compact `- ` / `? ` / `: `. */
function lineDepth(
  text: string,
  start: number,
  eol: number,
  indents: number[],
  limit: number,
): number {
  let i = start;
  while (i < eol && text.charCodeAt(i) === 32) i++;
  if (i === eol || text.charCodeAt(i) === 35 /* # */) return -1;
  const indent = i - start;
  while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > indent) indents.pop();
  if (indents.length === 0 || (indents[indents.length - 1] ?? 0) < indent) indents.push(indent);
  let compact = 0;
  while (i + 1 < eol && '-?:'.includes(text[i] ?? '') && text.charCodeAt(i + 1) === 32) {
    compact++;
    i += 2;
    while (i < eol && text.charCodeAt(i) === 32) i++;
  }
  return indents.length + compact > limit ? start : -1;
}

/** The text with each region's characters (except line breaks) replaced by spaces. */
export function blankRegions(text: string, regions: readonly DeepRegion[]): string {
  if (regions.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const r of regions) {
    parts.push(text.slice(from, r.start), text.slice(r.start, r.end).replace(/[^\n]/g, ' '));
    from = r.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
