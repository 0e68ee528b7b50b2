/**
 * Diagnostics as the CLI prints them: compiler-style text lines, and the `validate --json`
 * document list (a contract other tools parse: keep its keys as DESIGN.md states them).
 */
import type { Analysis, Diagnostic } from '@netpol/engine';

/** `FILE:LINE:COL: error: FIELD.PATH: message` (position and path left out when unknown). */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.range ? `${d.file}:${d.range.startLine}:${d.range.startColumn}` : d.file;
  const path = d.path ? `${d.path}: ` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}: ${d.severity}: ${path}${d.message}${hint}`;
}

export interface ValidateJsonError {
  readonly path: string;
  readonly message: string;
  readonly line: number | null;
  readonly column: number | null;
}

export interface ValidateJsonDocument {
  readonly file: string;
  readonly index: number;
  /** Only for an item of a `kind: List` document: its index in `items`. */
  readonly item?: number;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly valid: boolean;
  readonly errors: readonly ValidateJsonError[];
}

/**
 * One entry per document (per item for a `kind: List`), with its error diagnostics.
 * Errors that belong to a document but to none of its objects (syntax errors) go to the
 * document's entry; file-level errors to an entry with index -1.
 */
export function validateJson(analysis: Analysis): { documents: ValidateJsonDocument[] } {
  // Grouped once, so the work is linear in the number of documents (filtering every
  // object for every document took minutes at 100,000 documents).
  const errorsByDoc = groupBy(
    analysis.diagnostics.filter((d) => d.severity === 'error'),
    (d) => docKey(d.file, d.documentIndex),
  );
  const objectsByDoc = groupBy(analysis.objects, (o) => docKey(o.ref.file, o.ref.documentIndex));
  const entries: ValidateJsonDocument[] = [];
  for (const { file, documents } of analysis.documents) {
    const unplaced = errorsByDoc.get(docKey(file, undefined)) ?? [];
    if (unplaced.length > 0) entries.push(entry(file, -1, undefined, '', '', '', unplaced));
    for (const doc of documents) {
      const docErrors = errorsByDoc.get(docKey(file, doc.index)) ?? [];
      const objects = objectsByDoc.get(docKey(file, doc.index)) ?? [];
      if (objects.length === 0) {
        entries.push(
          entry(file, doc.index, undefined, doc.kind ?? '', '', doc.name ?? '', docErrors),
        );
        continue;
      }
      for (const object of objects) {
        const item = object.ref.itemIndex;
        const own = docErrors.filter((d) => belongsTo(d, item, objects.length));
        entries.push(entry(file, doc.index, item, object.kind, object.namespace, object.name, own));
      }
    }
  }
  return { documents: entries };
}

/** A file and a document index (none: the file itself) as one map key. */
function docKey(file: string, documentIndex: number | undefined): string {
  return `${documentIndex ?? -1}\u0000${file}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A diagnostic belongs to a List item when its ref or its `items[N]` path says so. */
function belongsTo(d: Diagnostic, item: number | undefined, objectCount: number): boolean {
  if (item === undefined || objectCount === 1) return true;
  if (d.ref) return d.ref.itemIndex === item;
  const match = /^items\[(\d+)\]/.exec(d.path ?? '');
  return match ? Number(match[1]) === item : false;
}

function entry(
  file: string,
  index: number,
  item: number | undefined,
  kind: string,
  namespace: string,
  name: string,
  errors: readonly Diagnostic[],
): ValidateJsonDocument {
  const base = { file, index, ...(item === undefined ? {} : { item }), kind, namespace, name };
  return {
    ...base,
    valid: errors.length === 0,
    errors: errors.map((d) => ({
      path: d.path ?? '',
      message: d.message,
      line: d.range?.startLine ?? null,
      column: d.range?.startColumn ?? null,
    })),
  };
}
