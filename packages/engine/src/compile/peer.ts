import type {
  CompiledCidr,
  CompiledOrigin,
  CompiledPeer,
  NamespaceMatcher,
  PeerMatcher,
} from '../model';
import { parseCidr } from './cidr';
import { arrayAt, has, isPlain, objectAt, scalarText } from '../util';
import { compileSelector } from './selector';

/**
 * Compiles a rule's `from`/`to`. Absent, null or empty means every peer: all pods in all
 * namespaces and every external address ("If this field is empty or missing, this rule
 * matches all sources/destinations").
 */
export function compilePeers(
  raw: readonly unknown[] | undefined,
  path: string,
  policyNamespace: string,
  originAt: (path: string) => CompiledOrigin,
): PeerMatcher {
  if (!raw || raw.length === 0) return { kind: 'all' };
  return {
    kind: 'some',
    peers: raw.map((entry, index) =>
      compilePeer(entry, index, policyNamespace, originAt(`${path}[${index}]`)),
    ),
  };
}

function compilePeer(
  raw: unknown,
  index: number,
  policyNamespace: string,
  origin: CompiledOrigin,
): CompiledPeer {
  const none = (reason: string): CompiledPeer => ({ kind: 'none', index, origin, reason });
  if (!isPlain(raw)) return none('the peer is not an object');
  const hasPods = has(raw, 'podSelector');
  const hasNamespaces = has(raw, 'namespaceSelector');
  if (has(raw, 'ipBlock')) {
    if (hasPods || hasNamespaces) return none('ipBlock cannot be combined with selectors');
    return (
      compileIpBlock(objectAt(raw, 'ipBlock'), index, origin) ??
      none('the ipBlock cannot be parsed')
    );
  }
  if (!hasPods && !hasNamespaces)
    return none('the peer names no podSelector, namespaceSelector or ipBlock');
  // podSelector alone: pods of the policy's own namespace. namespaceSelector alone: every pod
  // of the matching namespaces. Both in one peer: pods matching both (AND), not a union.
  const namespaces: NamespaceMatcher = hasNamespaces
    ? namespaceMatcher(raw['namespaceSelector'])
    : { kind: 'exact', namespace: policyNamespace };
  const pods = hasPods ? compileSelector(raw['podSelector']) : { kind: 'all' as const };
  return { kind: 'pods', namespaces, pods, index, origin };
}

function namespaceMatcher(raw: unknown): NamespaceMatcher {
  const compiled = compileSelector(raw);
  return compiled.kind === 'selector'
    ? { kind: 'selector', selector: compiled.selector }
    : compiled;
}

function compileIpBlock(
  raw: ReturnType<typeof objectAt>,
  index: number,
  origin: CompiledOrigin,
): CompiledPeer | undefined {
  const cidrText = scalarText(raw?.['cidr']);
  const cidr = cidrText === undefined ? undefined : parseCidr(cidrText);
  if (!cidr) return undefined;
  const except: CompiledCidr[] = [];
  for (const entry of arrayAt(raw, 'except') ?? []) {
    const block = typeof entry === 'string' ? parseCidr(entry) : undefined;
    if (!block) return undefined;
    except.push(block);
  }
  return { kind: 'ipBlock', cidr, except, index, origin };
}
