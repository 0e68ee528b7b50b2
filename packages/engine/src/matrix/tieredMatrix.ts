/**
 * The matrix when ClusterNetworkPolicies are in force. Pod classes (`classView`) group pods
 * that no NetworkPolicy tells apart, and cluster policies would split them differently, so
 * here every pod is its own class and every pair goes through `evaluateFlow`'s tier walk.
 * "Any port" evaluates one port of each interval between the port boundaries any policy
 * names (a verdict cannot change inside one), so it agrees port by port with `evaluateFlow`.
 * Cells whose verdict is unknown or ambiguous are listed in `uncertain` (their bit is 0).
 */
import type { PodEndpoint } from '../model/cluster';
import type { Protocol } from '../model/k8s';
import { PROTOCOLS } from '../model/k8s';
import type { FlowVerdict, PortRange, PortSet, UncertainCell } from '../model/verdict';
import type { PolicyModel } from '../evaluate/model';
import { evaluateFlow } from '../evaluate/evaluateFlow';
import { portRanges } from '../evaluate/allowedPorts';
import { resolveNamedPort } from '../evaluate/match';
import { ALL_PORTS, formatPortSet, MAX_PORT, MIN_PORT, portSetOf } from '../evaluate/portSet';
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
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const from = { kind: 'pod' as const, id: (pods[i] as PodEndpoint).id };
      const to = { kind: 'pod' as const, id: (pods[j] as PodEndpoint).id };
      if (port !== undefined) {
        const verdict = evaluateFlow(model, { from, to, port, protocol });
        if (verdict.verdict === 'allowed') setBit(bits, i * n + j);
        else if (verdict.verdict !== 'denied') uncertain.push(uncertainCell(i, j, verdict));
        continue;
      }
      const ranges: PortRange[] = [];
      let firstUncertain: UncertainCell | undefined;
      for (const [p, start, end] of intervals(model, pods[j] as PodEndpoint)) {
        const verdict = evaluateFlow(model, { from, to, port: start, protocol: p });
        if (verdict.verdict === 'allowed') ranges.push({ protocol: p, from: start, to: end });
        else if (verdict.verdict !== 'denied') firstUncertain ??= uncertainCell(i, j, verdict);
      }
      if (ranges.length > 0) setBit(bits, i * n + j);
      else if (firstUncertain) uncertain.push(firstUncertain);
      const set = wholePortSet(ranges);
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
  };
}

/** Per protocol, the port intervals inside which no policy's verdict can change. */
function intervals(model: PolicyModel, destination: PodEndpoint): [Protocol, number, number][] {
  const cuts = new Map<Protocol, Set<number>>(PROTOCOLS.map((p) => [p, new Set([MIN_PORT])]));
  const cut = (range: PortRange) => {
    const set = cuts.get(range.protocol);
    set?.add(range.from);
    if (range.to < MAX_PORT) set?.add(range.to + 1);
  };
  for (const policy of model.policies)
    for (const rule of [...policy.ingress, ...policy.egress])
      if (rule.ports.kind === 'some')
        for (const p of rule.ports.ports) portRanges(p, destination).forEach(cut);
  for (const policy of model.clusterPolicies ?? [])
    for (const rule of [...policy.ingress, ...policy.egress])
      for (const entry of rule.protocols ?? []) {
        if (entry.kind === 'ports')
          cut({ protocol: entry.protocol, from: entry.from, to: entry.to });
        else
          for (const p of PROTOCOLS) {
            const number = resolveNamedPort(destination.ports, entry.name, p);
            if (number !== undefined) cut({ protocol: p, from: number, to: number });
          }
      }
  const result: [Protocol, number, number][] = [];
  for (const [p, set] of cuts) {
    const sorted = [...set].sort((a, b) => a - b);
    sorted.forEach((start, k) => result.push([p, start, (sorted[k + 1] ?? MAX_PORT + 1) - 1]));
  }
  return result;
}

/** Every port of every protocol is `all`, as the NetworkPolicy matrix says it. */
function wholePortSet(ranges: readonly PortRange[]): PortSet {
  const set = portSetOf(ranges);
  if (set.kind !== 'some') return set;
  const whole = PROTOCOLS.every((p) =>
    set.ranges.some((r) => r.protocol === p && r.from === MIN_PORT && r.to === MAX_PORT),
  );
  return whole ? ALL_PORTS : set;
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
