import type { FlowEndpoint } from '@netpol/engine';
import { explainFlow, portsBetween } from './engineAdapter';
import {
  namespaceNodeId,
  pairPorts,
  pairVerdict,
  type CidrView,
  type ClusterView,
  type PodView,
  type Verdicts,
  engineIdOf,
} from './graphData';

export type EdgeVerdict = 'allowed' | 'denied' | 'mixed' | 'unknown' | 'ambiguous';

/** One edge to draw: a pod pair, a pod and a CIDR, or an aggregate of namespace pairs. */
export interface FlowEdgeView {
  readonly id: string;
  /** Node ids: `ns/pod`, `ns:<namespace>` or `cidr:<cidr>`. */
  readonly from: string;
  readonly to: string;
  readonly verdict: EdgeVerdict;
  /** As the CLI prints them: `TCP:6379`, `all`; empty when denied. */
  readonly ports: readonly string[];
  /** Pod pairs with ClusterNetworkPolicies: the tier whose rule decided the verdict. */
  readonly tier?: 'Admin' | 'Baseline';
  /** For aggregated edges: how many pod pairs are allowed and denied. */
  readonly counts?: { readonly allowed: number; readonly denied: number };
}

export interface EdgePlan {
  readonly edges: readonly FlowEdgeView[];
  /** Pod-level edges there would be without aggregation. */
  readonly podEdgeCount: number;
  readonly aggregated: boolean;
  /** Edges left out to keep the page responsive. */
  readonly hidden: number;
}

/** Above this many pod-level edges the graph draws namespace → namespace aggregates. */
export const EDGE_LIMIT = 300;

/** An address inside a CIDR, to probe it as an external peer: its first host. */
export function representativeIp(cidr: string): string {
  const [address = '', prefix = '32'] = cidr.split('/');
  const parts = address.split('.');
  if (parts.length === 4 && Number(prefix) < 32) {
    parts[3] = String(Number(parts[3]) + 1);
    return parts.join('.');
  }
  return address;
}

const podEnd = (id: string): FlowEndpoint => ({ kind: 'pod', id });

function cidrEdges(view: ClusterView, v: Verdicts, cidr: CidrView): FlowEdgeView[] {
  const ip: FlowEndpoint = { kind: 'ip', ip: representativeIp(cidr.cidr) };
  const out: FlowEdgeView[] = [];
  const probe = (from: FlowEndpoint, to: FlowEndpoint, fromId: string, toId: string) => {
    let ports: readonly string[];
    if (v.port === undefined) {
      ports = portsBetween(view.model, from, to);
    } else {
      const allowed = explainFlow(view.model, from, to, v.port, v.protocol).allowed;
      ports = allowed ? [`${v.protocol}:${v.port}`] : [];
    }
    const verdict = ports.length > 0 ? 'allowed' : 'denied';
    out.push({ id: `${fromId}->${toId}`, from: fromId, to: toId, verdict, ports });
  };
  for (const pod of view.pods) {
    const end = podEnd(engineIdOf(view, pod.id));
    if (drawsIngress(pod)) probe(ip, end, cidr.id, pod.id);
    if (drawsEgress(pod)) probe(end, ip, pod.id, cidr.id);
  }
  return out;
}

/** A pod's flows are drawn where a NetworkPolicy isolates it or a cluster tier selects it. */
function drawsIngress(p: PodView): boolean {
  return p.ingressIsolated || p.tierIngress === true;
}

function drawsEgress(p: PodView): boolean {
  return p.egressIsolated || p.tierEgress === true;
}

function podPairEdge(v: Verdicts, from: PodView, to: PodView): FlowEdgeView | null {
  if (from.id === to.id || !(drawsEgress(from) || drawsIngress(to))) return null;
  const ports = pairPorts(v, from.id, to.id);
  const { verdict, tier } = pairVerdict(v, from.id, to.id);
  return {
    id: `${from.id}->${to.id}`,
    from: from.id,
    to: to.id,
    verdict,
    ports,
    ...(tier ? { tier } : {}),
  };
}

/** Every pod-level edge: ordered pairs where at least one side is isolated. */
function podEdges(view: ClusterView, v: Verdicts): FlowEdgeView[] {
  const out: FlowEdgeView[] = [];
  for (const a of view.pods) {
    for (const b of view.pods) {
      const edge = podPairEdge(v, a, b);
      if (edge) out.push(edge);
    }
  }
  return out;
}

function countPodEdges(view: ClusterView): number {
  const ingress = view.pods.filter(drawsIngress).length;
  const egress = view.pods.filter(drawsEgress).length;
  const both = view.pods.filter((p) => drawsIngress(p) && drawsEgress(p)).length;
  const n = view.pods.length;
  // Pairs (a, b), a ≠ b, with a egress-isolated or b ingress-isolated.
  return egress * (n - 1) + ingress * (n - 1) - (egress * ingress - both);
}

type Sum = { from: string; to: string; allowed: number; denied: number };

function addTo(sums: Map<string, Sum>, from: string, to: string, allowed: boolean): void {
  const key = `${from}->${to}`;
  let sum = sums.get(key);
  if (!sum) {
    sum = { from, to, allowed: 0, denied: 0 };
    sums.set(key, sum);
  }
  if (allowed) sum.allowed += 1;
  else sum.denied += 1;
}

function foldedEdges(sums: Map<string, Sum>): FlowEdgeView[] {
  return [...sums.entries()].map(([id, s]) => ({
    id,
    from: s.from,
    to: s.to,
    verdict: s.denied === 0 ? 'allowed' : s.allowed === 0 ? 'denied' : 'mixed',
    ports: [],
    counts: { allowed: s.allowed, denied: s.denied },
  }));
}

/**
 * Plans the edges to draw. Small graphs get one edge per isolated pod pair (and per
 * CIDR/pod pair). Past EDGE_LIMIT (or when `aggregate` asks, for the namespace map) the plan aggregates by namespace, except for the
 * expanded namespace and the selected pod, whose own pod-level edges are drawn.
 */
export function planEdges(
  view: ClusterView,
  v: Verdicts,
  options: { selectedPod: string | null; expandedNamespace: string | null; aggregate?: boolean },
): EdgePlan {
  const podEdgeCount = countPodEdges(view);
  const cidr = view.cidrs.flatMap((c) => cidrEdges(view, v, c));
  if (podEdgeCount <= EDGE_LIMIT && !options.aggregate) {
    const edges = [...podEdges(view, v), ...cidr];
    return { edges, podEdgeCount, aggregated: false, hidden: 0 };
  }
  const { expandedNamespace, selectedPod } = options;
  const pods = view.pods;
  const n = pods.length;
  // Groups: one per namespace, plus the selected pod on its own. A pair is drawn pod to
  // pod when both are in the expanded namespace, or one is the selected pod and the other
  // shares its namespace or is in the expanded one; every other pair is counted into its
  // groups' aggregate. Typed arrays keep a 1,000-pod graph (a million pairs) at a few ms.
  const groupIds: string[] = [];
  const groupIndex = new Map<string, number>();
  const groupOf = new Int32Array(n);
  const expanded = new Uint8Array(n);
  const selected = pods.findIndex((p) => p.id === selectedPod);
  const selectedNs = selected >= 0 ? pods[selected]?.namespace : undefined;
  const nearSelection = new Uint8Array(n);
  const rows = new Int32Array(n);
  const egress = new Uint8Array(n);
  const ingress = new Uint8Array(n);
  pods.forEach((p, i) => {
    expanded[i] = p.namespace === expandedNamespace ? 1 : 0;
    nearSelection[i] = expanded[i] || p.namespace === selectedNs ? 1 : 0;
    const id = i === selected ? p.id : namespaceNodeId(p.namespace);
    let g = groupIndex.get(id);
    if (g === undefined) {
      g = groupIds.length;
      groupIds.push(id);
      groupIndex.set(id, g);
    }
    groupOf[i] = g;
    rows[i] = v.index.get(p.id) ?? -1;
    egress[i] = drawsEgress(p) ? 1 : 0;
    ingress[i] = drawsIngress(p) ? 1 : 0;
  });
  const g = groupIds.length;
  const allowedCount = new Int32Array(g * g);
  const deniedCount = new Int32Array(g * g);
  const detail: FlowEdgeView[] = [];
  // Inlined `compactAllowed`: bit (class(a) * classCount + class(b)) of the compact matrix.
  const { classOf, classCount, allowedBits } = v.matrix;
  const cls = Int32Array.from(rows, (r) => (r < 0 ? -1 : (classOf[r] as number)));
  for (let a = 0; a < n; a++) {
    const ga = groupOf[a] as number;
    const rowBase = (cls[a] as number) * classCount;
    for (let b = 0; b < n; b++) {
      if (a === b || !(egress[a] || ingress[b])) continue;
      const gb = groupOf[b] as number;
      const podLevel =
        (expanded[a] && expanded[b]) || (a === selected && nearSelection[b]) || (b === selected && nearSelection[a]);
      if (podLevel) {
        const edge = podPairEdge(v, pods[a] as PodView, pods[b] as PodView);
        if (edge) detail.push(edge);
      } else if (ga !== gb) {
        const bit = rowBase + (cls[b] as number);
        const allowed = cls[a]! >= 0 && cls[b]! >= 0 && ((allowedBits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
        if (allowed) allowedCount[ga * g + gb]! += 1;
        else deniedCount[ga * g + gb]! += 1;
      }
    }
  }
  const sums = new Map<string, Sum>();
  for (let x = 0; x < g; x++) {
    for (let y = 0; y < g; y++) {
      const allowed = allowedCount[x * g + y] as number;
      const denied = deniedCount[x * g + y] as number;
      if (allowed + denied === 0) continue;
      const from = groupIds[x] as string;
      const to = groupIds[y] as string;
      sums.set(`${from}->${to}`, { from, to, allowed, denied });
    }
  }
  const podGroup = new Map(pods.map((p, i) => [p.id, groupIds[groupOf[i] as number] as string]));
  for (const e of cidr) {
    const from = podGroup.get(e.from) ?? e.from;
    const to = podGroup.get(e.to) ?? e.to;
    if (from === e.from && to === e.to) detail.push(e);
    else addTo(sums, from, to, e.verdict === 'allowed');
  }
  const edges = [...detail, ...foldedEdges(sums)];
  const limit = EDGE_LIMIT * 2;
  return {
    edges: edges.slice(0, limit),
    podEdgeCount,
    aggregated: true,
    hidden: Math.max(0, edges.length - limit),
  };
}
