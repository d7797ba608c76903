import type { SimulationWorld } from '../engine/sim/world';
import type { NodeSeries } from './simulate-types';

type NodeValues = Record<string, Record<string, number>>;

/**
 * Reads the current state of each node: a queue's visible, in-flight and stored
 * messages (and, for a dead-letter queue, the messages moved into it), and a
 * function's concurrent executions.
 */
export function snapshotNodes(world: SimulationWorld): NodeValues {
  const values: NodeValues = {};
  const movedInto = new Map<string, number>();
  for (const queue of world.queues.values()) {
    const target = queue.settings.deadLetterQueueId;
    if (target !== undefined) {
      movedInto.set(target, (movedInto.get(target) ?? 0) + queue.counters.deadLettered);
    }
  }
  for (const [id, queue] of world.queues) {
    values[id] = {
      visible: queue.visibleCount,
      inFlight: queue.inFlightCount,
      stored: queue.total,
      deadLetteredIn: movedInto.get(id) ?? 0,
    };
  }
  for (const [id, fn] of world.functions) {
    values[id] = { concurrency: fn.running };
  }

  return values;
}

/**
 * Records per-node series on the sampling grid of the engine's own series: a
 * sample at time t records the state before the first event at t or later.
 */
export class NodeSeriesRecorder {
  readonly series: NodeSeries = {};
  private nextSampleMs = 0;
  private latest: NodeValues;

  constructor(
    private readonly world: SimulationWorld,
    private readonly stepMs: number,
  ) {
    this.latest = snapshotNodes(world);
  }

  /** Call after each event: samples before its time get the state before it. */
  afterEvent(): void {
    while (this.nextSampleMs < this.world.now) {
      this.push(this.latest);
    }
    this.latest = snapshotNodes(this.world);
  }

  /**
   * Records the samples up to and including `endMs`, and one at `endMs`
   * itself when it falls between two samples, as the engine series does here.
   */
  finish(endMs: number): void {
    const state = snapshotNodes(this.world);
    while (this.nextSampleMs <= endMs) {
      this.push(state);
    }
    if (this.nextSampleMs - this.stepMs < endMs) {
      this.push(state);
    }
  }

  private push(state: NodeValues): void {
    for (const [nodeId, values] of Object.entries(state)) {
      const node = (this.series[nodeId] ??= {});
      for (const [key, value] of Object.entries(values)) {
        (node[key] ??= []).push(value);
      }
    }
    this.nextSampleMs += this.stepMs;
  }
}
