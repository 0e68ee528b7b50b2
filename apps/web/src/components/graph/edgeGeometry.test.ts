import { describe, expect, it } from 'vitest';
import { floatingSegment } from './edgeGeometry';

describe('floatingSegment', () => {
  const a = { x: 0, y: 0, width: 100, height: 50 };
  const b = { x: 300, y: 0, width: 100, height: 50 };

  it('runs from border to border', () => {
    const s = floatingSegment(a, b, 0);
    expect(s).toEqual({ sx: 100, sy: 25, tx: 300, ty: 25 });
  });

  it('puts the two directions of a pair on opposite sides', () => {
    const there = floatingSegment(a, b, 6);
    const back = floatingSegment(b, a, 6);
    expect(there.sy).toBeGreaterThan(25);
    expect(back.sy).toBeLessThan(25);
  });
});
