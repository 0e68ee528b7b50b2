/** The reachability matrix as a readable table (rows: sources, columns: destinations). */
import type { MatrixView } from './matrixView';
import { renderTable } from './table';

/** Up to this many pods, columns are headed by pod ids; beyond, by row numbers. */
const NAMED_COLUMNS_MAX = 10;
/** Beyond this many pods a table is unreadable: print the counts and point to --json. */
export const TABLE_MAX_PODS = 60;

export const ALLOWED_MARK = '✓';
export const DENIED_MARK = '✗';
export const UNCERTAIN_MARK = '?';

export function formatMatrix(
  view: MatrixView,
  counts: { allowed: number; denied: number },
): string {
  const pods = view.pods;
  const summary =
    `${pods.length} pods: ${counts.allowed} of ${pods.length * pods.length} pairs allowed, ${counts.denied} denied` +
    (view.uncertain.length > 0 ? `, ${view.uncertain.length} unknown or ambiguous` : '') +
    ` (${ALLOWED_MARK} allowed, ${DENIED_MARK} denied${view.uncertain.length > 0 ? `, ${UNCERTAIN_MARK} not knowable offline or ambiguous` : ''}${view.ports ? ', or the allowed ports' : ''})\n`;
  if (pods.length > TABLE_MAX_PODS) {
    return `${summary}(no table for more than ${TABLE_MAX_PODS} pods: use --json for every pair, or --stats)\n`;
  }
  const numbered = pods.length > NAMED_COLUMNS_MAX;
  const probe =
    view.port === undefined
      ? `any${view.protocol ? ` ${view.protocol}` : ''} port`
      : `${view.protocol ?? 'TCP'} ${view.port}`;
  const header = [
    `from \\ to (${probe})`,
    ...pods.map((pod, j) => (numbered ? String(j + 1) : pod)),
  ];
  const rows = pods.map((pod, i) => [
    numbered ? `${i + 1} ${pod}` : pod,
    ...pods.map((_, j) => cell(view, i, j)),
  ]);
  return renderTable([header, ...rows]) + summary;
}

function cell(view: MatrixView, i: number, j: number): string {
  const allowed = view.allowed(i, j);
  if (allowed === null) return UNCERTAIN_MARK;
  if (!allowed) return DENIED_MARK;
  const ports = view.ports?.(i, j);
  if (ports === undefined || (ports.length === 1 && ports[0] === 'all')) return ALLOWED_MARK;
  return ports.join(',');
}
