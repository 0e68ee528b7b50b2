import type { ClusterView } from '../../analysis/graphData';

/** Sizes of the drawing, in flow units. */
export const POD_W = 220;
export const POD_H = 76;
/** Room between pods for edges and their labels. */
const GAP_X = 130;
const GAP_Y = 70;
const PAD = 20;
const HEADER = 44;
const NS_GAP = 90;
const ROW_WIDTH = 2200;
const CIDR_W = 170;
const CIDR_H = 48;

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

/** Columns of a namespace's pod grid: roughly square, never wider than 5. */
const columnsFor = (n: number) => Math.max(1, Math.min(5, Math.ceil(Math.sqrt(n))));

/**
 * A stable layout: it depends only on the namespaces and pods, sorted by name, never on
 * policies, so editing a policy never moves anything. Each namespace is a grid of its
 * pods; namespaces flow in rows left to right; external networks stand in a column on
 * the left.
 */
export function layoutCluster(view: ClusterView): Layout {
  const namespaces = new Map<string, Box>();
  const pods = new Map<string, Box>();
  const cidrs = new Map<string, Box>();
  const left = view.cidrs.length > 0 ? CIDR_W + NS_GAP * 2 : 0;
  view.cidrs.forEach((c, i) => {
    cidrs.set(c.id, { x: 0, y: i * (CIDR_H + GAP_Y), width: CIDR_W, height: CIDR_H });
  });
  let x = left;
  let y = 0;
  let rowHeight = 0;
  for (const ns of view.namespaces) {
    const n = Math.max(1, ns.podIds.length);
    const cols = columnsFor(n);
    const rows = Math.ceil(n / cols);
    const width = PAD * 2 + cols * POD_W + (cols - 1) * GAP_X;
    const height = HEADER + PAD + rows * POD_H + (rows - 1) * GAP_Y;
    if (x > left && x + width > left + ROW_WIDTH) {
      x = left;
      y += rowHeight + NS_GAP;
      rowHeight = 0;
    }
    namespaces.set(ns.name, { x, y, width, height });
    ns.podIds.forEach((id, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      pods.set(id, {
        x: PAD + col * (POD_W + GAP_X),
        y: HEADER + row * (POD_H + GAP_Y),
        width: POD_W,
        height: POD_H,
      });
    });
    x += width + NS_GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  return { namespaces, pods, cidrs };
}
