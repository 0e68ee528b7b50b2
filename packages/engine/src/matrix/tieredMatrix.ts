/**
 * The matrix when ClusterNetworkPolicies are in force. Pod classes (`classView`) group pods
 * that no NetworkPolicy tells apart, and cluster policies would split them differently, so
 * here every pod is its own class and every pair goes through `evaluateFlow`'s tier walk.
 * "Any port" evaluates one port of each interval between the port boundaries any policy
 * names (a verdict cannot change inside one), so it agrees port by port with `evaluateFlow`.
 * Cells whose verdict is unknown or ambiguous are listed in `uncertain` (their bit is 0).
 */
import type { FlowVerdict, PodEndpoint, PortSet, UncertainCell } from '../model';
import type { DecidingTier, PolicyModel } from '../evaluate';
import { decidingTier, evaluateFlow, formatPortSet, tieredPortScan } from '../evaluate';
import { emptyBits, setBit } from './bitset';
import type { CompactMatrix, MatrixOptions } from './types';

export function tieredMatrixCompact(model: PolicyModel, options: MatrixOptions): CompactMatrix {
  const pods = model.cluster.pods;
  const n = pods.length;
  const bits = emptyBits(n * n);
  const uncertain: UncertainCell[] = [];
  const port = options.port;
  const protocol = options.protocol ?? 'TCP';
  const portSets: PortSet[] = [];
  const portSetIds = new Map<string, number>();
  const pairPortSet = port === undefined ? new Int32Array(n * n) : undefined;
  const decidedBy = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const from = { kind: 'pod' as const, id: (pods[i] as PodEndpoint).id };
      const to = { kind: 'pod' as const, id: (pods[j] as PodEndpoint).id };
      if (port !== undefined) {
        const verdict = evaluateFlow(model, { from, to, port, protocol });
        decidedBy[i * n + j] = TIER_CODE[decidingTier(verdict)];
        if (verdict.verdict === 'allowed') setBit(bits, i * n + j);
        else if (verdict.verdict !== 'denied') uncertain.push(uncertainCell(i, j, verdict));
        continue;
      }
      const scan = tieredPortScan(model, from, to);
      if (scan.ports.kind === 'all' || scan.ports.ranges.length > 0) setBit(bits, i * n + j);
      else if (scan.uncertain) uncertain.push(uncertainCell(i, j, scan.uncertain));
      if (scan.tiers.size === 1)
        decidedBy[i * n + j] = TIER_CODE[[...scan.tiers][0] as DecidingTier];
      const set = scan.ports;
      const key = formatPortSet(set).join(',');
      let id = portSetIds.get(key);
      if (id === undefined) {
        id = portSets.length;
        portSets.push(set);
        portSetIds.set(key, id);
      }
      (pairPortSet as Int32Array)[i * n + j] = id;
    }
  }
  const identity = Int32Array.from({ length: n }, (_, k) => k);
  return {
    pods: pods.map((p) => p.id),
    ...(port === undefined ? {} : { port, protocol }),
    classOf: identity,
    classCount: n,
    classSizes: new Int32Array(n).fill(1),
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
