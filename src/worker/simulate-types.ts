import type { SimulationResult } from '../engine/sim';

/** The page's request for a simulation run in the engine worker. */
export interface SimulateRequest {
  /** Stops the run at this simulated time; 86,400 s (one day) by default. */
  maxSimulatedSeconds?: number;
  /** Maximum samples sent back per series; longer series are thinned. 2,000 by default. */
  maxPoints?: number;
  /** Adds requests and billed GB-seconds, at the cost of one object per invocation. */
  billing?: boolean;
}

/** Progress of a simulation, posted between chunks. */
export interface SimulateProgress {
  /** Share of the work done, from 0 to 1: settled messages, or simulated time at the limit. */
  fraction: number;
  simulatedSeconds: number;
  events: number;
  sent: number;
}

/** Series per canvas node, sampled at the same times as `result.series.t`. */
export type NodeSeries = Record<string, Record<string, number[]>>;

/** The usage Lambda bills for a run, before prices are applied. */
export interface SimulateBilling {
  /** Invocations that ran, throttles excluded. */
  requests: number;
  /** Duration rounded up to 1 ms, init included, times memory in GB. */
  gbSeconds: number;
}

/** The reason a run from the page stopped. */
export type SimulateStop = 'finished' | 'cancelled' | 'time-limit' | 'event-limit';

/** The response to a `simulate` request. */
export interface SimulateOutcome {
  result: SimulationResult;
  nodes: NodeSeries;
  stop: SimulateStop;
  /** Messages the scenario's loads send in total. */
  messages: number;
  billing?: SimulateBilling;
}
