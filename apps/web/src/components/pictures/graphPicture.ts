import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { inlineSvgPaint, PICTURE_STYLE_PROPERTIES, withSvgBackground } from './pictureStyles';

/** White margin around the graph, in graph pixels. */
const MARGIN = 32;
/** Longest side of a picture in CSS pixels (PNG doubles it for sharpness). */
const MAX_SIDE = 4096;
const BACKGROUND = '#ffffff';

export type PictureFormat = 'png' | 'svg';

export const PICTURE_FILE_NAMES: Record<PictureFormat, string> = {
  png: 'netpol-canvas.png',
  svg: 'netpol-canvas.svg',
};

/** The picture's size and the viewport transform that fits every node into it. */
export function pictureFrame(nodes: readonly Node[]) {
  const bounds = getNodesBounds([...nodes]);
  const scale = Math.min(
    1,
    MAX_SIDE / Math.max(bounds.width + 2 * MARGIN, bounds.height + 2 * MARGIN, 1),
  );
  const width = Math.max(1, Math.round((bounds.width + 2 * MARGIN) * scale));
  const height = Math.max(1, Math.round((bounds.height + 2 * MARGIN) * scale));
  const viewport = getViewportForBounds(bounds, width, height, 0.01, 2, `${MARGIN * scale}px`);
  return { width, height, viewport };
}

/**
 * Draws the whole graph (every node, not just what the pane shows) as a PNG or SVG data URL:
 * React Flow's viewport element is rendered by html-to-image with a transform that fits all
 * nodes, on white. The arrowhead definitions live outside the viewport, so a copy is put
 * inside it for the capture.
 */
export async function renderGraphPicture(
  pane: HTMLElement,
  nodes: readonly Node[],
  format: PictureFormat,
): Promise<string> {
  const element = pane.querySelector<HTMLElement>('.react-flow__viewport');
  if (!element) throw new Error('the graph is not drawn');
  const { width, height, viewport } = pictureFrame(nodes);
  const markers = document.querySelector('svg:has(> defs > marker[id^="netpol-arrow-"])');
  const markerCopy = markers?.cloneNode(true) as SVGElement | undefined;
  if (markerCopy) element.prepend(markerCopy);
  const restorePaint = inlineSvgPaint(element);
  const options = {
    backgroundColor: BACKGROUND,
    width,
    height,
    // System fonts only: nothing to fetch or embed.
    skipFonts: true,
    // Only what the look needs (all ~480 computed properties make a 2-pod SVG 2.5 MB).
    includeStyleProperties: PICTURE_STYLE_PROPERTIES,
    // Connection handles are interaction affordances, not part of the picture.
    filter: (node: HTMLElement) => !node.classList?.contains('react-flow__handle'),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
  };
  try {
    // Loaded on first use: most sessions never export a picture.
    const { toPng, toSvg } = await import('html-to-image');
    if (format === 'png') return await toPng(element, { ...options, pixelRatio: 2 });
    const svg = await toSvg(element, options);
    const prefix = 'data:image/svg+xml;charset=utf-8,';
    if (!svg.startsWith(prefix)) return svg;
    const text = withSvgBackground(decodeURIComponent(svg.slice(prefix.length)), BACKGROUND);
    return prefix + encodeURIComponent(text);
  } finally {
    restorePaint();
    markerCopy?.remove();
  }
}

/** A data URL's content as a Blob (SVG text stays text). */
export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  const response = await fetch(dataUrl);
  return response.blob();
}
