import { describe, expect, it } from 'vitest';
import { curvedPath, PARALLEL_SPACING, parallelSlots, slotOffset } from './edge-geometry';

const EDGES = [
  { id: 'a', source: 'api', target: 'fn' },
  { id: 'b', source: 'api', target: 'fn' },
  { id: 'c', source: 'fn', target: 'api' },
  { id: 'd', source: 'api', target: 'other' },
];

describe('parallel slots', () => {
  const slots = parallelSlots(EDGES);

  it('counts both directions', () => {
    expect(slots.get('a')?.count).toBe(3);
  });

  it('indexes in scenario order', () => {
    expect(slots.get('b')?.index).toBe(1);
  });

  it('marks reversed edge', () => {
    expect(slots.get('c')?.reversed).toBe(true);
  });

  it('lone edge has count one', () => {
    expect(slots.get('d')).toEqual({ index: 0, count: 1, reversed: false });
  });
});

describe('slot offset', () => {
  it('lone edge stays straight', () => {
    expect(slotOffset({ index: 0, count: 1, reversed: false })).toBe(0);
  });

  it('two edges spread evenly', () => {
    const first = slotOffset({ index: 0, count: 2, reversed: false });
    const second = slotOffset({ index: 1, count: 2, reversed: false });
    expect([first, second]).toEqual([-PARALLEL_SPACING / 2, PARALLEL_SPACING / 2]);
  });

  it('reversed edge keeps its side', () => {
    expect(slotOffset({ index: 0, count: 2, reversed: true })).toBe(PARALLEL_SPACING / 2);
  });
});

describe('curved path', () => {
  it('label sits off the line', () => {
    const { labelX, labelY } = curvedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 20);
    expect({ labelX, labelY }).toEqual({ labelX: 50, labelY: 20 });
  });

  it('control point doubles offset', () => {
    expect(curvedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 20).path).toBe(
      'M 0,0 Q 50,40 100,0',
    );
  });

  it('opposite directions share a side', () => {
    const forward = curvedPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10);
    const backward = curvedPath({ x: 100, y: 0 }, { x: 0, y: 0 }, -10);
    expect(backward.labelY).toBe(forward.labelY);
  });
});
