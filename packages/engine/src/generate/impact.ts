/**
 * What else changes when generated policies are added: a new policy isolates the pods it
 * selects, so flows to (ingress) or from (egress) them that were open may close. Compared
 * port set by port set ("any port"), only for pairs the changed policies can touch.
 */
import { allowedPorts, formatPortSet, isolation } from '../evaluate';
import type { PolicyModel } from '../evaluate';
import type { Direction } from '../model';

/** One (source, destination) pair whose allowed ports differ after the change. */
export interface FlowChange {
  readonly from: string;
  readonly to: string;
  /** Allowed ports before and after, as `formatPortSet` prints them (`[]` = denied). */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** `allowed`: was denied, now allowed; `denied`: the reverse; `ports`: other port changes. */
  readonly change: 'allowed' | 'denied' | 'ports';
  /** True for the pair the intent asked for. */
  readonly intended: boolean;
}

/** A pod that a generated policy isolates for a direction where nothing isolated it before. */
export interface NewIsolation {
  readonly podId: string;
  readonly direction: Direction;
}

export interface Impact {
  readonly changes: readonly FlowChange[];
  readonly newlyIsolated: readonly NewIsolation[];
  /** True when there were more pairs to compare than `maxPairs`; `changes` is then partial. */
  readonly truncated: boolean;
}

/** Pairs compared at most, so an intent on a huge cluster stays interactive. */
export const MAX_IMPACT_PAIRS = 200_000;

/**
 * Compares `before` and `after` on every pair that has a touched pod at the side the
 * change can affect: `ingressTouched` as destination, `egressTouched` as source.
 */
export function computeImpact(
  before: PolicyModel,
  after: PolicyModel,
  touched: { readonly ingress: readonly string[]; readonly egress: readonly string[] },
  intended: (from: string, to: string) => boolean,
  maxPairs = MAX_IMPACT_PAIRS,
): Impact {
  const pods = before.cluster.pods.map((p) => p.id);
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    const key = `${from}\u0000${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    pairs.push([from, to]);
  };
  for (const to of touched.ingress) for (const from of pods) add(from, to);
  for (const from of touched.egress) for (const to of pods) add(from, to);
  const truncated = pairs.length > maxPairs;
  const changes: FlowChange[] = [];
  for (const [from, to] of pairs.slice(0, maxPairs)) {
    const was = formatPortSet(allowedPorts(before, from, to));
    const now = formatPortSet(allowedPorts(after, from, to));
    if (sameList(was, now)) continue;
    const change = was.length === 0 ? 'allowed' : now.length === 0 ? 'denied' : 'ports';
    changes.push({ from, to, before: was, after: now, change, intended: intended(from, to) });
  }
  return { changes, newlyIsolated: newIsolations(before, after, touched), truncated };
}

function newIsolations(
  before: PolicyModel,
  after: PolicyModel,
  touched: { readonly ingress: readonly string[]; readonly egress: readonly string[] },
): NewIsolation[] {
  const out: NewIsolation[] = [];
  for (const direction of ['ingress', 'egress'] as const) {
    for (const podId of touched[direction]) {
      if (
        isolation(before, podId)[direction].length === 0 &&
        isolation(after, podId)[direction].length > 0
      ) {
        out.push({ podId, direction });
      }
    }
  }
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
