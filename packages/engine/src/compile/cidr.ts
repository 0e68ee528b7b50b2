/**
 * IP addresses and CIDRs as plain data (family + bytes), parsed with ipaddr.js, so compiled
 * policies stay JSON-serialisable and matching is a byte-prefix comparison.
 */
import ipaddr from 'ipaddr.js';
import type { CompiledCidr } from '../model/compiled';

export interface ParsedIp {
  readonly family: 4 | 6;
  readonly bytes: readonly number[];
}

/**
 * Parses an IP as Go's `net.ParseIP` accepts it: dotted-quad IPv4 or IPv6. An IPv4-mapped
 * IPv6 address (`::ffff:10.0.0.1`) counts as IPv4, as `net.IPNet.Contains` treats it.
 */
export function parseIp(text: string): ParsedIp | undefined {
  const trimmed = text.trim();
  if (trimmed.includes(':')) {
    if (!ipaddr.IPv6.isValid(trimmed)) return undefined;
    const v6 = ipaddr.IPv6.parse(trimmed);
    if (v6.isIPv4MappedAddress()) return { family: 4, bytes: v6.toIPv4Address().toByteArray() };
    return { family: 6, bytes: v6.toByteArray() };
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(trimmed)) return undefined;
  return { family: 4, bytes: ipaddr.IPv4.parse(trimmed).toByteArray() };
}

/** Parses `a.b.c.d/n` or `x::y/n`; host bits may be set (they are ignored, as Go masks them). */
export function parseCidr(text: string): CompiledCidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const isMapped = ip.family === 4 && text.slice(0, slash).includes(':');
  if (isMapped) return undefined; // an IPv4-mapped CIDR is not a form NetworkPolicy accepts
  if (prefix > ip.bytes.length * 8) return undefined;
  return { text, family: ip.family, bytes: ip.bytes, prefix };
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
