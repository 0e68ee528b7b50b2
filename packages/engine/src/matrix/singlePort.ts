import type { ProbePort } from '../evaluate';
import { portMatches } from '../evaluate';
import type { Bits } from './bitset';
import { andInto, emptyBits, fullBits, hasBit, orInto, setBit } from './bitset';
import type { ClassView } from './classView';
import { namedPortKey } from './classView';

/**
 * Class-pair reachability for one port: bit `s * count + d` is set when a pod of class s may
 * reach a (different) pod of class d. Egress rows and ingress columns are unions of rule
 * bitsets; a pair is allowed when the row has d and the column has s.
 */
export function singlePortClassBits(
  view: ClassView,
  probeFor: (destinationClass: number) => ProbePort,
  /** The probe when it is the same for every destination (a numbered port). */
  constantProbe?: ProbePort,
): Bits {
  const count = view.classes.count;
  const all = fullBits(count);
  // Which destination classes each rule's ports admit. Without named ports (in the rule or
  // the probe) that is the same for every class, so it is decided once.
  const portClasses = view.rules.map(({ rule }) => {
    if (rule.ports.kind === 'all') return all;
    const ports = rule.ports.ports;
    if (!constantProbe) {
      // A probed port name resolves per destination: test each class.
      const bits = emptyBits(count);
      for (let d = 0; d < count; d++) {
        const probe = probeFor(d);
        if (ports.some((p) => portMatches(p, probe, view.pods[d]))) setBit(bits, d);
      }
      return bits;
    }
    if (ports.some((p) => p.kind !== 'named' && portMatches(p, constantProbe, undefined)))
      return all;
    // Named rule ports match the classes whose container port of that name is the probe.
    const bits = emptyBits(count);
    for (const port of ports) {
      if (port.kind !== 'named' || port.protocol !== constantProbe.protocol) continue;
      const values = view.namedPorts.get(namedPortKey(port.protocol, port.name));
      for (let d = 0; values && d < count; d++) {
        if (values[d] !== 0 && values[d] === constantProbe.number) setBit(bits, d);
      }
    }
    return bits;
  });
  const rowCache = new Map<readonly number[], Bits>();
  const egressRow = (ruleIds: readonly number[]): Bits => {
    let row = rowCache.get(ruleIds);
    if (row) return row;
    row = emptyBits(count);
    for (const r of ruleIds) {
      const part = (view.rules[r] as (typeof view.rules)[number]).peerClasses.slice();
      andInto(part, portClasses[r] as Bits);
      orInto(row, part);
    }
    rowCache.set(ruleIds, row);
    return row;
  };
  const ingressColumn = (d: number): Bits | undefined => {
    const ruleIds = view.ingressRules[d];
    if (!ruleIds) return undefined;
    const column = emptyBits(count);
    for (const r of ruleIds)
      if (hasBit(portClasses[r] as Bits, d))
        orInto(column, (view.rules[r] as (typeof view.rules)[number]).peerClasses);
    return column;
  };
  const columns = Array.from({ length: count }, (_, d) => ingressColumn(d));
  // A probed name the destination does not declare reaches no port (see `evaluateFlow`).
  const noSuchPort = Array.from(
    { length: count },
    (_, d) => !constantProbe && probeFor(d).number === undefined,
  );
  const result = emptyBits(count * count);
  for (let s = 0; s < count; s++) {
    const egressIds = view.egressRules[s];
    const row = egressIds ? egressRow(egressIds) : undefined;
    for (let d = 0; d < count; d++) {
      if (noSuchPort[d]) continue;
      if (row && !hasBit(row, d)) continue;
      const column = columns[d];
      if (column && !hasBit(column, s)) continue;
      setBit(result, s * count + d);
    }
  }
  return result;
}
