import type { Rect } from '../graph/edgeGeometry';
import { edgeCurve, LABEL_H, pointAt } from '../graph/labelPlacement';

/** One node of the picture, in flow coordinates (absolute). */
export type PictureNode =
  | { readonly kind: 'namespace'; readonly rect: Rect; readonly name: string; readonly detail: string }
  | { readonly kind: 'pod'; readonly rect: Rect; readonly name: string; readonly detail: string; readonly isolated: boolean }
  | { readonly kind: 'cidr'; readonly rect: Rect; readonly name: string };

/** One edge: the two node rectangles it joins, its verdict, and its label if it has one. */
export interface PictureEdge {
  readonly source: Rect;
  readonly target: Rect;
  readonly verdict: 'allowed' | 'denied' | 'mixed' | 'unknown' | 'ambiguous';
  readonly changed?: 'gained' | 'lost';
  readonly label?: { readonly t: number; readonly width: number; readonly text: string };
}

const COLOURS = {
  allowed: '#1f9d55',
  denied: '#d64545',
  mixed: '#c58a12',
  // Not knowable offline, or left to the implementation (ClusterNetworkPolicy ties).
  unknown: '#7a6fb0',
  ambiguous: '#7a6fb0',
} as const;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const MARGIN = 32;
const HEAD = 64;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => String(Math.round(x * 10) / 10);

function nodeSvg(node: PictureNode): string {
  const { x, y, width, height } = node.rect;
  const box = (fill: string, stroke: string, r: number, dash = '') =>
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${r}" fill="${fill}" stroke="${stroke}"${dash}/>`;
  const text = (tx: number, ty: number, s: string, size: number, weight = 400, fill = '#1d2433') =>
    `<text x="${n(tx)}" y="${n(ty)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`;
  switch (node.kind) {
    case 'namespace':
      return box('#eef2f7', '#cfd6e0', 12) + text(x + 14, y + 26, node.name, 15, 700) + text(x + width - 14, y + 26, node.detail, 12, 400, '#5b6576').replace('<text ', '<text text-anchor="end" ');
    case 'pod':
      return (
        box('#ffffff', node.isolated ? '#d64545' : '#c9d1dc', 8) +
        text(x + 10, y + 24, node.name, 13, 700) +
        text(x + 10, y + 44, node.detail, 11, 400, node.isolated ? '#8f2d2d' : '#5b6576')
      );
    case 'cidr':
      return box('#f8f9fb', '#9aa6b8', 8, ' stroke-dasharray="4 3"') + text(x + 10, y + 20, 'external', 10, 400, '#5b6576') + text(x + 10, y + 37, node.name, 13, 700);
    default: {
      const never: never = node;
      return never;
    }
  }
}

/** An edge's path, and its label (drawn after every path, so no line crosses a label). */
function edgeSvg(edge: PictureEdge): { path: string; label: string } {
  const c = edgeCurve(edge.source, edge.target);
  const colour = COLOURS[edge.verdict];
  const dash =
    edge.verdict === 'denied'
      ? ' stroke-dasharray="5 4"'
      : edge.verdict === 'allowed'
        ? ''
        : ' stroke-dasharray="2 3"';
  const width = edge.changed ? 3 : 1.6;
  const path = `<path d="M ${n(c.sx)} ${n(c.sy)} Q ${n(c.cx)} ${n(c.cy)} ${n(c.tx)} ${n(c.ty)}" fill="none" stroke="${colour}" stroke-width="${width}"${dash} marker-end="url(#arrow-${edge.verdict})"/>`;
  if (!edge.label) return { path, label: '' };
  const p = pointAt(c, edge.label.t);
  const { width: w, text } = edge.label;
  const label =
    `<rect x="${n(p.x - w / 2)}" y="${n(p.y - LABEL_H / 2)}" width="${w}" height="${LABEL_H}" rx="9" fill="#ffffff" stroke="${colour}"/>` +
    `<text x="${n(p.x)}" y="${n(p.y + 4)}" font-size="11" font-weight="600" text-anchor="middle" fill="${colour}">${esc(text)}</text>`;
  return { path, label };
}

function legendSvg(x: number, y: number): string {
  const item = (dx: number, colour: string, dash: string, width: number, label: string) =>
    `<path d="M ${x + dx} ${y} h 26" stroke="${colour}" stroke-width="${width}"${dash}/>` +
    `<text x="${x + dx + 32}" y="${y + 4}" font-size="12" fill="#5b6576">${label}</text>`;
  return (
    item(0, COLOURS.allowed, '', 1.6, 'allowed') +
    item(100, COLOURS.denied, ' stroke-dasharray="5 4"', 1.6, 'denied') +
    item(200, COLOURS.mixed, ' stroke-dasharray="2 3"', 1.6, 'some pairs allowed') +
    item(360, '#5b6576', '', 3, 'changed by the last edit')
  );
}

/**
 * The graph as a plain vector SVG: rectangles, paths and text only (no foreignObject, no
 * CSS), so Inkscape, slide tools and browsers draw it alike; with a title, a legend, and
 * the labels where the graph placed them (so they never overlap).
 */
export function vectorPicture(title: string, nodes: readonly PictureNode[], edges: readonly PictureEdge[]): { svg: string; width: number; height: number } {
  const rects = nodes.map((x) => x.rect);
  const minX = Math.min(0, ...rects.map((r) => r.x));
  const minY = Math.min(0, ...rects.map((r) => r.y));
  // Wide enough for the title (about 10 units a character at 18 px) and the legend.
  const maxX = Math.max(minX + Math.max(560, title.length * 10) - 2 * MARGIN, ...rects.map((r) => r.x + r.width));
  const maxY = Math.max(0, ...rects.map((r) => r.y + r.height));
  const width = Math.ceil(maxX - minX + 2 * MARGIN);
  const height = Math.ceil(maxY - minY + 2 * MARGIN + HEAD);
  const dx = MARGIN - minX;
  const dy = MARGIN + HEAD - minY;
  const markers = (['allowed', 'denied', 'mixed', 'unknown', 'ambiguous'] as const)
    .map((v) => `<marker id="arrow-${v}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${COLOURS[v]}"/></marker>`)
    .join('');
  // Namespaces first (behind), then edges, then pods and networks on top, as on screen.
  const back = nodes.filter((x) => x.kind === 'namespace').map(nodeSvg).join('');
  const front = nodes.filter((x) => x.kind !== 'namespace').map(nodeSvg).join('');
  const drawn = edges.map(edgeSvg);
  const lines = drawn.map((d) => d.path).join('');
  const labels = drawn.map((d) => d.label).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}">` +
    `<title>${esc(title)}</title><defs>${markers}</defs>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="${MARGIN}" y="${MARGIN + 6}" font-size="18" font-weight="700" fill="#1d2433">${esc(title)}</text>` +
    legendSvg(MARGIN, MARGIN + 34) +
    `<g transform="translate(${n(dx)} ${n(dy)})">${back}${lines}${front}${labels}</g></svg>`;
  return { svg, width, height };
}
