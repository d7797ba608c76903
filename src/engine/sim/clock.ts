import { EventQueue } from './event-queue';

/**
 * Virtual time for a simulation: time only moves when the next event fires,
 * so an idle minute costs nothing. Times are milliseconds from the start.
 */
export class SimulationClock<T> {
  private readonly queue = new EventQueue<T>();
  private current = 0;
  /** Events fired so far. */
  fired = 0;

  get now(): number {
    return this.current;
  }

  get pending(): number {
    return this.queue.size;
  }

  /** Time of the next event, or Infinity when none is scheduled. */
  nextTime(): number {
    return this.queue.peekTime();
  }

  /** Schedules `event` at `time`; a time in the past fires at once. */
  at(time: number, event: T): void {
    this.queue.push(Math.max(time, this.current), event);
  }

  /** Schedules `event` `delay` ms from now. */
  after(delay: number, event: T): void {
    this.at(this.current + delay, event);
  }

  /** Advances to the next event and returns it, or undefined when none is left. */
  next(): T | undefined {
    const entry = this.queue.pop();
    if (!entry) {
      return undefined;
    }
    this.current = entry.time;
    this.fired += 1;

    return entry.event;
  }
}
