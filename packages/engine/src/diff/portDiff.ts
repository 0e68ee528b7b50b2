/**
 * Port-set difference for diffs. `all` stands for every port of every protocol; the
 * difference is taken over TCP, UDP and SCTP 1–65535 and printed as `["all"]` only when it
 * is that whole space (so "explicit TCP+UDP+SCTP everywhere" and "all" compare equal).
 */
import { formatPortSet, portSetOf } from '../evaluate';
import { PROTOCOLS } from '../model';
import type { PortRange, PortSet } from '../model';

const FULL: readonly PortRange[] = PROTOCOLS.map((protocol) => ({ protocol, from: 1, to: 65535 }));

function rangesOf(set: PortSet): readonly PortRange[] {
  if (set.kind === 'all') return FULL;
  const normal = portSetOf(set.ranges);
  return normal.kind === 'some' ? normal.ranges : [];
}

/** The ports of `a` that are not in `b`, as normalised ranges. */
export function subtractPorts(a: PortSet, b: PortSet): PortRange[] {
  const out: PortRange[] = [];
  const cut = rangesOf(b);
  for (const range of rangesOf(a)) {
    let pieces: PortRange[] = [range];
    for (const hole of cut) {
      if (hole.protocol !== range.protocol) continue;
      pieces = pieces.flatMap((piece) => {
        if (hole.to < piece.from || hole.from > piece.to) return [piece];
        const left = hole.from > piece.from ? [{ ...piece, to: hole.from - 1 }] : [];
        const right = hole.to < piece.to ? [{ ...piece, from: hole.to + 1 }] : [];
        return [...left, ...right];
      });
    }
    out.push(...pieces);
  }
  const normal = portSetOf(out);
  return normal.kind === 'some' ? [...normal.ranges] : [];
}

/** CLI port labels of a difference: `["TCP:80","UDP:53"]`, or `["all"]` for the whole space. */
export function formatPortDifference(ranges: readonly PortRange[]): string[] {
  const whole =
    ranges.length === FULL.length &&
    FULL.every((full, i) => {
      const r = ranges[i];
      return r?.protocol === full.protocol && r.from === 1 && r.to === 65535;
    });
  return whole ? ['all'] : formatPortSet({ kind: 'some', ranges });
}
