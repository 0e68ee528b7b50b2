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
  /** Where a byte order mark starts the document (`cat`-joined files), skipped by `bodyStart`. */
  readonly bomAt?: number;
}

// C0 controls except TAB and LF (so CR too), DEL, NEL, LS, PS, non-characters.
// eslint-disable-next-line no-control-regex
const UNUSUAL = /[\x00-\x08\x0B-\x1F\x7F\x85\u2028\u2029\uFFFE\uFFFF]/;
const BOM = 0xfeff;
/** After `---`: nothing, or whitespace and maybe a comment (`---#x` is not a marker). */
const MARKER_REST = /^(?:[ \t]+(?:#.*)?)?$/;

export function splitDocuments(text: string): DocumentChunk[] | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const first = /[^\s\uFEFF]/.exec(text);
  if (first && (first[0] === '{' || first[0] === '[')) return undefined;
  const markers: Array<{ at: number; bodyStart: number; bomAt?: number }> = [];
  const boms = new Map<number, number>(); // body start → the BOM's offset
  let preambleHasContent = false;
  for (let lineStart = 0; lineStart < text.length;) {
    let eol = text.indexOf('\n', lineStart);
    if (eol === -1) eol = text.length;
    // A byte order mark may open any document (YAML 1.2 §5.2): at the start of the text,
    // of a `---` line, or of the line after one. Anywhere else the full reader decides.
    const bom = text.charCodeAt(lineStart) === BOM;
    const start = bom ? lineStart + 1 : lineStart;
    const bodyHere = lineStart === 0 || markers[markers.length - 1]?.bodyStart === lineStart;
    const c = text.charCodeAt(start);
    if (bom && !bodyHere && !text.startsWith('---', start)) return undefined;
    if (bom && bodyHere) boms.set(lineStart, start);
    if (c === 45 /* - */ && text.startsWith('---', start)) {
      if (!MARKER_REST.test(text.slice(start + 3, eol))) return undefined;
      const bodyStart = Math.min(eol + 1, text.length);
      markers.push(
        bom ? { at: lineStart, bodyStart, bomAt: lineStart } : { at: lineStart, bodyStart },
      );
    } else if (c === 37 /* % */ || (c === 46 /* . */ && text.startsWith('...', start))) {
      return undefined;
    } else if (markers.length === 0 && !preambleHasContent) {
      const line = text.slice(start, eol).trim();
      preambleHasContent = line !== '' && !line.startsWith('#');
    }
    lineStart = eol + 1;
  }
  if (text.indexOf('\uFEFF', 1) !== -1 && !bomsAllKnown(text, boms, markers)) return undefined;
  const chunks: DocumentChunk[] = [];
  const push = (start: number, bodyStart: number, end: number, markerBom?: number) => {
    const skip = boms.get(bodyStart);
    const bomAt = markerBom ?? (skip === undefined ? undefined : bodyStart);
    chunks.push({
      index: chunks.length,
      start: chunks.length === 0 ? 0 : start,
      bodyStart: skip ?? bodyStart,
      end,
      ...(bomAt === undefined ? {} : { bomAt }),
    });
  };
  if (preambleHasContent) push(0, 0, markers[0]?.at ?? text.length);
  markers.forEach((m, i) => push(m.at, m.bodyStart, markers[i + 1]?.at ?? text.length, m.bomAt));
  return chunks;
}

/** Whether every BOM of the text is one the loop above placed (no BOM inside a line). */
function bomsAllKnown(
  text: string,
  boms: ReadonlyMap<number, number>,
  markers: ReadonlyArray<{ readonly bomAt?: number }>,
): boolean {
  const known = new Set([
    ...boms.keys(),
    ...markers.flatMap((m) => (m.bomAt === undefined ? [] : [m.bomAt])),
  ]);
  for (let i = text.indexOf('\uFEFF'); i !== -1; i = text.indexOf('\uFEFF', i + 1))
    if (!known.has(i)) return false;
  return true;
}
