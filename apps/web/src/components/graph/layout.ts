import type { ClusterView } from '../../analysis/graphData';
import { COMPACT_ABOVE } from './toFlow';

/** Sizes of the drawing, in flow units: full pods, and compact ones for big graphs. */
// Full pods are wide and tall enough for two key labels of typical length, one per line.
const FULL = { podW: 240, podH: 102, gapX: 130, gapY: 70 };
const COMPACT = { podW: 160, podH: 34, gapX: 36, gapY: 22 };
const PAD = 20;
const HEADER = 44;
const NS_GAP = 90;
const CIDR_W = 170;
const CIDR_H = 48;
/** The picture's intended width : height, about that of the graph pane. */
const ASPECT = 1.6;

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

/**
 * A stable layout: it depends only on the namespaces and pods, sorted by name, never on
 * policies, so editing a policy never moves anything. Each namespace is a roughly square
 * grid of its pods; namespaces flow in rows, left to right, in rows as wide as makes the
 * whole picture about as wide as the pane; external networks stand in a column on the left.
 */
export function layoutCluster(view: ClusterView): Layout {
  const size = view.pods.length > COMPACT_ABOVE ? COMPACT : FULL;
  const cellW = size.podW + size.gapX;
  const cellH = size.podH + size.gapY;
  const blocks = view.namespaces.map((ns) => {
    const n = Math.max(1, ns.podIds.length);
    // Two pods side by side, three or four in a 2×2 grid (no pod between two others on a
    // straight line), more in a block about square (cells are wider than they are tall).
    const cols = n <= 2 ? n : n <= 4 ? 2 : Math.max(2, Math.round(Math.sqrt((n * cellH) / cellW)));
    const rows = Math.ceil(n / cols);
    return {
      ns,
      cols,
      width: PAD * 2 + cols * size.podW + (cols - 1) * size.gapX,
      height: HEADER + PAD + rows * size.podH + (rows - 1) * size.gapY,
    };
  });
  const area = blocks.reduce((sum, b) => sum + (b.width + NS_GAP) * (b.height + NS_GAP), 0);
  const rowWidth = Math.max(...blocks.map((b) => b.width), Math.sqrt(area * ASPECT));

  const namespaces = new Map<string, Box>();
  const pods = new Map<string, Box>();
  const cidrs = new Map<string, Box>();
  const left = view.cidrs.length > 0 ? CIDR_W + NS_GAP * 2 : 0;
  view.cidrs.forEach((c, i) => {
    cidrs.set(c.id, { x: 0, y: i * (CIDR_H + FULL.gapY), width: CIDR_W, height: CIDR_H });
  });
  let x = left;
  let y = 0;
  let rowHeight = 0;
  for (const block of blocks) {
    if (x > left && x + block.width > left + rowWidth) {
      x = left;
      y += rowHeight + NS_GAP;
      rowHeight = 0;
    }
    namespaces.set(block.ns.name, { x, y, width: block.width, height: block.height });
    block.ns.podIds.forEach((id, i) => {
      pods.set(id, {
        x: PAD + (i % block.cols) * cellW,
        y: HEADER + Math.floor(i / block.cols) * cellH,
        width: size.podW,
        height: size.podH,
      });
    });
    x += block.width + NS_GAP;
    rowHeight = Math.max(rowHeight, block.height);
  }
  return { namespaces, pods, cidrs };
}
