/**
 * The matrix when ClusterNetworkPolicies are in force. Pods are grouped into classes that
 * neither a NetworkPolicy nor the tier walk can tell apart (`tierClasses`), and one pair of
 * pods per class pair goes through `evaluateFlow`'s tier walk. "Any port" evaluates one
 * port of each interval between the port boundaries any policy names (a verdict cannot
 * change inside one), so it agrees port by port with `evaluateFlow`. Cells whose verdict is
 * unknown or ambiguous are listed in `uncertain` (their bit is 0), per pod pair.
 */
import type { FlowEndpoint, FlowVerdict, PodEndpoint, PortSet, UncertainCell } from '../model';
import type { DecidingTier, PolicyModel } from '../evaluate';
import { decidingTier, evaluateFlow, formatPortSet, tieredPortScan } from '../evaluate';
import { emptyBits, setBit } from './bitset';
import { tierClasses } from './tierClasses';
import type { CompactMatrix, MatrixOptions } from './types';

export function tieredMatrixCompact(model: PolicyModel, options: MatrixOptions): CompactMatrix {
  const pods = model.cluster.pods;
  const n = pods.length;
  const port = options.port;
  const protocol = options.protocol ?? 'TCP';
  const classes = tierClasses(model, typeof port === 'string' ? [{ name: port, protocol }] : []);
  const k = classes.count;
  const bits = emptyBits(k * k);
  const classUncertain = new Map<number, FlowVerdict>();
  const portSets: PortSet[] = [];
  const portSetIds = new Map<string, number>();
  const pairPortSet = port === undefined ? new Int32Array(k * k) : undefined;
  const classDecided = new Uint8Array(k * k);
  const endpoint = (i: number): FlowEndpoint => ({ kind: 'pod', id: (pods[i] as PodEndpoint).id });
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      // A pod always reaches itself: a class of one pod has no pair inside it.
      const s = classes.representatives[c] as number;
      const t = (c === d ? classes.seconds[c] : classes.representatives[d]) as number;
      if (t === -1) continue;
      const cell = c * k + d;
      const from = endpoint(s);
      const to = endpoint(t);
      if (port !== undefined) {
        const verdict = evaluateFlow(model, { from, to, port, protocol });
        classDecided[cell] = TIER_CODE[decidingTier(verdict)];
        if (verdict.verdict === 'allowed') setBit(bits, cell);
        else if (verdict.verdict !== 'denied') classUncertain.set(cell, verdict);
        continue;
      }
      const scan = tieredPortScan(model, from, to);
      if (scan.ports.kind === 'all' || scan.ports.ranges.length > 0) setBit(bits, cell);
      else if (scan.uncertain) classUncertain.set(cell, scan.uncertain);
      if (scan.tiers.size === 1) classDecided[cell] = TIER_CODE[[...scan.tiers][0] as DecidingTier];
      const set = scan.ports;
      const key = formatPortSet(set).join(',');
      let id = portSetIds.get(key);
      if (id === undefined) {
        id = portSets.length;
        portSets.push(set);
        portSetIds.set(key, id);
      }
      (pairPortSet as Int32Array)[cell] = id;
    }
  }
  // Per pod pair, as readers index them: every pair of a class pair shares its verdict.
  const decidedBy = new Uint8Array(n * n);
  const uncertain: UncertainCell[] = [];
  const classOf = classes.classOf;
  for (let i = 0; i < n; i++) {
    const row = (classOf[i] as number) * k;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const cell = row + (classOf[j] as number);
      decidedBy[i * n + j] = classDecided[cell] as number;
      if (classUncertain.size === 0) continue;
      const verdict = classUncertain.get(cell);
      if (verdict) uncertain.push(uncertainCell(i, j, verdict));
    }
  }
  return {
    pods: pods.map((p) => p.id),
    ...(port === undefined ? {} : { port, protocol }),
    classOf,
    classCount: k,
    classSizes: classes.sizes,
    allowedBits: bits,
    ...(pairPortSet ? { pairPortSet, portSets } : {}),
    uncertain,
    decidedBy,
  };
}

/** The side that is not known and the tier step that made it so. */
function uncertainCell(from: number, to: number, verdict: FlowVerdict): UncertainCell {
  const side = verdict.egress.verdict === 'allowed' ? verdict.ingress : verdict.egress;
  const step = side.tiers?.at(-1) ?? { tier: 'default', outcome: 'allowed' };
  return {
    from,
    to,
    verdict: verdict.verdict === 'ambiguous' ? 'ambiguous' : 'unknown',
    direction: side.direction,
    step,
  };
}

const TIER_CODE: Readonly<Record<DecidingTier, number>> = { other: 0, Admin: 1, Baseline: 2 };
