import { describe, expect, it } from 'vitest';
import { freeSpot, shiftClear } from './placement';

const SIZE = { width: 220, height: 90 };

describe('free spot', () => {
  it('empty canvas keeps the start', () => {
    expect(freeSpot([], { x: 100, y: 100 }, SIZE)).toEqual({ x: 100, y: 100 });
  });

  it('taken start moves to a neighbour', () => {
    const spot = freeSpot([{ x: 100, y: 100 }], { x: 100, y: 100 }, SIZE);
    expect(spot).not.toEqual({ x: 100, y: 100 });
  });

  it('neighbour is one step away', () => {
    const spot = freeSpot([{ x: 100, y: 100 }], { x: 100, y: 100 }, SIZE);
    const steps = Math.max(Math.abs(spot.x - 100) / 260, Math.abs(spot.y - 100) / 120);
    expect(steps).toBe(1);
  });

  it('repeated adds stay near start', () => {
    const taken: { x: number; y: number }[] = [];
    for (let index = 0; index < 9; index += 1) {
      taken.push(freeSpot(taken, { x: 0, y: 0 }, SIZE));
    }
    const lowest = Math.max(...taken.map((spot) => spot.y));
    expect(lowest).toBe(120);
  });
});

describe('shift clear', () => {
  const bounds = { x: 0, y: 0, width: 1000, height: 600 };
  const minimap = { x: 780, y: 430, width: 200, height: 150 };

  it('clear rect does not move', () => {
    const rect = { x: 100, y: 100, width: 220, height: 90 };
    expect(shiftClear(rect, [minimap], bounds)).toEqual({ x: 0, y: 0 });
  });

  it('rect under minimap moves off', () => {
    const rect = { x: 800, y: 450, width: 220, height: 90 };
    const shift = shiftClear({ ...rect, x: 760 }, [minimap], bounds);
    const moved = { x: 760 + shift.x, y: 450 + shift.y };
    const clear = moved.x + 220 <= minimap.x || moved.y + 90 <= minimap.y;
    expect(clear).toBe(true);
  });

  it('moved rect stays inside bounds', () => {
    const rect = { x: 760, y: 450, width: 220, height: 90 };
    const shift = shiftClear(rect, [minimap], bounds);
    expect(rect.x + shift.x + 220).toBeLessThanOrEqual(1000);
  });
});
