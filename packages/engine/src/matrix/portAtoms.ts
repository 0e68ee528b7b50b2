import type { CompiledPort, PodEndpoint, PortRange, PortSet, Protocol } from '../model';
import { PROTOCOLS } from '../model';
import { ALL_PORTS, MAX_PORT, MIN_PORT, portRanges, portSetOf } from '../evaluate';
import type { Bits } from './bitset';
import { emptyBits, fullBits, setBit } from './bitset';

/**
 * The port space cut into atoms: per protocol, intervals on which every rule's port entry is
 * either wholly allowed or wholly not (cuts at every number, range end and resolved named
 * port in use). A set of ports is then a small bitset over atoms, plus one extra bit,
 * `other`, set only for "all ports" (every protocol, not just TCP/UDP/SCTP 1–65535).
 */
export class PortAtoms {
  readonly count: number;
  readonly other: number;
  private readonly starts = new Map<Protocol, number[]>();
  private readonly offsets = new Map<Protocol, number>();
  private readonly atomRanges: PortRange[] = [];

  constructor(cuts: ReadonlyMap<Protocol, ReadonlySet<number>>) {
    for (const protocol of PROTOCOLS) {
      const points = [...(cuts.get(protocol) ?? [])].filter((p) => p > MIN_PORT && p <= MAX_PORT);
      const starts = [MIN_PORT, ...new Set(points)].sort((a, b) => a - b);
      this.starts.set(protocol, starts);
      this.offsets.set(protocol, this.atomRanges.length);
      starts.forEach((from, i) =>
        this.atomRanges.push({ protocol, from, to: (starts[i + 1] ?? MAX_PORT + 1) - 1 }),
      );
    }
    this.count = this.atomRanges.length + 1;
    this.other = this.atomRanges.length;
  }

  /** Cut points for a list of port entries toward a destination. */
  static addCuts(
    cuts: Map<Protocol, Set<number>>,
    ports: readonly CompiledPort[],
    destination: PodEndpoint | undefined,
  ): void {
    for (const port of ports) {
      for (const range of portRanges(port, destination)) {
        let set = cuts.get(range.protocol);
        if (!set) cuts.set(range.protocol, (set = new Set()));
        set.add(range.from);
        set.add(range.to + 1);
      }
    }
  }

  all(): Bits {
    return fullBits(this.count);
  }

  /** Atoms covered by the port entries toward `destination`; `into` is OR-ed in place. */
  addPorts(into: Bits, ports: readonly CompiledPort[], destination: PodEndpoint | undefined): void {
    for (const port of ports)
      for (const range of portRanges(port, destination)) this.addRange(into, range);
  }

  private addRange(into: Bits, range: PortRange): void {
    const starts = this.starts.get(range.protocol) ?? [];
    const offset = this.offsets.get(range.protocol) ?? 0;
    const from = Math.max(MIN_PORT, range.from);
    const to = Math.min(MAX_PORT, range.to);
    if (from > to) return;
    // Cuts include range.from and range.to + 1, so atoms lie wholly inside or outside.
    for (let i = lowerBound(starts, from); i < starts.length && (starts[i] as number) <= to; i++)
      setBit(into, offset + i);
  }

  empty(): Bits {
    return emptyBits(this.count);
  }

  toPortSet(bits: Bits): PortSet {
    if (((bits[this.other >>> 5] as number) & (1 << (this.other & 31))) !== 0) return ALL_PORTS;
    const ranges: PortRange[] = [];
    this.atomRanges.forEach((range, i) => {
      if (((bits[i >>> 5] as number) & (1 << (i & 31))) !== 0) ranges.push(range);
    });
    return portSetOf(ranges);
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  // The atom containing `value` starts at or before it.
  return lo < sorted.length && sorted[lo] === value ? lo : Math.max(0, lo - 1);
}
