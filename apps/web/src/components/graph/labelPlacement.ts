import { curved, floatingSegment, type Curve, type Rect } from './edgeGeometry';

/** The offset of the two directions of a pair, as FlowEdge draws them. */
export const EDGE_OFFSET = 5;
/** A label's height in flow units; its width comes from `labelWidth`. */
export const LABEL_H = 18;
/** Room kept free around each label, so two never touch. */
const MARGIN = 3;
/** Where along its curve a label may sit, best first: the middle, then towards either end. */
const STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];

/** A label's width in flow units: wide enough for its text at 11 px (the CSS sets exactly this). */
export function labelWidth(text: string): number {
  return Math.ceil(12 + text.length * 6.6);
}

/** The point at `t` on a FlowEdge curve. */
export function pointAt(c: Curve, t: number): { x: number; y: number } {
  const u = 1 - t;
  return {
    x: u * u * c.sx + 2 * t * u * c.cx + t * t * c.tx,
    y: u * u * c.sy + 2 * t * u * c.cy + t * t * c.ty,
  };
}

/** The curve FlowEdge draws between two node rectangles. */
export const edgeCurve = (source: Rect, target: Rect): Curve => curved(floatingSegment(source, target, EDGE_OFFSET));

export interface LabelRequest {
  readonly id: string;
  readonly source: Rect;
  readonly target: Rect;
  readonly text: string;
  /** Placed first: a selected or changed flow keeps its label whatever else is drawn. */
  readonly priority?: number;
}

/** Where a label sits: the curve parameter and the box, centred there. */
export interface LabelSpot {
  readonly t: number;
  readonly box: Rect;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width + MARGIN && b.x < a.x + a.width + MARGIN && a.y < b.y + b.height + MARGIN && b.y < a.y + a.height + MARGIN;

/**
 * Places edge labels so that no two overlap and none covers a node (`obstacles`): each
 * label tries a few spots along its own curve and takes the first free one; a label with
 * no free spot is not drawn (its edge still explains itself on hover and click). Short
 * edges go first, having the fewest spots. Positions are in flow units, so what does not
 * overlap here does not overlap at any zoom.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Rect[]): Map<string, LabelSpot> {
  const placed: Rect[] = [];
  const spots = new Map<string, LabelSpot>();
  const curves = requests.map((r) => ({ r, c: edgeCurve(r.source, r.target) }));
  const length = (c: Curve) => Math.hypot(c.tx - c.sx, c.ty - c.sy);
  curves.sort((a, b) => (b.r.priority ?? 0) - (a.r.priority ?? 0) || length(a.c) - length(b.c) || a.r.id.localeCompare(b.r.id));
  for (const { r, c } of curves) {
    const width = labelWidth(r.text);
    for (const t of STOPS) {
      const p = pointAt(c, t);
      const box = { x: p.x - width / 2, y: p.y - LABEL_H / 2, width, height: LABEL_H };
      if (obstacles.some((o) => overlaps(box, o)) || placed.some((o) => overlaps(box, o))) continue;
      placed.push(box);
      spots.set(r.id, { t, box });
      break;
    }
  }
  return spots;
}
