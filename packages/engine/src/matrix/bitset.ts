/** Fixed-size bitsets over Uint32Array words: the matrix's internal currency. */

export type Bits = Uint32Array;

export function wordsFor(size: number): number {
  return (size + 31) >>> 5;
}

export function emptyBits(size: number): Bits {
  return new Uint32Array(wordsFor(size));
}

export function fullBits(size: number): Bits {
  const bits = new Uint32Array(wordsFor(size));
  bits.fill(0xffffffff);
  const tail = size & 31;
  if (tail !== 0 && bits.length > 0) bits[bits.length - 1] = (1 << tail) - 1;
  return bits;
}

export function hasBit(bits: Bits, index: number): boolean {
  return ((bits[index >>> 5] as number) & (1 << (index & 31))) !== 0;
}

export function setBit(bits: Bits, index: number): void {
  bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << (index & 31));
}

/** target |= source */
export function orInto(target: Bits, source: Bits): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) | (source[i] as number);
}

/** target &= source */
export function andInto(target: Bits, source: Bits): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) & (source[i] as number);
}

/** target &= ~source */
export function andNotInto(target: Bits, source: Bits): void {
  for (let i = 0; i < target.length; i++)
    target[i] = (target[i] as number) & ~(source[i] as number);
}

export function isZero(bits: Bits): boolean {
  for (let i = 0; i < bits.length; i++) if (bits[i] !== 0) return false;
  return true;
}

/** Calls `visit` with every set index, in increasing order. */
export function forEachBit(bits: Bits, visit: (index: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w] as number;
    while (word !== 0) {
      const low = word & -word;
      visit((w << 5) + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}

export function bitsFromIndices(size: number, indices: Iterable<number>): Bits {
  const bits = emptyBits(size);
  for (const i of indices) setBit(bits, i);
  return bits;
}
