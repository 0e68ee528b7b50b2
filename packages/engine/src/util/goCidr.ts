/**
 * CIDR parsing exactly as the apiserver does it for `ipBlock` (k8s.io/utils/net
 * `ParseCIDRSloppy`, a fork of Go 1.16's `net.ParseCIDR`), so the same strings are
 * accepted and rejected:
 * - IPv4 octets may have leading zeros (`010.0.0.0/8` is 10.0.0.0/8, not octal);
 * - the prefix length is decimal digits only, leading zeros allowed, ≤ 32 or ≤ 128;
 * - IPv6 may embed an IPv4 tail (`::ffff:10.0.0.0/104`), has no zone (`%eth0`);
 * - host bits may be set (`10.0.0.1/8` means 10.0.0.0/8).
 * The legacy (non-strict) rules are in force while the StrictIPCIDRValidation feature
 * gate is off (alpha, off by default through Kubernetes 1.35); what strict mode would
 * reject is reported as the apiserver's warnings instead (`cidrWarnings`).
 */
import ipaddr from 'ipaddr.js';

export interface GoIPNet {
  /** Network address with host bits cleared: 4 bytes for IPv4, 16 for IPv6 (incl. v4-mapped). */
  readonly ip: readonly number[];
  /** The address as written, before masking (same length as `ip`). */
  readonly addr: readonly number[];
  readonly prefixLength: number;
  /** Parsed without leading zeros and hex groups of at most 4 digits (what netip accepts). */
  readonly strict: boolean;
}

const BIG = 0xffffff;

/** Go's `dtoi`: leading decimal digits; fails on none or on overflow. */
function dtoi(s: string): { n: number; i: number } | undefined {
  let n = 0;
  let i = 0;
  for (; i < s.length && s[i]! >= '0' && s[i]! <= '9'; i++) {
    n = n * 10 + (s.charCodeAt(i) - 48);
    if (n >= BIG) return undefined;
  }
  return i === 0 ? undefined : { n, i };
}

function xtoi(s: string): { n: number; i: number } | undefined {
  let n = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const d = parseInt(s[i]!, 16);
    if (Number.isNaN(d)) break;
    n = n * 16 + d;
    if (n >= BIG) return undefined;
  }
  return i === 0 ? undefined : { n, i };
}

interface Parsed {
  bytes: number[];
  strict: boolean;
}

function parseIPv4(s: string): Parsed | undefined {
  const bytes: number[] = [];
  let strict = true;
  let rest = s;
  for (let k = 0; k < 4; k++) {
    if (k > 0) {
      if (rest[0] !== '.') return undefined;
      rest = rest.slice(1);
    }
    const d = dtoi(rest);
    if (!d || d.n > 0xff) return undefined;
    if (d.i > 1 && rest[0] === '0') strict = false;
    bytes.push(d.n);
    rest = rest.slice(d.i);
  }
  return rest.length === 0 ? { bytes, strict } : undefined;
}

function parseIPv6(s: string): Parsed | undefined {
  const ip = new Array<number>(16).fill(0);
  let ellipsis = -1;
  let strict = true;
  let rest = s;
  if (rest.startsWith('::')) {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest.length === 0) return { bytes: ip, strict };
  }
  let i = 0;
  while (i < 16) {
    const x = xtoi(rest);
    if (!x || x.n > 0xffff) return undefined;
    if (x.i < rest.length && rest[x.i] === '.') {
      // An embedded IPv4 tail: only as the last 4 bytes.
      if (ellipsis < 0 && i !== 12) return undefined;
      if (i + 4 > 16) return undefined;
      const v4 = parseIPv4(rest);
      if (!v4) return undefined;
      strict &&= v4.strict;
      ip.splice(i, 4, ...v4.bytes);
      rest = '';
      i += 4;
      break;
    }
    if (x.i > 4) strict = false;
    ip[i] = x.n >> 8;
    ip[i + 1] = x.n & 0xff;
    i += 2;
    rest = rest.slice(x.i);
    if (rest.length === 0) break;
    if (rest[0] !== ':' || rest.length === 1) return undefined;
    rest = rest.slice(1);
    if (rest[0] === ':') {
      if (ellipsis >= 0) return undefined;
      ellipsis = i;
      rest = rest.slice(1);
      if (rest.length === 0) break;
    }
  }
  if (rest.length !== 0) return undefined;
  if (i < 16) {
    if (ellipsis < 0) return undefined;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j]!;
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) {
    return undefined; // "::" must stand for at least one group
  }
  return { bytes: ip, strict };
}

/**
 * `ParseIPSloppy`: the address bytes (4 for dotted IPv4, 16 for IPv6, IPv4-mapped included),
 * or undefined when Kubernetes rejects the string. Pod IPs are validated with it.
 */
export function parseIpSloppy(s: string): readonly number[] | undefined {
  return (parseIPv4(s) ?? parseIPv6(s))?.bytes;
}

/** `ParseCIDRSloppy`: the network, or undefined when the apiserver rejects the string. */
export function parseCidrSloppy(s: string): GoIPNet | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const addrText = s.slice(0, slash);
  const maskText = s.slice(slash + 1);
  const v4 = parseIPv4(addrText);
  const parsed = v4 ?? parseIPv6(addrText);
  if (!parsed) return undefined;
  const bits = v4 ? 32 : 128;
  const d = dtoi(maskText);
  if (!d || d.i !== maskText.length || d.n > bits) return undefined;
  const strictMask = !(maskText.length > 1 && maskText[0] === '0');
  const ip = parsed.bytes.map((b, k) => b & maskByte(d.n, k));
  return { ip, addr: parsed.bytes, prefixLength: d.n, strict: parsed.strict && strictMask };
}

function maskByte(prefixLength: number, index: number): number {
  const ones = Math.max(0, Math.min(8, prefixLength - index * 8));
  return (0xff << (8 - ones)) & 0xff;
}

const V4_IN_V6 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** Go's `IP.To4()`: the 4-byte form of an IPv4 or IPv4-mapped IPv6 address, if any. */
export function to4(ip: readonly number[]): readonly number[] | undefined {
  if (ip.length === 4) return ip;
  return V4_IN_V6.every((b, k) => ip[k] === b) ? ip.slice(12) : undefined;
}

/** Go's `IPNet.Contains(ip)`: IPv4-mapped networks and addresses compare as IPv4. */
export function goContains(net: GoIPNet, ip: readonly number[]): boolean {
  const nn4 = to4(net.ip);
  const network = nn4 ?? net.ip;
  // The mask keeps its own width; a 16-byte mask over a v4-mapped network drops 96 bits.
  const maskBits =
    net.ip.length === 16 && nn4 ? Math.max(0, net.prefixLength - 96) : net.prefixLength;
  const x = to4(ip) ?? ip;
  if (x.length !== network.length) return false;
  return network.every(
    (b, k) => (b & maskByte(maskBits, k)) === ((x[k] ?? 0) & maskByte(maskBits, k)),
  );
}

/** Go's `IP.String()`: dotted IPv4 (also for v4-mapped), RFC 5952 IPv6. */
export function goIPString(ip: readonly number[]): string {
  const v4 = to4(ip);
  if (v4) return v4.join('.');
  return ipv6String(ip);
}

/** RFC 5952 text of a 16-byte address (lowercase, longest zero run as `::`), as Go prints it. */
function ipv6String(bytes: readonly number[]): string {
  return new ipaddr.IPv6([...bytes]).toRFC5952String();
}

export function goIPNetString(net: GoIPNet): string {
  return `${goIPString(net.ip)}/${net.prefixLength}`;
}

/**
 * The CIDR the apiserver proposes in its warnings: an IPv4-mapped network is unmapped to
 * IPv4 with its prefix shortened by 96 bits (`::ffff:10.0.0.20/128` → `10.0.0.20/32`), as
 * `netip.Prefix` does it.
 */
function proposedCidr(net: GoIPNet): string {
  const mapped = net.ip.length === 16 && to4(net.ip) !== undefined && net.prefixLength >= 96;
  if (mapped) return `${goIPString(net.ip)}/${net.prefixLength - 96}`;
  return goIPNetString(net);
}

/**
 * The apiserver's warnings for a CIDR it accepts (`GetWarningsForCIDR`): host bits set,
 * legacy forms (leading zeros, IPv4-mapped IPv6) that strict validation will reject, and
 * non-canonical IPv6.
 */
export function cidrWarnings(path: string, value: string, net: GoIPNet): string[] {
  const warnings: string[] = [];
  const bits = net.addr.length * 8;
  if (net.addr.some((b, k) => b !== net.ip[k])) {
    const single = `${goIPString(net.addr)}/${bits}`;
    warnings.push(
      `${path}: CIDR value ${JSON.stringify(value)} is ambiguous in this context (should be ${JSON.stringify(goIPNetString(net))} or ${JSON.stringify(single)}?)`,
    );
  }
  const mapped = net.addr.length === 16 && to4(net.addr) !== undefined;
  if (!net.strict || mapped) {
    warnings.push(
      `${path}: non-standard CIDR value ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(proposedCidr(net))}`,
    );
  }
  if (warnings.length === 0 && net.addr.length === 16) {
    const canonical = `${ipv6String(net.addr)}/${net.prefixLength}`;
    if (canonical !== value) {
      warnings.push(
        `${path}: IPv6 CIDR value ${JSON.stringify(value)} should be in RFC 5952 canonical format (${JSON.stringify(canonical)})`,
      );
    }
  }
  return warnings;
}

/**
 * Strict mode, as CEL's `isCIDR` (k8s.io/apiserver's CEL library over Go's
 * `netip.ParsePrefix`) decides for CRD fields such as ClusterNetworkPolicy `networks`: no
 * leading zeros (in octets or the prefix length), hex groups of at most 4 digits, and no
 * IPv4-mapped IPv6 address. Host bits may be set. Undefined when the string is rejected.
 */
export function parseCidrStrict(s: string): GoIPNet | undefined {
  const net = parseCidrSloppy(s);
  if (!net || !net.strict) return undefined;
  if (net.addr.length === 16 && to4(net.addr) !== undefined) return undefined;
  return net;
}
