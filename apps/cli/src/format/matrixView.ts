/**
 * A read-only view of a reachability matrix, cell by cell, over the engine's compact
 * (class-level) matrix: big clusters are printed row by row without ever holding the
 * pods² cells in memory.
 */
import type { CompactMatrix, PortSet, Protocol, UncertainCell } from '@netpol/engine';
import { tierStepText } from './verdict';
import { compactAllowed, compactPorts, formatPortSet } from '@netpol/engine';

export interface MatrixView {
  readonly pods: readonly string[];
  /** The probed port; undefined for "any port". */
  readonly port?: number | string;
  /** The probed protocol, or the one "any port" was narrowed to. */
  readonly protocol?: Protocol;
  /** `null` when the verdict is unknown or ambiguous (ClusterNetworkPolicy tiers). */
  allowed(i: number, j: number): boolean | null;
  /** The pairs whose verdict is unknown or ambiguous, and why. */
  readonly uncertain: readonly UncertainCell[];
  /** "Any port" only: the allowed ports of the pair, as `formatPortSet` labels. */
  readonly ports?: (i: number, j: number) => readonly string[];
}

/** Views a compact matrix; with `onlyProtocol`, an "any port" matrix is narrowed to that protocol. */
export function viewOf(matrix: CompactMatrix, onlyProtocol?: Protocol): MatrixView {
  const uncertain = matrix.uncertain ?? [];
  const unknownCells = new Set(uncertain.map((c) => c.from * matrix.pods.length + c.to));
  const allowed = (i: number, j: number): boolean | null =>
    unknownCells.has(i * matrix.pods.length + j) ? null : compactAllowed(matrix, i, j);
  const base = {
    pods: matrix.pods,
    ...(matrix.port === undefined ? {} : { port: matrix.port }),
    uncertain,
  };
  if (matrix.port !== undefined || !matrix.portSets) {
    return { ...base, ...(matrix.protocol ? { protocol: matrix.protocol } : {}), allowed };
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
  if (!onlyProtocol) return { ...base, allowed, ports };
  // Narrowed to one protocol, an uncertain pair may still be decided on it: say unknown.
  const narrowed = (i: number, j: number) => (ports(i, j).length > 0 ? true : allowed(i, j));
  return { ...base, protocol: onlyProtocol, allowed: narrowed, ports };
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
  const uncertain = view.uncertain.filter((c) => view.allowed(c.from, c.to) === null);
  rows('allowed', (i, j) => view.allowed(i, j), ports === undefined && uncertain.length === 0);
  if (ports) rows('ports', ports, uncertain.length === 0);
  if (uncertain.length > 0) {
    const entries = uncertain.map((c) =>
      JSON.stringify({
        from: view.pods[c.from],
        to: view.pods[c.to],
        verdict: c.verdict,
        reason: `${c.direction}: ${tierStepText(c.step)}`,
      }),
    );
    write(`  "uncertain": [\n    ${entries.join(',\n    ')}\n  ]\n`);
  }
  write('}\n');
}
