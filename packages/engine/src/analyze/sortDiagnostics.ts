import type { Diagnostic } from '../model';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Orders diagnostics by file (in the order the files were given; unknown files last), then
 * position (those without a range first within their document), then severity. Stable.
 */
export function sortDiagnostics(
  diagnostics: readonly Diagnostic[],
  files: readonly string[],
): Diagnostic[] {
  const fileIndex = new Map(files.map((file, i) => [file, i] as const));
  const order = (d: Diagnostic) => fileIndex.get(d.file) ?? files.length;
  return [...diagnostics].sort(
    (a, b) =>
      order(a) - order(b) ||
      (a.range?.startOffset ?? -1) - (b.range?.startOffset ?? -1) ||
      (a.documentIndex ?? -1) - (b.documentIndex ?? -1) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
