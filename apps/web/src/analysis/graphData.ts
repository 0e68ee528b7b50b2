import { compactAllowed, compactDecidedBy, formatPortSet, parseCidr } from '@netpol/engine';
import type { CompactMatrix, Labels, ObjectRef, PodEndpoint, PodPort, Protocol } from '@netpol/engine';
import { STALE_FILE, type Derivation, type PolicyInForce as CompiledPolicy } from './derive';
import { podIsolation, reachability, tierSubjectOf, type EngineModel } from './engineAdapter';
import { podGroups } from './podGroups';

/** A pod (or a workload's representative pod) as the graph draws it. */
export interface PodView {
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly labels: Labels;
  readonly kind: string;
  readonly replicas?: number;
  readonly ports: readonly PodPort[];
  readonly ingressIsolated: boolean;
  readonly egressIsolated: boolean;
  /** Selected by a ClusterNetworkPolicy with rules for that direction: a tier may decide its flows. */
  readonly tierIngress?: boolean;
  readonly tierEgress?: boolean;
  /** Drawn from the last good version of a document that is broken now. */
  readonly stale: boolean;
  /** The Pod or workload object it comes from. */
  readonly source: ObjectRef;
  /** A group of raw Pods drawn as one node: the engine's pod ids; the first stands for all. */
  readonly members?: readonly string[];
}

/** The engine's pod id behind a node id (a group's first member; else the id itself). */
export function engineIdOf(view: ClusterView, nodeId: string): string {
  return view.podsById.get(nodeId)?.members?.[0] ?? nodeId;
}

export interface NamespaceView {
  readonly name: string;
  readonly labels: Labels;
  readonly implied: boolean;
  readonly podIds: readonly string[];
  /** The Namespace object, when one declares it. */
  readonly source?: ObjectRef;
}

/** An external network named by an ipBlock of some policy, or added by the user (view state). */
export interface CidrView {
  readonly id: string;
  /** The addresses its flows are probed with (for the Internet node: `0.0.0.0/0`). */
  readonly cidr: string;
  /** What the node reads, when not the CIDR itself (`Internet`). */
  readonly label?: string;
  /** Added from the UI and not in the YAML yet: no policy names it. */
  readonly added?: true;
}

/** The cluster side of the picture: what is drawn, independent of the port filter. */
export interface ClusterView {
  readonly namespaces: readonly NamespaceView[];
  readonly pods: readonly PodView[];
  readonly podsById: ReadonlyMap<string, PodView>;
  readonly cidrs: readonly CidrView[];
  readonly policies: readonly CompiledPolicy[];
  readonly model: EngineModel;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/** Node id of a namespace group and of an external CIDR. */
export const namespaceNodeId = (name: string) => `ns:${name}`;
export const cidrNodeId = (cidr: string) => `cidr:${cidr}`;
/**
 * The Internet node the user adds: the allow dialog's `internet` end (the preset with the
 * private ranges excepted), so a flow drawn to it writes the preset, not a bare 0.0.0.0/0.
 */
export const INTERNET_NODE_ID = 'internet';
const INTERNET_PROBE_CIDR = '0.0.0.0/0';
/**
 * What a person types for an external network, as its node id: `Internet` → `internet`,
 * a CIDR the engine parses → `cidr:<cidr>`; null for anything else.
 */
export function externalNetworkId(typed: string): string | null {
  const text = typed.trim();
  const lower = text.toLowerCase();
  if (lower === 'internet' || lower === 'the internet') return INTERNET_NODE_ID;
  if (text.includes('/') && /^[0-9a-f:.]+\/\d+$/i.test(text)) return parseCidr(text) ? cidrNodeId(text) : null;
  return null;
}

/** Whether a node id is an external network (a CIDR or the Internet), not a pod or namespace. */
export const isExternalNodeId = (id: string) => {
  const kind = parseNodeId(id).kind;
  return kind === 'cidr' || kind === 'internet';
};

/**
 * The view with the external networks the user added (`internet` or `cidr:<cidr>` ids).
 * One the YAML already names is drawn once, as the YAML's node: for the Internet, once a
 * policy names 0.0.0.0/0 (what a flow drawn to it writes).
 */
export function withAddedNetworks(view: ClusterView, added: readonly string[]): ClusterView {
  const named = new Set(view.cidrs.map((c) => c.cidr));
  const extra: CidrView[] = [];
  for (const id of new Set(added)) {
    const cidr = id === INTERNET_NODE_ID ? INTERNET_PROBE_CIDR : id.startsWith('cidr:') ? id.slice(5) : null;
    if (cidr === null || named.has(cidr)) continue;
    extra.push(id === INTERNET_NODE_ID ? { id, cidr, label: 'Internet', added: true } : { id, cidr, added: true });
  }
  return extra.length === 0 ? view : { ...view, cidrs: [...view.cidrs, ...extra] };
}

/** What a graph node id names. The shapes are the engine's intent ends, so they pass through. */
export type ParsedNodeId =
  /** The Internet preset node the user added (`internet`). */
  | { readonly kind: 'internet' }
  | { readonly kind: 'namespace'; readonly name: string }
  | { readonly kind: 'cidr'; readonly cidr: string }
  | { readonly kind: 'pod'; readonly id: string };

/**
 * The inverse of `namespaceNodeId` / `cidrNodeId`: the one place that reads a node id's
 * prefix. Anything without one is a pod id (`ns/name`). Only the first prefix counts, so an
 * IPv6 CIDR (`cidr:2001:db8::/32`) keeps its colons.
 */
export function parseNodeId(id: string): ParsedNodeId {
  if (id === INTERNET_NODE_ID) return { kind: 'internet' };
  if (id.startsWith('ns:')) return { kind: 'namespace', name: id.slice('ns:'.length) };
  if (id.startsWith('cidr:')) return { kind: 'cidr', cidr: id.slice('cidr:'.length) };
  return { kind: 'pod', id };
}

function collectCidrs(policies: readonly CompiledPolicy[]): CidrView[] {
  const seen = new Set<string>();
  for (const policy of policies) {
    for (const rule of [...policy.ingress, ...policy.egress]) {
      if (rule.peers.kind !== 'some') continue;
      for (const peer of rule.peers.peers) if (peer.kind === 'ipBlock') seen.add(peer.cidr.text);
    }
  }
  return [...seen].sort().map((cidr) => ({ id: cidrNodeId(cidr), cidr }));
}

/** Projects an analysis into the pods, namespaces and external networks to draw. */
export function clusterView(derivation: Derivation): ClusterView {
  const { cluster, model, policies } = derivation.result;
  const all: PodView[] = cluster.pods.map((pod) => {
    const iso = podIsolation(model, pod.id);
    return {
      id: pod.id,
      namespace: pod.namespace,
      name: pod.name,
      labels: pod.labels,
      kind: pod.origin.kind,
      replicas: pod.origin.replicas,
      ports: pod.ports,
      ingressIsolated: iso.ingress.length > 0,
      egressIsolated: iso.egress.length > 0,
      ...tierSubjectOf(model, pod.id),
      stale: pod.source.file === STALE_FILE,
      source: pod.source,
    };
  });
  const pods = groupRawPods(cluster.pods, model, all);
  pods.sort((a, b) => a.id.localeCompare(b.id));
  const namespaces: NamespaceView[] = [...cluster.namespaces].sort(byName).map((ns) => ({
    name: ns.name,
    labels: ns.labels,
    implied: ns.implied,
    source: ns.source,
    podIds: pods.filter((p) => p.namespace === ns.name).map((p) => p.id),
  }));
  return {
    namespaces,
    pods,
    podsById: new Map(pods.map((p) => [p.id, p])),
    cidrs: collectCidrs(policies),
    policies,
    model,
  };
}

/**
 * Replaces the raw Pods of one workload with one node. The classes come from the any-port
 * TCP matrix, computed only when a dump holds raw Pods that could group.
 */
function groupRawPods(endpoints: readonly PodEndpoint[], model: EngineModel, pods: PodView[]): PodView[] {
  let classOf: ((id: string) => number | undefined) | undefined;
  const lazyClassOf = (id: string) => {
    if (!classOf) {
      const m = reachability(model, undefined, 'TCP');
      const index = new Map(m.pods.map((p, i) => [p, i]));
      classOf = (podId) => {
        const i = index.get(podId);
        return i === undefined ? undefined : m.classOf[i];
      };
    }
    return classOf(id);
  };
  const groups = podGroups(endpoints, lazyClassOf);
  if (groups.length === 0) return pods;
  const byId = new Map(pods.map((p) => [p.id, p]));
  const inGroup = new Set(groups.flatMap((g) => g.members));
  const out = pods.filter((p) => !inGroup.has(p.id));
  for (const g of groups) {
    const first = byId.get(g.members[0] as string) as PodView;
    out.push({ ...first, id: g.id, name: g.name, kind: g.ownerKind, replicas: g.members.length, members: g.members });
  }
  return out;
}

/** The port filter as typed: '' → any port; digits → a number; anything else → a port name. */
export function parsePortFilter(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : t;
}

/**
 * Reachability of every pod pair for the filter, in the engine's compact form (pods
 * grouped into classes no policy tells apart), with row/column lookup by pod id.
 */
export interface Verdicts {
  readonly matrix: CompactMatrix;
  readonly index: ReadonlyMap<string, number>;
  readonly port: number | string | undefined;
  readonly protocol: Protocol;
  /** `formatPortSet` of each of the matrix's port sets (any-port matrices). */
  readonly portLabels: readonly (readonly string[])[];
  /** Pod pairs (`from * pods + to`) whose verdict is unknown or ambiguous (cluster tiers). */
  readonly uncertain: ReadonlyMap<number, 'unknown' | 'ambiguous'>;
}

/** A group's node id looks up its first member: all its pods have that member's verdicts. */
function withGroups(view: ClusterView, index: Map<string, number>): Map<string, number> {
  for (const pod of view.pods) {
    const i = pod.members ? index.get(pod.members[0] as string) : undefined;
    if (i !== undefined) index.set(pod.id, i);
  }
  return index;
}

export function verdicts(view: ClusterView, portText: string, protocol: Protocol): Verdicts {
  const port = parsePortFilter(portText);
  const matrix = reachability(view.model, port, protocol);
  return {
    matrix,
    index: withGroups(view, new Map(matrix.pods.map((id, i) => [id, i]))),
    port,
    protocol,
    portLabels: (matrix.portSets ?? []).map(formatPortSet),
    uncertain: new Map((matrix.uncertain ?? []).map((c) => [c.from * matrix.pods.length + c.to, c.verdict])),
  };
}

/** The verdict of a pod pair under the filter and, with cluster tiers, the tier that decided it. */
export function pairVerdict(
  v: Verdicts,
  from: string,
  to: string,
): { verdict: 'allowed' | 'denied' | 'unknown' | 'ambiguous'; tier?: 'Admin' | 'Baseline' } {
  const i = v.index.get(from);
  const j = v.index.get(to);
  if (i === undefined || j === undefined) return { verdict: 'denied' };
  const tier = compactDecidedBy(v.matrix, i, j);
  const verdict = v.uncertain.get(i * v.matrix.pods.length + j) ?? (compactAllowed(v.matrix, i, j) ? 'allowed' : 'denied');
  return tier ? { verdict, tier } : { verdict };
}

/** Whether pod index i reaches pod index j under the filter. */
export function isAllowedAt(v: Verdicts, i: number, j: number): boolean {
  return compactAllowed(v.matrix, i, j);
}

/** Whether `from` reaches `to` under the filter (false for unknown pods). */
export function isAllowed(v: Verdicts, from: string, to: string): boolean {
  const i = v.index.get(from);
  const j = v.index.get(to);
  return i !== undefined && j !== undefined && compactAllowed(v.matrix, i, j);
}

/** The allowed ports of a pair as the CLI prints them (`TCP:6379`, `all`); [] when denied. */
export function pairPortsAt(v: Verdicts, i: number, j: number): readonly string[] {
  if (!compactAllowed(v.matrix, i, j)) return [];
  if (v.port !== undefined) return [`${v.protocol}:${v.port}`];
  const m = v.matrix;
  if (i === j || !m.pairPortSet) return ['all'];
  const id = m.pairPortSet[(m.classOf[i] as number) * m.classCount + (m.classOf[j] as number)] as number;
  return v.portLabels[id] ?? [];
}

export function pairPorts(v: Verdicts, from: string, to: string): readonly string[] {
  const i = v.index.get(from);
  const j = v.index.get(to);
  return i === undefined || j === undefined ? [] : pairPortsAt(v, i, j);
}
