/**
 * IP addresses and CIDRs as plain data (family + bytes), so compiled policies stay
 * JSON-serialisable and matching is a byte-prefix comparison. Parsed with the one parser
 * validation uses (`util/goCidr`, Kubernetes' `ParseIPSloppy` / `ParseCIDRSloppy`): what
 * validates compiles to the same network (`010.0.0.0/8` is 10.0.0.0/8).
 */
import type { CompiledCidr } from '../model';
import { parseCidrSloppy, parseIpSloppy, to4 } from '../util';

export interface ParsedIp {
  readonly family: 4 | 6;
  readonly bytes: readonly number[];
}

/**
 * Parses an IP as Kubernetes does (`ParseIPSloppy`: dotted-quad IPv4, leading zeros as
 * decimal, or IPv6). An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) counts as IPv4, as
 * `net.IPNet.Contains` treats it.
 */
export function parseIp(text: string): ParsedIp | undefined {
  const bytes = parseIpSloppy(text);
  if (!bytes) return undefined;
  const v4 = to4(bytes);
  return v4 ? { family: 4, bytes: v4 } : { family: 6, bytes };
}

/**
 * Parses a CIDR exactly as validation accepts it; host bits may be set (they are masked,
 * as Go does). An IPv4-mapped network (`::ffff:10.0.0.0/104`) matches as the IPv4 network
 * of 96 fewer bits, which is what Go's `IPNet.Contains` does with it.
 */
export function parseCidr(text: string): CompiledCidr | undefined {
  const net = parseCidrSloppy(text);
  if (!net) return undefined;
  const v4 = to4(net.ip);
  if (v4 && net.ip.length === 16) {
    return { text, family: 4, bytes: v4, prefix: Math.max(0, net.prefixLength - 96) };
  }
  return { text, family: v4 ? 4 : 6, bytes: v4 ?? net.ip, prefix: net.prefixLength };
}

/** Is the address inside the CIDR? Different families never match. */
export function cidrContains(cidr: CompiledCidr, ip: ParsedIp): boolean {
  if (cidr.family !== ip.family) return false;
  let bits = cidr.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((cidr.bytes[i] ?? 0) & mask) !== ((ip.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** `ipBlock` semantics: inside `cidr` and inside none of the `except` blocks. */
export function ipBlockContains(
  cidr: CompiledCidr,
  except: readonly CompiledCidr[],
  ip: ParsedIp,
): boolean {
  return cidrContains(cidr, ip) && !except.some((block) => cidrContains(block, ip));
}
