/**
 * "Any port" with ClusterNetworkPolicies in force: one `evaluateFlow` per interval between
 * the port boundaries any policy names (NetworkPolicy ports, cluster-policy protocols,
 * the destination's named ports), since no verdict can change inside one. Agrees port by
 * port with `evaluateFlow`.
 */
import type {
  FlowEndpoint,
  FlowVerdict,
  PodEndpoint,
  PortRange,
  PortSet,
  Protocol,
} from '../model';
import { PROTOCOLS } from '../model';
import { portRanges } from './portRanges';
import { resolveEndpoint } from './endpoint';
import { evaluateFlow } from './evaluateFlow';
import { resolveNamedPort } from './match';
import type { PolicyModel } from './model';
import { ALL_PORTS, MAX_PORT, MIN_PORT, portSetOf } from './portSet';

export interface PortScan {
  /** The ports on which the flow is allowed. */
  readonly ports: PortSet;
  /** A verdict on some port that is unknown or ambiguous, if any. */
  readonly uncertain?: FlowVerdict;
  /** The tiers that decided, over all ports. */
  readonly tiers: ReadonlySet<DecidingTier>;
}

export function tieredPortScan(model: PolicyModel, from: FlowEndpoint, to: FlowEndpoint): PortScan {
  const destination = resolveEndpoint(model, to);
  const ranges: PortRange[] = [];
  const tiers = new Set<DecidingTier>();
  let uncertain: FlowVerdict | undefined;
  for (const [protocol, start, end] of intervals(
    model,
    destination.kind === 'pod' ? destination.pod : undefined,
  )) {
    const verdict = evaluateFlow(model, { from, to, port: start, protocol });
    tiers.add(decidingTier(verdict));
    if (verdict.verdict === 'allowed') ranges.push({ protocol, from: start, to: end });
    else if (verdict.verdict !== 'denied') uncertain ??= verdict;
  }
  return { ports: wholePortSet(ranges), ...(uncertain ? { uncertain } : {}), tiers };
}

/**
 * The intervals depend only on the model and the destination, and a matrix scans every
 * source against one destination: cached per model (a WeakMap, so the model stays plain
 * data) and destination pod.
 */
const intervalCache = new WeakMap<PolicyModel, Map<PodEndpoint | undefined, Interval[]>>();

type Interval = [Protocol, number, number];

function intervals(model: PolicyModel, destination: PodEndpoint | undefined): Interval[] {
  let byDestination = intervalCache.get(model);
  if (!byDestination) intervalCache.set(model, (byDestination = new Map()));
  let found = byDestination.get(destination);
  if (!found) byDestination.set(destination, (found = computeIntervals(model, destination)));
  return found;
}

/** Per protocol, the port intervals inside which no policy's verdict can change. */
function computeIntervals(model: PolicyModel, destination: PodEndpoint | undefined): Interval[] {
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
            const number = destination && resolveNamedPort(destination.ports, entry.name, p);
            if (number !== undefined) cut({ protocol: p, from: number, to: number });
          }
      }
  const result: Interval[] = [];
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

export type DecidingTier = 'Admin' | 'Baseline' | 'other';

/**
 * Which tier's rule decided a flow: the side that denies it (or is not known), else an
 * Accept on either side (Admin first); a NetworkPolicy or the default is `other`.
 */
export function decidingTier(verdict: FlowVerdict): DecidingTier {
  const last = (side: FlowVerdict['egress']) => side.tiers?.at(-1);
  const sides = [verdict.egress, verdict.ingress];
  const deciding =
    verdict.verdict === 'allowed'
      ? sides.map(last)
      : [last(sides.find((s) => s.verdict !== 'allowed') ?? verdict.egress)];
  for (const tier of ['Admin', 'Baseline'] as const)
    if (deciding.some((step) => step?.tier === tier && step.outcome !== 'no-match')) return tier;
  return 'other';
}
