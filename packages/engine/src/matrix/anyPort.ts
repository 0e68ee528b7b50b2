import type { PortSet, Protocol } from '../model';
import type { Bits } from './bitset';
import { emptyBits, hasBit, isZero, setBit } from './bitset';
import type { ClassView } from './classView';
import { PortAtoms } from './portAtoms';

/** Class-pair result for "any port": the allowed bit and which port set each pair has. */
export interface AnyPortClassResult {
  readonly bits: Bits;
  /** Per class pair (s * count + d): index into `portSets`. */
  readonly pairPortSet: Int32Array;
  readonly portSets: readonly PortSet[];
}

/** Interns port-atom bitsets so equal sets share one id. */
class MaskPool {
  readonly masks: Bits[] = [];
  private readonly ids = new Map<string, number>();
  intern(mask: Bits): number {
    const key = mask.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.masks.length;
      this.masks.push(mask.slice());
      this.ids.set(key, id);
    }
    return id;
  }
}

/**
 * For every class pair, the ports on which they may talk: egress ports at the source
 * (union of its matching rules) ∩ ingress ports at the destination. Sources with the same
 * egress rules share one row, destinations with the same ingress rules one column.
 */
export function anyPortClassResult(view: ClassView): AnyPortClassResult {
  const count = view.classes.count;
  const atoms = portAtomsFor(view);
  const pool = new MaskPool();
  const allId = pool.intern(atoms.all());
  const ruleHasNamed = view.rules.map(
    ({ rule }) => rule.ports.kind === 'some' && rule.ports.ports.some((p) => p.kind === 'named'),
  );
  const constantMask = view.rules.map((_, r) =>
    ruleHasNamed[r] ? undefined : ruleMask(view, atoms, r, -1),
  );
  // A rule with named ports has one mask per distinct set of numbers behind those names.
  const namedMasks = new Map<string, Bits>();
  const maskFor = (r: number, d: number): Bits => {
    const constant = constantMask[r];
    if (constant) return constant;
    const key = `${r}|${view.namedSignature[d]}`;
    let mask = namedMasks.get(key);
    if (!mask) namedMasks.set(key, (mask = ruleMask(view, atoms, r, d)));
    return mask;
  };
  const scratch = atoms.empty();
  /**
   * The port-set id of a union: the rules of `ruleIds` whose peers match class `other`,
   * with named ports resolved on class `destination`. Memoised per list on the pattern of
   * matching rules (and the destination's named ports), since few patterns occur.
   */
  const unionId = (
    ruleIds: readonly number[],
    other: number,
    destination: number,
    memo: Map<string | number, number>,
    keyOfDestination: string | undefined,
  ): number => {
    let pattern = 0;
    const usePattern = ruleIds.length <= 30;
    if (usePattern) {
      for (let i = 0; i < ruleIds.length; i++) {
        if (
          hasBit(
            (view.rules[ruleIds[i] as number] as (typeof view.rules)[number]).peerClasses,
            other,
          )
        )
          pattern |= 1 << i;
      }
      const key = keyOfDestination === undefined ? pattern : `${pattern}:${keyOfDestination}`;
      const known = memo.get(key);
      if (known !== undefined) return known;
    }
    scratch.fill(0);
    for (const r of ruleIds) {
      if (!hasBit((view.rules[r] as (typeof view.rules)[number]).peerClasses, other)) continue;
      const mask = maskFor(r, destination);
      for (let w = 0; w < scratch.length; w++)
        scratch[w] = (scratch[w] as number) | (mask[w] as number);
    }
    const id = pool.intern(scratch);
    if (usePattern)
      memo.set(keyOfDestination === undefined ? pattern : `${pattern}:${keyOfDestination}`, id);
    return id;
  };
  const namedKeys = view.namedSignature;

  // Egress: rows[s][d] = id of the ports egress at s allows toward d.
  const rows = new Map<readonly number[], Int32Array>();
  const egressRow = (ruleIds: readonly number[]): Int32Array => {
    let row = rows.get(ruleIds);
    if (row) return row;
    row = new Int32Array(count);
    const memo = new Map<string | number, number>();
    const named = ruleIds.some((r) => ruleHasNamed[r]);
    for (let d = 0; d < count; d++)
      row[d] = unionId(ruleIds, d, d, memo, named ? namedKeys[d] : undefined);
    rows.set(ruleIds, row);
    return row;
  };
  // Ingress: columns[d][s] = id of the ports ingress at d allows from s.
  const columnCache = new Map<string, Int32Array>();
  const columns = Array.from({ length: count }, (_, d) => {
    const ruleIds = view.ingressRules[d];
    if (!ruleIds) return undefined;
    const key = `${ruleIds.join(',')}|${ruleIds.some((r) => ruleHasNamed[r]) ? namedKeys[d] : ''}`;
    let column = columnCache.get(key);
    if (column) return column;
    column = new Int32Array(count);
    const memo = new Map<string | number, number>();
    for (let s = 0; s < count; s++) column[s] = unionId(ruleIds, s, d, memo, undefined);
    columnCache.set(key, column);
    return column;
  });
  // Every row and column exists before combining, so their ids index the dense table.
  const rowsBySource = Array.from({ length: count }, (_, s) => {
    const ruleIds = view.egressRules[s];
    return ruleIds ? egressRow(ruleIds) : undefined;
  });
  return combine(view, pool, allId, atoms, columns, rowsBySource);
}

function combine(
  view: ClassView,
  pool: MaskPool,
  allId: number,
  atoms: PortAtoms,
  columns: readonly (Int32Array | undefined)[],
  rows: readonly (Int32Array | undefined)[],
): AnyPortClassResult {
  const count = view.classes.count;
  const bits = emptyBits(count * count);
  const pairPortSet = new Int32Array(count * count);
  const known = pool.masks.length;
  const dense = known * known <= 4_000_000;
  const table = dense ? new Int32Array(known * known).fill(-1) : undefined;
  const intersections = new Map<number, number>();
  const resultIds: number[] = [];
  const portSets: PortSet[] = [];
  const nonEmpty: boolean[] = [];
  const publicId = (poolId: number): number => {
    let id = resultIds[poolId];
    if (id === undefined) {
      const mask = pool.masks[poolId] as Bits;
      id = portSets.length;
      portSets.push(atoms.toPortSet(mask));
      nonEmpty.push(!isZero(mask));
      resultIds[poolId] = id;
    }
    return id;
  };
  const scratch = atoms.empty();
  for (let s = 0; s < count; s++) {
    const row = rows[s];
    for (let d = 0; d < count; d++) {
      const egressId = row ? (row[d] as number) : allId;
      const column = columns[d];
      const ingressId = column ? (column[s] as number) : allId;
      const key = egressId * known + ingressId;
      let poolId = table ? (table[key] as number) : (intersections.get(key) ?? -1);
      if (poolId === -1) {
        const a = pool.masks[egressId] as Bits;
        const b = pool.masks[ingressId] as Bits;
        for (let w = 0; w < scratch.length; w++) scratch[w] = (a[w] as number) & (b[w] as number);
        poolId = pool.intern(scratch);
        if (table) table[key] = poolId;
        else intersections.set(key, poolId);
      }
      const id = publicId(poolId);
      pairPortSet[s * count + d] = id;
      if (nonEmpty[id]) setBit(bits, s * count + d);
    }
  }
  return { bits, pairPortSet, portSets };
}

/** Atoms toward class d (d = -1: a rule without named ports, the same for every class). */
function ruleMask(view: ClassView, atoms: PortAtoms, r: number, d: number): Bits {
  const rule = (view.rules[r] as (typeof view.rules)[number]).rule;
  if (rule.ports.kind === 'all') return atoms.all();
  const mask = atoms.empty();
  atoms.addPorts(mask, rule.ports.ports, d < 0 ? undefined : view.pods[d]);
  return mask;
}

function portAtomsFor(view: ClassView): PortAtoms {
  const cuts = new Map<Protocol, Set<number>>();
  for (const { rule } of view.rules) {
    if (rule.ports.kind === 'all') continue;
    PortAtoms.addCuts(cuts, rule.ports.ports, undefined);
  }
  // Named ports cut at every number that stands behind them on some class.
  for (const [key, values] of view.namedPorts) {
    const protocol = key.slice(0, key.indexOf('/')) as Protocol;
    let set = cuts.get(protocol);
    if (!set) cuts.set(protocol, (set = new Set()));
    for (const value of new Set(values)) {
      if (value === 0) continue;
      set.add(value);
      set.add(value + 1);
    }
  }
  return new PortAtoms(cuts);
}
