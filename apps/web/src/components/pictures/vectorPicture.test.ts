import { describe, expect, it } from 'vitest';
import { vectorPicture, type PictureNode } from './vectorPicture';

const ns: PictureNode = { kind: 'namespace', rect: { x: 0, y: 0, width: 600, height: 200 }, name: 'shop', detail: '2 pods' };
const web: PictureNode = { kind: 'pod', rect: { x: 20, y: 60, width: 200, height: 90 }, name: 'web <main>', detail: 'unrestricted', isolated: false };
const db: PictureNode = { kind: 'pod', rect: { x: 380, y: 60, width: 200, height: 90 }, name: 'db', detail: 'ingress isolated', isolated: true };

describe('vectorPicture', () => {
  const { svg, width, height } = vectorPicture('Network policies of shop', [ns, web, db], [
    { source: web.rect, target: db.rect, verdict: 'allowed', label: { t: 0.5, width: 60, text: 'TCP 5432' } },
    { source: db.rect, target: web.rect, verdict: 'denied', changed: 'lost' },
  ]);

  it('is plain vector: rects, paths and text, no foreignObject and no HTML', () => {
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toMatch(/<div|<span|style=/);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<path /g)?.length).toBeGreaterThanOrEqual(2 + 4);
  });

  it('has a title, a legend, every name (escaped) and the edge labels', () => {
    expect(svg).toContain('<title>Network policies of shop</title>');
    for (const text of ['allowed', 'denied', 'changed by the last edit', 'web &lt;main&gt;', 'db', 'TCP 5432', 'shop']) expect(svg).toContain(text);
    expect(svg).toContain('stroke-dasharray="5 4"');
  });

  it('is as big as the graph plus margins and the heading', () => {
    expect(width).toBe(600 + 64);
    expect(height).toBe(200 + 64 + 64);
  });
});
