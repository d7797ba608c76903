/** An entry of the event queue: when it fires and what it carries. */
interface Entry<T> {
  time: number;
  /** Insertion order, so events at the same time fire first in, first out. */
  sequence: number;
  event: T;
}

/**
 * A priority queue of timed events on a binary min-heap, ordered by time and
 * then by insertion, so a run is the same on every JavaScript engine.
 */
export class EventQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private nextSequence = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Time of the earliest event, or Infinity when the queue is empty. */
  peekTime(): number {
    return this.heap[0]?.time ?? Infinity;
  }

  push(time: number, event: T): void {
    const entry = { time, sequence: this.nextSequence, event };
    this.nextSequence += 1;
    this.heap.push(entry);
    this.siftUp(this.heap.length - 1);
  }

  /** Removes and returns the earliest event, or undefined when empty. */
  pop(): Entry<T> | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined) {
      return undefined;
    }
    if (heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }

    return top;
  }

  private siftUp(start: number): void {
    const heap = this.heap;
    const entry = heap[start] as Entry<T>;
    let index = start;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex] as Entry<T>;
      if (!before(entry, parent)) {
        break;
      }
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = entry;
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    const length = heap.length;
    const entry = heap[start] as Entry<T>;
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) {
        break;
      }
      const right = left + 1;
      let child = left;
      if (right < length && before(heap[right] as Entry<T>, heap[left] as Entry<T>)) {
        child = right;
      }
      const childEntry = heap[child] as Entry<T>;
      if (!before(childEntry, entry)) {
        break;
      }
      heap[index] = childEntry;
      index = child;
    }
    heap[index] = entry;
  }
}

function before<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.time < b.time || (a.time === b.time && a.sequence < b.sequence);
}
