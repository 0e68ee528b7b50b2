/** A node's rectangle in flow coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Segment {
  readonly sx: number;
  readonly sy: number;
  readonly tx: number;
  readonly ty: number;
}

/** Where the ray from the rect's centre towards (px, py) leaves the rect. */
function borderPoint(r: Rect, px: number, py: number): { x: number; y: number } {
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  const dx = px - cx;
  const dy = py - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : r.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : r.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

/**
 * A straight edge between two rectangles, from border to border, shifted `offset` units
 * to the right of its direction: A→B and B→A then run side by side, both visible.
 */
export function floatingSegment(source: Rect, target: Rect, offset: number): Segment {
  const scx = source.x + source.width / 2;
  const scy = source.y + source.height / 2;
  const tcx = target.x + target.width / 2;
  const tcy = target.y + target.height / 2;
  const len = Math.hypot(tcx - scx, tcy - scy) || 1;
  // Right-hand normal of the direction (screen coordinates: y grows downwards).
  const nx = (-(tcy - scy) / len) * offset;
  const ny = ((tcx - scx) / len) * offset;
  const s = borderPoint(source, tcx + nx, tcy + ny);
  const t = borderPoint(target, scx + nx, scy + ny);
  return { sx: s.x + nx, sy: s.y + ny, tx: t.x + nx, ty: t.y + ny };
}

/** A gently curved edge: the control point bends to the right of the direction. */
export interface Curve extends Segment {
  readonly cx: number;
  readonly cy: number;
  /** The curve's midpoint (t = 0.5), where the label goes. */
  readonly mx: number;
  readonly my: number;
}

/**
 * Bends a segment to its right by a bow that grows with its length (up to `maxBow`), so
 * an edge never runs exactly through a pod standing between its ends, and the two
 * directions of a pair bow apart.
 */
export function curved(seg: Segment, maxBow = 36): Curve {
  const dx = seg.tx - seg.sx;
  const dy = seg.ty - seg.sy;
  const len = Math.hypot(dx, dy) || 1;
  const bow = Math.min(maxBow, len * 0.15);
  const cx = (seg.sx + seg.tx) / 2 + (-dy / len) * bow;
  const cy = (seg.sy + seg.ty) / 2 + (dx / len) * bow;
  return {
    ...seg,
    cx,
    cy,
    mx: (seg.sx + 2 * cx + seg.tx) / 4,
    my: (seg.sy + 2 * cy + seg.ty) / 4,
  };
}
