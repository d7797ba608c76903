import type { SimulationSeries } from './types';

/** A snapshot of the quantities the series tracks. */
export interface SeriesSnapshot {
  visible: number;
  inFlight: number;
  concurrency: number;
  pollers: number;
  deadLettered: number;
  processed: number;
  eventsMatched: number;
  asyncRetries: number;
  asyncDeadLettered: number;
  destinationsDelivered: number;
  dbConnections: number;
  dbConnectionsRefused: number;
  proxyClientConnections: number;
  proxyBorrowWaits: number;
  proxyBorrowTimeouts: number;
}

/** Counts that the series reports per interval. */
export interface IntervalCounts {
  throttles: number;
  invocations: number;
  errors: number;
}

/** Records the series lazily: state is constant between events. */
export class SeriesRecorder {
  readonly series: SimulationSeries = {
    t: [],
    visible: [],
    inFlight: [],
    concurrency: [],
    pollers: [],
    throttles: [],
    invocations: [],
    errors: [],
    deadLettered: [],
    processed: [],
    eventsMatched: [],
    asyncRetries: [],
    asyncDeadLettered: [],
    destinationsDelivered: [],
    dbConnections: [],
    dbConnectionsRefused: [],
    proxyClientConnections: [],
    proxyBorrowWaits: [],
    proxyBorrowTimeouts: [],
  };
  private nextSampleMs = 0;

  /** `interval` is read at each sample and reset to 0. */
  constructor(
    private readonly stepMs: number,
    private readonly snapshot: () => SeriesSnapshot,
    private readonly interval: IntervalCounts,
  ) {}

  /** Records every sample due before `timeMs`, before an event at that time applies. */
  recordBefore(timeMs: number): void {
    while (this.nextSampleMs < timeMs) {
      this.record();
    }
  }

  /** Records every sample up to and including `timeMs`, at the end of a run. */
  recordThrough(timeMs: number): void {
    while (this.nextSampleMs <= timeMs) {
      this.record();
    }
  }

  private record(): void {
    const state = this.snapshot();
    const series = this.series;
    series.t.push(this.nextSampleMs / 1000);
    series.visible.push(state.visible);
    series.inFlight.push(state.inFlight);
    series.concurrency.push(state.concurrency);
    series.pollers.push(state.pollers);
    series.deadLettered.push(state.deadLettered);
    series.processed.push(state.processed);
    series.eventsMatched.push(state.eventsMatched);
    series.asyncRetries.push(state.asyncRetries);
    series.asyncDeadLettered.push(state.asyncDeadLettered);
    series.destinationsDelivered.push(state.destinationsDelivered);
    series.dbConnections.push(state.dbConnections);
    series.dbConnectionsRefused.push(state.dbConnectionsRefused);
    series.proxyClientConnections.push(state.proxyClientConnections);
    series.proxyBorrowWaits.push(state.proxyBorrowWaits);
    series.proxyBorrowTimeouts.push(state.proxyBorrowTimeouts);
    series.throttles.push(this.interval.throttles);
    series.invocations.push(this.interval.invocations);
    series.errors.push(this.interval.errors);
    this.interval.throttles = 0;
    this.interval.invocations = 0;
    this.interval.errors = 0;
    this.nextSampleMs += this.stepMs;
  }
}
