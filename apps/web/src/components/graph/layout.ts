import type * as DagreModule from '@dagrejs/dagre';
import type { ClusterView } from '../../analysis/graphData';

/** The layout engine, loaded lazily (it is not needed before the first picture). */
export type Dagre = typeof DagreModule;

/** Sizes of the drawing, in flow units: full pods, and compact ones for big graphs. */
// Full pods are wide and tall enough for two key labels of typical length, one per line.
// Ranks stand far enough apart for a port label between them.
// Within layers pods stand closer (`nodeGap`): the flows run between layers, not along them.
const FULL = { podW: 224, podH: 96, gapX: 110, gapY: 60, rankGap: 110, nodeGap: 26 };
const COMPACT = { podW: 160, podH: 34, gapX: 36, gapY: 22, rankGap: 90, nodeGap: 16 };
type Size = typeof FULL;
/** Above this many pods, pod nodes are drawn compact. */
export const COMPACT_ABOVE = 200;
const PAD = 20;
const HEADER = 44;
const NS_GAP = 90;
const CIDR_W = 170;
/** A collapsed namespace on the namespace map. */
export const TILE = { width: 240, height: 76 };
const CIDR_H = 48;
/** The picture's intended width : height, about that of the graph pane. */
const ASPECT = 1.6;
/**
 * Past these, a namespace (or the namespace map) is laid out as a grid: layering costs
 * too much, and a dense block of flows has no direction to read anyway. Measured (dagre
 * 3.1.3, Node 20, random graphs): 12 nodes / 16 edges 20 ms, 30 / 60 about 200 ms,
 * 50 / 300 about 1.3 s. Real architectures are sparser than random graphs.
 */
const LAYERED_MAX_NODES = 40;
const LAYERED_MAX_EDGES = 80;
/** Edges laid out in layers over the whole picture; the namespaces past it get grids. */
const LAYERED_BUDGET = 240;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Layout {
  /** Namespace groups, absolute. */
  readonly namespaces: ReadonlyMap<string, Box>;
  /** Pods, relative to their namespace group. */
  readonly pods: ReadonlyMap<string, Box>;
  /** External CIDR nodes, absolute. */
  readonly cidrs: ReadonlyMap<string, Box>;
}

/** An allowed pod-to-pod flow, as pod ids. */
export type AllowedPair = readonly [from: string, to: string];

type Placed = Map<string, { x: number; y: number }>;

/** Pods in a roughly square grid from (0, top): two side by side, up to four 2×2. */
function grid(ids: readonly string[], size: Size, top: number, out: Placed): { width: number; height: number } {
  const n = ids.length;
  if (n === 0) return { width: 0, height: 0 };
  const cellW = size.podW + size.gapX;
  const cellH = size.podH + size.gapY;
  const cols = n <= 2 ? n : n <= 4 ? 2 : Math.max(2, Math.round(Math.sqrt((n * cellH) / cellW)));
  ids.forEach((id, i) => out.set(id, { x: (i % cols) * cellW, y: top + Math.floor(i / cols) * cellH }));
  const rows = Math.ceil(n / cols);
  return { width: cols * size.podW + (cols - 1) * size.gapX, height: rows * size.podH + (rows - 1) * size.gapY };
}

/** Left-to-right layers of the given nodes and edges (top-left corners, from 0, 0). */
function layered(
  dagre: Dagre,
  nodes: ReadonlyMap<string, { width: number; height: number }>,
  edges: readonly AllowedPair[],
  gaps: { node: number; rank: number },
): { placed: Placed; width: number; height: number } {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: gaps.node, ranksep: gaps.rank, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const [id, box] of nodes) g.setNode(id, { width: box.width, height: box.height });
  for (const [from, to] of edges) if (from !== to) g.setEdge(from, to);
  dagre.layout(g);
  const placed: Placed = new Map();
  let width = 0;
  let height = 0;
  for (const [id, box] of nodes) {
    const n = g.node(id);
    const x = Math.round(n.x - box.width / 2);
    const y = Math.round(n.y - box.height / 2);
    placed.set(id, { x, y });
    width = Math.max(width, x + box.width);
    height = Math.max(height, y + box.height);
  }
  return { placed, width, height };
}

/** The pods of one namespace: the ones that talk in layers, the rest in a grid below. */
function namespaceBlock(
  podIds: readonly string[],
  edges: readonly AllowedPair[],
  size: Size,
  dagre: Dagre | null,
  budget: { edges: number },
) {
  const placed: Placed = new Map();
  const linked = new Set(edges.flat());
  const talking = podIds.filter((id) => linked.has(id));
  let width = 0;
  let top = 0;
  const fits = talking.length <= LAYERED_MAX_NODES && edges.length <= LAYERED_MAX_EDGES && edges.length <= budget.edges;
  if (dagre && talking.length > 1 && fits) {
    budget.edges -= edges.length;
    const nodes = new Map(talking.map((id) => [id, { width: size.podW, height: size.podH }]));
    const result = layered(dagre, nodes, edges, { node: size.nodeGap, rank: size.rankGap });
    for (const [id, xy] of result.placed) placed.set(id, xy);
    width = result.width;
    top = result.height + size.gapY;
  }
  const rest = podIds.filter((id) => !placed.has(id));
  const below = grid(rest, size, top, placed);
  width = Math.max(width, below.width);
  const height = rest.length > 0 ? top + below.height : top - size.gapY;
  return { placed, width: PAD * 2 + Math.max(width, size.podW), height: HEADER + PAD + Math.max(height, 0) };
}

/** Namespaces side by side in rows about as wide as makes the picture fit the pane. */
function packRows(blocks: readonly { name: string; width: number; height: number }[], left: number, top: number) {
  const out = new Map<string, Box>();
  const area = blocks.reduce((sum, b) => sum + (b.width + NS_GAP) * (b.height + NS_GAP), 0);
  const rowWidth = Math.max(0, ...blocks.map((b) => b.width), Math.sqrt(area * ASPECT));
  let x = left;
  let y = top;
  let rowHeight = 0;
  for (const b of blocks) {
    if (x > left && x + b.width > left + rowWidth) {
      x = left;
      y += rowHeight + NS_GAP;
      rowHeight = 0;
    }
    out.set(b.name, { x, y, width: b.width, height: b.height });
    x += b.width + NS_GAP;
    rowHeight = Math.max(rowHeight, b.height);
  }
  return { boxes: out, bottom: y + rowHeight };
}

/**
 * The allowed architecture as a picture: inside each namespace, pods that talk are laid
 * in layers so traffic reads left to right (callers → services → data); namespaces that
 * talk to each other are layered the same way, the others packed in rows below;
 * external networks stand in a column on the left. It depends only on the pods and the
 * allowed flows given, so the caller decides when to lay out again (a structural change
 * or Re-layout), never on every policy edit. Without a layout engine (or past its size
 * limits) everything is a grid.
 */
export function layoutCluster(
  view: ClusterView,
  allowed: readonly AllowedPair[] = [],
  dagre: Dagre | null = null,
  collapsed: ReadonlySet<string> = new Set(),
): Layout {
  const size = view.pods.length > COMPACT_ABOVE ? COMPACT : FULL;
  const nsOf = (id: string) => view.podsById.get(id)?.namespace;
  const inside = new Map<string, AllowedPair[]>();
  const across = new Map<string, AllowedPair>();
  for (const pair of allowed) {
    const a = nsOf(pair[0]);
    const b = nsOf(pair[1]);
    if (a === undefined || b === undefined) continue;
    if (a === b) inside.set(a, [...(inside.get(a) ?? []), pair]);
    else across.set(`${a}\n${b}`, [a, b]);
  }
  const pods = new Map<string, Box>();
  const budget = { edges: LAYERED_BUDGET };
  const blocks = view.namespaces.map((ns) => {
    // A collapsed namespace is one tile with its name and counts, and no pods.
    if (collapsed.has(ns.name)) return { name: ns.name, ...TILE };
    const block = namespaceBlock(ns.podIds, inside.get(ns.name) ?? [], size, dagre, budget);
    for (const [id, xy] of block.placed) {
      pods.set(id, { x: PAD + xy.x, y: HEADER + xy.y, width: size.podW, height: size.podH });
    }
    return { name: ns.name, width: block.width, height: block.height };
  });

  const left = view.cidrs.length > 0 ? CIDR_W + NS_GAP : 0;

  const namespaces = new Map<string, Box>();
  let top = 0;
  const linkedNs = new Set([...across.values()].flat());
  if (dagre && linkedNs.size > 1 && linkedNs.size <= LAYERED_MAX_NODES && across.size <= LAYERED_MAX_EDGES) {
    const nodes = new Map(blocks.filter((b) => linkedNs.has(b.name)).map((b) => [b.name, b]));
    const result = layered(dagre, nodes, [...across.values()], { node: NS_GAP, rank: NS_GAP + size.rankGap });
    for (const [name, xy] of result.placed) {
      const b = nodes.get(name);
      if (b) namespaces.set(name, { x: left + xy.x, y: xy.y, width: b.width, height: b.height });
    }
    top = result.height + NS_GAP;
  }
  const rest = packRows(blocks.filter((b) => !namespaces.has(b.name)), left, top);
  for (const [name, box] of rest.boxes) namespaces.set(name, box);
  // External networks: a column on the left, centred on the picture's height (where the
  // entry points usually are).
  const bottom = Math.max(0, ...[...namespaces.values()].map((b) => b.y + b.height));
  const column = view.cidrs.length * (CIDR_H + FULL.gapY) - FULL.gapY;
  const cidrTop = Math.max(0, Math.round((bottom - column) / 2));
  const cidrs = new Map<string, Box>();
  view.cidrs.forEach((c, i) =>
    cidrs.set(c.id, { x: 0, y: cidrTop + i * (CIDR_H + FULL.gapY), width: CIDR_W, height: CIDR_H }),
  );
  return { namespaces, pods, cidrs };
}

/** What a layout depends on besides the flows: the pods of each namespace, and the external networks. */
export function structureKey(view: ClusterView): string {
  return view.namespaces.map((n) => `${n.name}:${n.podIds.join(',')}`).join(';') + `|${view.cidrs.map((c) => c.id).join(',')}`;
}
