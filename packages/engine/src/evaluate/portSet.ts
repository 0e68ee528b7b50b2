import type { PortRange, PortSet, Protocol } from '../model';
import { PROTOCOLS } from '../model';

export const ALL_PORTS: PortSet = { kind: 'all' };
export const NO_PORTS: PortSet = { kind: 'some', ranges: [] };
export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** Sorts by protocol (TCP, UDP, SCTP) then port, clamps to 1–65535 and merges overlapping or adjacent ranges. */
export function normalizeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = ranges
    .map((r) => ({
      protocol: r.protocol,
      from: Math.max(MIN_PORT, r.from),
      to: Math.min(MAX_PORT, r.to),
    }))
    .filter((r) => r.from <= r.to)
    .sort(
      (a, b) => PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol) || a.from - b.from,
    );
  const merged: PortRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.protocol === range.protocol && range.from <= last.to + 1) {
      merged[merged.length - 1] = { ...last, to: Math.max(last.to, range.to) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}

export function portSetOf(ranges: readonly PortRange[]): PortSet {
  return { kind: 'some', ranges: normalizeRanges(ranges) };
}

export function unionPortSets(sets: readonly PortSet[]): PortSet {
  if (sets.some((s) => s.kind === 'all')) return ALL_PORTS;
  return portSetOf(sets.flatMap((s) => (s.kind === 'some' ? s.ranges : [])));
}

export function intersectPortSets(a: PortSet, b: PortSet): PortSet {
  if (a.kind === 'all') return b;
  if (b.kind === 'all') return a;
  const out: PortRange[] = [];
  for (const x of a.ranges) {
    for (const y of b.ranges) {
      if (x.protocol !== y.protocol) continue;
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (from <= to) out.push({ protocol: x.protocol, from, to });
    }
  }
  return portSetOf(out);
}

export function portSetContains(set: PortSet, protocol: Protocol, port: number): boolean {
  if (set.kind === 'all') return true;
  return set.ranges.some((r) => r.protocol === protocol && port >= r.from && port <= r.to);
}

export function isEmptyPortSet(set: PortSet): boolean {
  return set.kind === 'some' && set.ranges.length === 0;
}

/**
 * Display labels: `["all"]`, or `["TCP:6379", "TCP:8000-9000", "UDP:53"]` (merged, sorted by
 * protocol then port); `[]` when no port is allowed.
 */
export function formatPortSet(set: PortSet): string[] {
  if (set.kind === 'all') return ['all'];
  return normalizeRanges(set.ranges).map((r) =>
    r.from === r.to ? `${r.protocol}:${r.from}` : `${r.protocol}:${r.from}-${r.to}`,
  );
}
