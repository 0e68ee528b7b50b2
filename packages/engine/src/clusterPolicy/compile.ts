/**
 * ClusterNetworkPolicy objects → matchers. Runs only on objects without validation errors
 * (the apiserver would refuse the others), so shapes are trusted here, but nothing throws.
 */
import { compileSelector, parseCidr } from '../compile';
import { arrayAt, isPlain, objectAt, scalarText } from '../util';
import type {
  ClusterAction,
  ClusterPolicyRef,
  ClusterTier,
  CompiledCidr,
  CompiledOrigin,
  Direction,
  LoadedObject,
  PodMatcher,
} from '../model';
import type {
  ClusterPeer,
  ClusterProtocolMatch,
  ClusterRule,
  CompiledClusterPolicy,
  PodsSelection,
} from './types';
import { CNP_API_VERSION, CNP_KIND } from './types';

type OriginAt = (path: string) => CompiledOrigin;

export function isClusterNetworkPolicy(object: LoadedObject): boolean {
  return object.kind === CNP_KIND && object.apiVersion === CNP_API_VERSION;
}

/** Compiles the ClusterNetworkPolicies among `objects`, skipping those `skip` names. */
export function compileClusterPolicies(
  objects: readonly LoadedObject[],
  skip: (object: LoadedObject) => boolean = () => false,
): CompiledClusterPolicy[] {
  return objects.filter((o) => isClusterNetworkPolicy(o) && !skip(o)).map(compileClusterPolicy);
}

export function compileClusterPolicy(object: LoadedObject): CompiledClusterPolicy {
  const spec = objectAt(object.object, 'spec');
  const originAt: OriginAt = (path) => {
    const range = object.fieldRanges[path];
    return range ? { path, range } : { path };
  };
  const tier: ClusterTier = spec?.['tier'] === 'Baseline' ? 'Baseline' : 'Admin';
  const priority = typeof spec?.['priority'] === 'number' ? spec['priority'] : 0;
  const ref: ClusterPolicyRef = {
    name: object.name,
    tier,
    priority,
    file: object.ref.file,
    documentIndex: object.ref.documentIndex,
    ...(object.ref.itemIndex === undefined ? {} : { itemIndex: object.ref.itemIndex }),
  };
  const rules = (direction: Direction): ClusterRule[] =>
    (arrayAt(spec, direction) ?? []).map((raw, index) =>
      compileRule(raw, direction, index, originAt),
    );
  return {
    ref,
    tier,
    priority,
    subject: compileSelection(objectAt(spec, 'subject')),
    ingress: rules('ingress'),
    egress: rules('egress'),
    range: object.range,
  };
}

/** `{namespaces: sel}` or `{pods: {namespaceSelector, podSelector}}`; omitted selectors select all. */
function compileSelection(raw: unknown): PodsSelection {
  const selector = (value: unknown): PodMatcher =>
    value === undefined || value === null ? { kind: 'all' } : compileSelector(value);
  if (!isPlain(raw)) {
    const none: PodMatcher = { kind: 'none', reason: 'no subject' };
    return { namespaces: none, pods: none };
  }
  if ('namespaces' in raw)
    return { namespaces: selector(raw['namespaces']), pods: { kind: 'all' } };
  const pods = objectAt(raw, 'pods');
  return {
    namespaces: selector(pods?.['namespaceSelector']),
    pods: selector(pods?.['podSelector']),
  };
}

function compileRule(
  raw: unknown,
  direction: Direction,
  index: number,
  originAt: OriginAt,
): ClusterRule {
  const path = `spec.${direction}[${index}]`;
  const peersKey = direction === 'ingress' ? 'from' : 'to';
  const name = isPlain(raw) ? scalarText(raw['name']) : undefined;
  const peers = (arrayAt(raw, peersKey) ?? []).map((peer, i) =>
    compilePeer(peer, i, originAt(`${path}.${peersKey}[${i}]`)),
  );
  const protocolsRaw = arrayAt(raw, 'protocols');
  const protocols = protocolsRaw?.flatMap((entry, i) =>
    compileProtocol(entry, i, originAt(`${path}.protocols[${i}]`)),
  );
  return {
    direction,
    index,
    ...(name ? { name } : {}),
    action: (isPlain(raw) ? raw['action'] : 'Deny') as ClusterAction,
    peers,
    ...(protocols ? { protocols } : {}),
    origin: originAt(path),
  };
}

function compilePeer(raw: unknown, index: number, origin: CompiledOrigin): ClusterPeer {
  const at = { index, origin };
  if (!isPlain(raw)) return { kind: 'unknown', ...at };
  if (raw['namespaces'] !== undefined && raw['namespaces'] !== null) {
    return {
      kind: 'pods',
      namespaces: compileSelector(raw['namespaces']),
      pods: { kind: 'all' },
      ...at,
    };
  }
  const pods = objectAt(raw, 'pods');
  if (pods) {
    const ns = pods['namespaceSelector'];
    return {
      kind: 'pods',
      namespaces: ns === undefined || ns === null ? { kind: 'all' } : compileSelector(ns),
      pods: compileSelector(pods['podSelector'] ?? {}),
      ...at,
    };
  }
  if (raw['nodes'] !== undefined && raw['nodes'] !== null)
    return { kind: 'nodes', nodes: compileSelector(raw['nodes']), ...at };
  const networks = arrayAt(raw, 'networks');
  if (networks) {
    const cidrs = networks.flatMap((text): CompiledCidr[] => {
      const cidr = typeof text === 'string' ? parseCidr(text) : undefined;
      return cidr ? [cidr] : [];
    });
    return { kind: 'networks', cidrs, ...at };
  }
  const domainNames = arrayAt(raw, 'domainNames');
  if (domainNames) return { kind: 'domainNames', names: domainNames.map(String), ...at };
  return { kind: 'unknown', ...at };
}

function compileProtocol(
  raw: unknown,
  index: number,
  origin: CompiledOrigin,
): ClusterProtocolMatch[] {
  if (!isPlain(raw)) return [];
  const named = scalarText(raw['destinationNamedPort']);
  if (named !== undefined) return [{ kind: 'named', name: named, index, origin }];
  for (const [key, protocol] of [
    ['tcp', 'TCP'],
    ['udp', 'UDP'],
    ['sctp', 'SCTP'],
  ] as const) {
    const port = objectAt(objectAt(raw, key), 'destinationPort');
    if (!port) continue;
    const range = objectAt(port, 'range');
    const from = Number(range ? range['start'] : port['number']);
    const to = Number(range ? range['end'] : port['number']);
    return [{ kind: 'ports', protocol, from, to, index, origin }];
  }
  return [];
}
