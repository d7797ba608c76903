import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../util/random';
import { EventQueue } from './event-queue';

describe('EventQueue', () => {
  it('pops in time order', () => {
    const queue = new EventQueue<number>();
    for (const time of [5, 1, 4, 2, 3]) {
      queue.push(time, time);
    }
    const popped: number[] = [];
    for (let entry = queue.pop(); entry; entry = queue.pop()) {
      popped.push(entry.event);
    }
    expect(popped).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps insertion order at equal times', () => {
    const queue = new EventQueue<string>();
    queue.push(1, 'a');
    queue.push(0, 'first');
    queue.push(1, 'b');
    queue.push(1, 'c');
    queue.pop();
    expect([queue.pop()?.event, queue.pop()?.event, queue.pop()?.event]).toEqual(['a', 'b', 'c']);
  });

  it('sorts many random times stably', () => {
    const random = createSeededRandom(7);
    const queue = new EventQueue<number>();
    const input = Array.from({ length: 2000 }, (_, index) => ({ time: Math.floor(random() * 50), index }));
    for (const item of input) {
      queue.push(item.time, item.index);
    }
    const expected = [...input].sort((a, b) => a.time - b.time || a.index - b.index).map((item) => item.index);
    const popped: number[] = [];
    for (let entry = queue.pop(); entry; entry = queue.pop()) {
      popped.push(entry.event);
    }
    expect(popped).toEqual(expected);
  });

  it('reports Infinity when empty', () => {
    expect(new EventQueue<number>().peekTime()).toBe(Infinity);
  });
});
