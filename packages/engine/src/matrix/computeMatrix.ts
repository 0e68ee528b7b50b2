import type { PortSet, ReachabilityMatrix } from '../model';
import type { PolicyModel, ProbePort } from '../evaluate';
import { formatPortSet, resolveNamedPort } from '../evaluate';
import type { Bits } from './bitset';
import { hasBit } from './bitset';
import { anyPortClassResult } from './anyPort';
import { buildClassView } from './classView';
import { singlePortClassBits } from './singlePort';
import { tieredMatrixCompact } from './tieredMatrix';
import type { CompactMatrix, MatrixOptions } from './types';

/** Computes the compact all-pairs matrix; see `computeMatrix` for the semantics. */
export function computeMatrixCompact(
  model: PolicyModel,
  options: MatrixOptions = {},
): CompactMatrix {
  if ((model.clusterPolicies?.length ?? 0) > 0) return tieredMatrixCompact(model, options);
  const pods = model.cluster.pods.map((p) => p.id);
  const port = options.port;
  if (port === undefined) {
    const view = buildClassView(model);
    const result = anyPortClassResult(view);
    return {
      pods,
      ...classFields(view.classes),
      allowedBits: result.bits,
      pairPortSet: result.pairPortSet,
      portSets: result.portSets,
    };
  }
  const protocol = options.protocol ?? 'TCP';
  const named = typeof port === 'string' ? [{ name: port, protocol }] : [];
  const view = buildClassView(model, named);
  const probeFor = (d: number): ProbePort => {
    if (typeof port === 'number') return { protocol, number: port };
    const number = resolveNamedPort(view.pods[d]?.ports ?? [], port, protocol);
    return number === undefined ? { protocol, name: port } : { protocol, number, name: port };
  };
  return {
    pods,
    port,
    protocol,
    ...classFields(view.classes),
    allowedBits: singlePortClassBits(view, probeFor),
  };
}

function classFields(classes: ReturnType<typeof buildClassView>['classes']) {
  return { classOf: classes.classOf, classCount: classes.count, classSizes: classes.sizes };
}

/** May pod i reach pod j? */
export function compactAllowed(matrix: CompactMatrix, i: number, j: number): boolean {
  if (i === j) return true;
  return hasBit(
    matrix.allowedBits as Bits,
    (matrix.classOf[i] as number) * matrix.classCount + (matrix.classOf[j] as number),
  );
}

/** The tier whose rule decided pod i → pod j (only with ClusterNetworkPolicies in force). */
export function compactDecidedBy(
  matrix: CompactMatrix,
  i: number,
  j: number,
): 'Admin' | 'Baseline' | undefined {
  const code = matrix.decidedBy?.[i * matrix.pods.length + j];
  return code === 1 ? 'Admin' : code === 2 ? 'Baseline' : undefined;
}

/** The ports pod i may use toward pod j (any-port matrices only; `all` elsewhere and on the diagonal). */
export function compactPorts(matrix: CompactMatrix, i: number, j: number): PortSet {
  if (i === j || !matrix.pairPortSet || !matrix.portSets) return { kind: 'all' };
  const id = matrix.pairPortSet[
    (matrix.classOf[i] as number) * matrix.classCount + (matrix.classOf[j] as number)
  ] as number;
  return matrix.portSets[id] as PortSet;
}

/** Allowed and denied cells of the pod matrix (the diagonal counts as allowed), from class sizes. */
export function countPairs(matrix: CompactMatrix): { allowed: number; denied: number } {
  const n = matrix.pods.length;
  let allowed = n;
  for (let s = 0; s < matrix.classCount; s++) {
    for (let d = 0; d < matrix.classCount; d++) {
      if (!hasBit(matrix.allowedBits as Bits, s * matrix.classCount + d)) continue;
      const sources = matrix.classSizes[s] as number;
      const destinations = (matrix.classSizes[d] as number) - (s === d ? 1 : 0);
      allowed += sources * destinations;
    }
  }
  return { allowed, denied: n * n - allowed };
}

/**
 * Expands a compact matrix into the plain form (row i = source pods[i]). Pods of one class
 * share a row template (copied, then the diagonal set), so this is a copy, not an evaluation.
 */
export function expandMatrix(matrix: CompactMatrix): ReachabilityMatrix {
  const n = matrix.pods.length;
  const classRow = <T>(cell: (s: number, d: number) => T) => {
    const templates = new Map<number, T[]>();
    return (s: number): T[] => {
      let template = templates.get(s);
      if (!template) {
        template = new Array<T>(n);
        for (let j = 0; j < n; j++) template[j] = cell(s, matrix.classOf[j] as number);
        templates.set(s, template);
      }
      return template.slice();
    };
  };
  const allowedRow = classRow((s, d) =>
    hasBit(matrix.allowedBits as Bits, s * matrix.classCount + d),
  );
  const allowed: (boolean | null)[][] = [];
  for (let i = 0; i < n; i++) {
    const row: (boolean | null)[] = allowedRow(matrix.classOf[i] as number);
    row[i] = true; // a pod can always reach itself
    allowed.push(row);
  }
  for (const cell of matrix.uncertain ?? [])
    (allowed[cell.from] as (boolean | null)[])[cell.to] = null;
  const base = {
    pods: matrix.pods,
    ...(matrix.port === undefined ? {} : { port: matrix.port }),
    ...(matrix.protocol === undefined ? {} : { protocol: matrix.protocol }),
    allowed,
    ...(matrix.uncertain && matrix.uncertain.length > 0 ? { uncertain: matrix.uncertain } : {}),
  };
  const { pairPortSet, portSets } = matrix;
  if (!pairPortSet || !portSets) return base;
  const labels = portSets.map(formatPortSet);
  const everything = ['all'];
  const portsRow = classRow(
    (s, d) => labels[pairPortSet[s * matrix.classCount + d] as number] as string[],
  );
  const ports: string[][][] = [];
  for (let i = 0; i < n; i++) {
    const row = portsRow(matrix.classOf[i] as number);
    row[i] = everything;
    ports.push(row);
  }
  return { ...base, ports };
}

/**
 * All-pairs reachability. With a port: `allowed[i][j]` says whether pods[i] may reach pods[j]
 * on it. Without: "any port": allowed when some port is allowed, and `ports[i][j]` lists
 * them (as `formatPortSet`). The diagonal is always allowed. For very large clusters prefer
 * `computeMatrixCompact` (10,000 pods make 100 million cells).
 */
export function computeMatrix(model: PolicyModel, options: MatrixOptions = {}): ReachabilityMatrix {
  return expandMatrix(computeMatrixCompact(model, options));
}
