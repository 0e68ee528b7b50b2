/**
 * Splits a YAML stream into documents the way the `yaml` parser does, for the fast path:
 * a document starts at each `---` line; text before the first `---` is a document of its
 * own only when it has content (else its comments belong to the first document). Returns
 * undefined for anything unusual (directives, `...`, content on a `---` line, CR line
 * ends, control or Unicode line-break characters, JSON), which the full reader handles.
 */
export interface DocumentChunk {
  readonly index: number;
  /** Span start, as `parseYamlStream` reports it (0 for the first document). */
  readonly start: number;
  /** Where the document's body starts: after its `---` line. */
  readonly bodyStart: number;
  readonly end: number;
}

// C0 controls except TAB and LF (so CR too), DEL, NEL, LS, PS, BOM, non-characters.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\x00-\x08\x0B-\x1F\x7F\x85\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
/** After `---`: nothing, or whitespace and maybe a comment (`---#x` is not a marker). */
const MARKER_REST = /^(?:[ \t]+(?:#.*)?)?$/;

export function splitDocuments(text: string): DocumentChunk[] | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const first = /\S/.exec(text);
  if (first && (first[0] === '{' || first[0] === '[')) return undefined;
  const markers: Array<{ at: number; bodyStart: number }> = [];
  let preambleHasContent = false;
  for (let start = 0; start < text.length;) {
    let eol = text.indexOf('\n', start);
    if (eol === -1) eol = text.length;
    const c = text.charCodeAt(start);
    if (c === 45 /* - */ && text.startsWith('---', start)) {
      if (!MARKER_REST.test(text.slice(start + 3, eol))) return undefined;
      markers.push({ at: start, bodyStart: Math.min(eol + 1, text.length) });
    } else if (c === 37 /* % */ || (c === 46 /* . */ && text.startsWith('...', start))) {
      return undefined;
    } else if (markers.length === 0 && !preambleHasContent) {
      const line = text.slice(start, eol).trim();
      preambleHasContent = line !== '' && !line.startsWith('#');
    }
    start = eol + 1;
  }
  const chunks: DocumentChunk[] = [];
  const push = (start: number, bodyStart: number, end: number) =>
    chunks.push({ index: chunks.length, start: chunks.length === 0 ? 0 : start, bodyStart, end });
  if (preambleHasContent) push(0, 0, markers[0]?.at ?? text.length);
  markers.forEach((m, i) => push(m.at, m.bodyStart, markers[i + 1]?.at ?? text.length));
  return chunks;
}
