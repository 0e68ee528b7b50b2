import { describe, expect, it } from 'vitest';
import { LABEL_H, labelWidth, placeLabels, type LabelRequest } from './labelPlacement';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('placeLabels', () => {
  it('puts a lone label at the middle of its edge', () => {
    const spots = placeLabels([{ id: 'e', source: box(0, 0), target: box(400, 0), text: 'TCP 80' }], []);
    const spot = spots.get('e')!;
    expect(spot.t).toBe(0.5);
    expect(spot.box.width).toBe(labelWidth('TCP 80'));
    expect(spot.box.height).toBe(LABEL_H);
  });

  it('never lets two labels overlap: a fan of edges from one node spreads or drops them', () => {
    // Ten edges from one pod to ten pods stacked close together: the middles crowd.
    const requests: LabelRequest[] = Array.from({ length: 10 }, (_, i) => ({
      id: `e${i}`,
      source: box(0, 200),
      target: box(300, i * 45),
      text: `TCP ${8000 + i}`,
    }));
    const spots = [...placeLabels(requests, []).values()].map((s) => s.box);
    expect(spots.length).toBeGreaterThan(3);
    for (const [i, a] of spots.entries()) for (const b of spots.slice(i + 1)) expect(apart(a, b)).toBe(true);
  });

  it('keeps labels off nodes, and gives a selected flow its label first', () => {
    const pod = { x: 180, y: -20, width: 40, height: 60 };
    const spot = placeLabels([{ id: 'e', source: box(0, 0), target: box(400, 0), text: 'TCP 80' }], [pod]).get('e')!;
    expect(apart(spot.box, pod)).toBe(true);
    // Two edges on the same line: only one label fits the middle; priority decides which.
    const same = (id: string, priority = 0) => ({ id, source: box(0, 0), target: box(200, 0), text: 'all ports', priority });
    const spots = placeLabels([same('a'), same('b', 1)], []);
    expect(spots.get('b')?.t).toBe(0.5);
    expect(spots.get('a')?.t).not.toBe(0.5);
  });
});
