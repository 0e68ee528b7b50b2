/**
 * The reachability matrix as CSV and Markdown, for spreadsheets, docs and reviews.
 * Pure functions: rows are sources, columns destinations, as in the app and the CLI.
 */

export interface MatrixTable {
  /** What the verdicts are for, e.g. "TCP 80" or "any port". */
  readonly filter: string;
  /** Pod ids (`ns/name`), the same order for rows and columns. */
  readonly pods: readonly string[];
  /** `allowed[i][j]`: may pods[i] reach pods[j]? */
  readonly allowed: ReadonlyArray<ReadonlyArray<boolean>>;
}

const CORNER = 'source \\ destination';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes
 * doubled. A field a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
 * gets a leading `'` (OWASP's advice against CSV injection; names come from pasted YAML);
 * so does a field that starts with `'` itself, so that the guard can always be read back.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The matrix as CSV: a header row of destinations, then one row per source; CRLF line ends. */
export function matrixToCsv(table: MatrixTable): string {
  const lines = [[CORNER, ...table.pods]];
  table.pods.forEach((source, i) =>
    lines.push([
      source,
      ...table.pods.map((_, j) => (table.allowed[i]?.[j] ? 'allowed' : 'denied')),
    ]),
  );
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One Markdown table cell: pipes and backslashes escaped, line breaks flattened. */
export function markdownCell(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');
}

/** The matrix as a Markdown table (✓ allowed, ✗ denied) under a one-line heading. */
export function matrixToMarkdown(table: MatrixTable): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    `Reachability on ${markdownCell(table.filter)} (rows: source, columns: destination; ✓ allowed, ✗ denied)`,
    '',
    row([markdownCell(CORNER), ...table.pods.map(markdownCell)]),
    row(['---', ...table.pods.map(() => ':-:')]),
    ...table.pods.map((source, i) =>
      row([markdownCell(source), ...table.pods.map((_, j) => (table.allowed[i]?.[j] ? '✓' : '✗'))]),
    ),
  ];
  return lines.join('\n') + '\n';
}

/** A file name for the matrix of `filter`: `netpol-matrix-tcp-80.csv`. */
export function matrixFileName(filter: string, extension: 'csv' | 'md'): string {
  const slug =
    filter
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'any-port';
  return `netpol-matrix-${slug}.${extension}`;
}
