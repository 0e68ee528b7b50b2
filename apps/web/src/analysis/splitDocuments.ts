/** One YAML document of the workspace text, with where it sits. */
export interface DocumentChunk {
  /** 0-based index among the chunks (documents separated by `---` lines). */
  readonly index: number;
  readonly text: string;
  /** 1-based first and last line of the chunk, separator line included. */
  readonly startLine: number;
  readonly endLine: number;
  readonly startOffset: number;
}

const SEPARATOR = /^---(\s|$)/;

/**
 * Splits multi-document YAML at `---` lines. Only used to find which document a
 * diagnostic falls in and to keep each document's last good text; the engine does the
 * real parsing. A leading `---` does not open an empty document, as in YAML.
 */
export function splitDocuments(text: string): DocumentChunk[] {
  const lines = text.split('\n');
  const chunks: DocumentChunk[] = [];
  let start = 0;
  let startOffset = 0;
  let offset = 0;
  let sawContent = false;
  const close = (endExclusive: number) => {
    chunks.push({
      index: chunks.length,
      text: lines.slice(start, endExclusive).join('\n'),
      startLine: start + 1,
      endLine: endExclusive,
      startOffset,
    });
  };
  lines.forEach((line, i) => {
    if (SEPARATOR.test(line) && i > 0 && sawContent) {
      close(i);
      start = i;
      startOffset = offset;
      sawContent = false;
    }
    if (!SEPARATOR.test(line) && line.trim() !== '' && !line.trimStart().startsWith('#')) {
      sawContent = true;
    }
    offset += line.length + 1;
  });
  close(lines.length);
  return chunks;
}

/** The chunk holding a 1-based line, if any. */
export function chunkAtLine(chunks: readonly DocumentChunk[], line: number): DocumentChunk | undefined {
  return chunks.find((c) => line >= c.startLine && line <= c.endLine);
}

/**
 * The text with the given chunks blanked out: every character but newlines and the
 * separator line becomes a space, so lines and offsets of every other document stay
 * exactly where they are.
 */
export function blankChunks(text: string, chunks: readonly DocumentChunk[]): string {
  let out = text;
  for (const chunk of chunks) {
    const firstLineIsSep = SEPARATOR.test(chunk.text.split('\n')[0] ?? '');
    const blanked = chunk.text
      .split('\n')
      .map((line, i) => (i === 0 && firstLineIsSep ? line : line.replace(/[^\n]/g, ' ')))
      .join('\n');
    out = out.slice(0, chunk.startOffset) + blanked + out.slice(chunk.startOffset + chunk.text.length);
  }
  return out;
}
