/**
 * A read-only view of a reachability matrix, cell by cell, over the engine's compact
 * (class-level) matrix: big clusters are printed row by row without ever holding the
 * pods² cells in memory.
 */
import type { CompactMatrix, PortSet, Protocol } from '@netpol/engine';
import { compactAllowed, compactPorts, formatPortSet } from '@netpol/engine';

export interface MatrixView {
  readonly pods: readonly string[];
  /** The probed port; undefined for "any port". */
  readonly port?: number | string;
  /** The probed protocol, or the one "any port" was narrowed to. */
  readonly protocol?: Protocol;
  allowed(i: number, j: number): boolean;
  /** "Any port" only: the allowed ports of the pair, as `formatPortSet` labels. */
  readonly ports?: (i: number, j: number) => readonly string[];
}

/** Views a compact matrix; with `onlyProtocol`, an "any port" matrix is narrowed to that protocol. */
export function viewOf(matrix: CompactMatrix, onlyProtocol?: Protocol): MatrixView {
  const base = { pods: matrix.pods, ...(matrix.port === undefined ? {} : { port: matrix.port }) };
  if (matrix.port !== undefined || !matrix.portSets) {
    return {
      ...base,
      ...(matrix.protocol ? { protocol: matrix.protocol } : {}),
      allowed: (i, j) => compactAllowed(matrix, i, j),
    };
  }
  const labels = new Map<PortSet, readonly string[]>();
  const format = (set: PortSet) => {
    let text = labels.get(set);
    if (text === undefined) {
      text = onlyProtocol ? narrow(formatPortSet(set), onlyProtocol) : formatPortSet(set);
      labels.set(set, text);
    }
    return text;
  };
  const ports = (i: number, j: number) =>
    compactAllowed(matrix, i, j) ? format(compactPorts(matrix, i, j)) : [];
  if (!onlyProtocol) return { ...base, allowed: (i, j) => compactAllowed(matrix, i, j), ports };
  return { ...base, protocol: onlyProtocol, allowed: (i, j) => ports(i, j).length > 0, ports };
}

/** Port labels of one protocol: `all` becomes `P:1-65535`, other protocols drop out. */
export function narrow(labels: readonly string[], protocol: Protocol): string[] {
  return labels.flatMap((label) =>
    label === 'all' ? [`${protocol}:1-65535`] : label.startsWith(`${protocol}:`) ? [label] : [],
  );
}

/**
 * Writes the contract's JSON (`{"port","protocol","pods","allowed"[,"ports"]}`), one matrix
 * row per line, through `write` in pieces: `port` and `protocol` are null when not probed.
 */
export function writeMatrixJson(view: MatrixView, write: (text: string) => void): void {
  const n = view.pods.length;
  write(
    `{\n  "port": ${JSON.stringify(view.port ?? null)},\n  "protocol": ${JSON.stringify(view.protocol ?? null)},\n`,
  );
  write(`  "pods": ${JSON.stringify(view.pods)},\n`);
  const rows = (name: string, cell: (i: number, j: number) => unknown, last: boolean) => {
    if (n === 0) return write(`  "${name}": []${last ? '' : ','}\n`);
    write(`  "${name}": [\n`);
    for (let i = 0; i < n; i++) {
      const row = new Array<unknown>(n);
      for (let j = 0; j < n; j++) row[j] = cell(i, j);
      write(`    ${JSON.stringify(row)}${i < n - 1 ? ',' : ''}\n`);
    }
    write(`  ]${last ? '' : ','}\n`);
  };
  const ports = view.ports;
  rows('allowed', (i, j) => view.allowed(i, j), ports === undefined);
  if (ports) rows('ports', ports, true);
  write('}\n');
}
