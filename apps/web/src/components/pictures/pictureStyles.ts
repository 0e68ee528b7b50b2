/**
 * Helpers that make html-to-image's copy of the graph faithful and compact.
 *
 * html-to-image inlines each HTML element's computed style, but deep-copies an `<svg>`
 * as it is: its children (the edge paths) lose the CSS classes' fill and stroke, and
 * render as black filled shapes. `inlineSvgPaint` writes the computed paint into
 * presentation attributes for the capture (CSS still wins on screen, so nothing changes
 * visibly) and undoes it after.
 */

/** The computed properties copied onto each HTML element: all that the graph's look needs. */
export const PICTURE_STYLE_PROPERTIES = [
  'display',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'z-index',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-right-radius',
  'border-bottom-left-radius',
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
  'background-color',
  'background-image',
  'box-shadow',
  'opacity',
  'visibility',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'text-decoration-line',
  'text-overflow',
  'white-space',
  'word-break',
  'overflow-wrap',
  'vertical-align',
  'overflow-x',
  'overflow-y',
  'transform',
  'transform-origin',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'align-self',
  'align-content',
  'justify-content',
  'row-gap',
  'column-gap',
  'order',
  'grid-template-columns',
  'grid-template-rows',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'fill-opacity',
  'pointer-events',
  'cursor',
];

const SVG_PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
] as const;

/**
 * Writes the computed paint of every element inside the `<svg>`s under `root` into
 * presentation attributes; returns the function that restores the attributes.
 */
export function inlineSvgPaint(root: Element): () => void {
  const undo: Array<() => void> = [];
  for (const element of root.querySelectorAll('svg *')) {
    const computed = getComputedStyle(element);
    for (const name of SVG_PAINT) {
      const value = computed.getPropertyValue(name);
      if (!value) continue;
      const before = element.getAttribute(name);
      element.setAttribute(name, value);
      undo.push(() =>
        before === null ? element.removeAttribute(name) : element.setAttribute(name, before),
      );
    }
  }
  return () => undo.forEach((restore) => restore());
}

/**
 * html-to-image paints an SVG's background on the translated element, so the margin stays
 * transparent: put a white rectangle under everything instead.
 */
export function withSvgBackground(svg: string, colour: string): string {
  return svg.replace(/(<svg\b[^>]*>)/, `$1<rect width="100%" height="100%" fill="${colour}"/>`);
}
