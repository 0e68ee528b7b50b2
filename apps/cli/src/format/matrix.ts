/** The reachability matrix as a readable table (rows: sources, columns: destinations). */
import type { ReachabilityMatrix } from '@netpol/engine';
import { renderTable } from './table';

/** Up to this many pods, columns are headed by pod ids; beyond, by row numbers. */
const NAMED_COLUMNS_MAX = 10;

export const ALLOWED_MARK = '✓';
export const DENIED_MARK = '✗';

export function formatMatrix(matrix: ReachabilityMatrix): string {
  const pods = matrix.pods;
  const numbered = pods.length > NAMED_COLUMNS_MAX;
  const title =
    matrix.port === undefined
      ? 'from \\ to (any port)'
      : `from \\ to (${matrix.protocol ?? 'TCP'} ${matrix.port})`;
  const header = [title, ...pods.map((pod, j) => (numbered ? String(j + 1) : pod))];
  const rows = pods.map((pod, i) => [
    numbered ? `${i + 1} ${pod}` : pod,
    ...pods.map((_, j) => cell(matrix, i, j)),
  ]);
  const allowed = countAllowed(matrix);
  const total = pods.length * pods.length;
  return (
    renderTable([header, ...rows]) +
    `${pods.length} pods: ${allowed} of ${total} pairs allowed, ${total - allowed} denied ` +
    `(${ALLOWED_MARK} allowed, ${DENIED_MARK} denied${matrix.ports ? ', or the allowed ports' : ''})\n`
  );
}

function cell(matrix: ReachabilityMatrix, i: number, j: number): string {
  if (!matrix.allowed[i]?.[j]) return DENIED_MARK;
  const ports = matrix.ports?.[i]?.[j];
  if (ports === undefined || (ports.length === 1 && ports[0] === 'all')) return ALLOWED_MARK;
  return ports.join(',');
}

/** Number of allowed (source, destination) pairs. */
export function countAllowed(matrix: ReachabilityMatrix): number {
  let count = 0;
  for (const row of matrix.allowed) for (const value of row) if (value) count++;
  return count;
}
