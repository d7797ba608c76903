import type { AsyncCounters } from '../lambda/async/sim-counters';
import type { DatabaseCounters } from './database-load';
import type { FunctionInvoker } from '../lambda/invocation';
import type { FunctionCounters } from '../lambda/function-model';
import type { QueueCounters } from '../sqs/queue';

/** One message of an observed invocation. */
export interface ObservedMessage {
  loadIndex: number;
  /** Position of the message in its load, from 0. */
  serial: number;
  groupId: string | undefined;
  receiveCount: number;
}

/** One invocation of a function by a mapping, for traces and tests. */
export interface ObservedInvocation {
  /** Simulated ms at which the batch was received. */
  time: number;
  /** Simulated ms at which the invocation ended; `time` for a throttle. */
  endTime: number;
  mappingId: string;
  functionId: string;
  messages: ObservedMessage[];
  outcome: 'success' | 'error' | 'timeout' | 'throttled';
  /** Messages the function reported in batchItemFailures. */
  failedItems: number;
  coldStart: boolean;
}

/** Progress of a running simulation. */
export interface SimulationProgress {
  events: number;
  simulatedSeconds: number;
  sent: number;
  processed: number;
}

export interface SimulationOptions {
  /** Stop at this simulated time; otherwise run until nothing is left to do. */
  untilSeconds?: number;
  /** Stop after this many events, as a guard against endless retries. */
  maxEvents?: number;
  /** Spacing of `series` samples in simulated seconds; 1 by default. */
  sampleIntervalSeconds?: number;
  /** Events between two `onProgress` and `shouldCancel` calls. */
  progressEvery?: number;
  onProgress?: (progress: SimulationProgress) => void;
  /** Checked every `progressEvery` events; true stops the run. */
  shouldCancel?: () => boolean;
  /** Called for every batch; it makes the run slower, so use it for small loads. */
  onInvocation?: (invocation: ObservedInvocation) => void;
  /**
   * Matches one FilterCriteria pattern (JSON text) against a record of the
   * SQS event. Without it, filters are not applied and every message matches.
   */
  filterMatcher?: (pattern: string, record: unknown) => boolean;
  /** Epoch ms of simulated time 0, for timestamps in events. */
  epochMs?: number;
}

/** Options of a run that may execute real handler code. */
export interface AsyncSimulationOptions extends SimulationOptions {
  /** Runs handlers; without it every outcome comes from the model. */
  invoker?: FunctionInvoker;
  /** Most invocations run through the invoker; the rest use the model. 200 by default. */
  maxRealInvocations?: number;
}

/** Totals of a run; the EventBridge and asynchronous counters come from AsyncCounters. */
export interface SimulationTotals extends AsyncCounters, DatabaseCounters {
  /** Messages the loads sent. */
  sent: number;
  /** Messages deleted after the function processed them. */
  processed: number;
  /** Moves to a dead-letter queue. */
  deadLettered: number;
  /** Messages deleted at the end of their retention period. */
  expired: number;
  /** Messages deleted because no filter matched them. */
  filtered: number;
  /** Messages still in a queue, dead-letter queues included, when the run stopped. */
  remaining: number;
  invocations: number;
  throttles: number;
  /** Invocations that threw or timed out. */
  errors: number;
  timeouts: number;
  coldStarts: number;
  /** Messages returned through batchItemFailures. */
  itemFailures: number;
  /** Peak of concurrent executions, all functions together. */
  maxConcurrency: number;
  /** When the queues the loads feed were last emptied; null if never or not at the end. */
  drainSeconds: number | null;
  /** Simulated time at which the run stopped. */
  endSeconds: number;
}

/**
 * Samples at every `sampleIntervalSeconds` of simulated time. `visible` and
 * `inFlight` cover the queues that are not a dead-letter queue; rates
 * (`throttles`, `invocations`, `errors`) count the interval that ends at `t`.
 */
export interface SimulationSeries {
  t: number[];
  visible: number[];
  inFlight: number[];
  concurrency: number[];
  pollers: number[];
  throttles: number[];
  invocations: number[];
  errors: number[];
  /** Cumulative moves to dead-letter queues. */
  deadLettered: number[];
  /** Cumulative processed messages. */
  processed: number[];
  /** Cumulative rule matches of events on buses. */
  eventsMatched: number[];
  /** Cumulative retries of asynchronous invocations. */
  asyncRetries: number[];
  /** Cumulative events sent to functions' dead-letter queues. */
  asyncDeadLettered: number[];
  /** Cumulative records sent to Lambda destinations. */
  destinationsDelivered: number[];
  /** Open database connections, direct and pooled, all databases together. */
  dbConnections: number[];
  /** Cumulative connections refused with 53300 (too many clients). */
  dbConnectionsRefused: number[];
  /** Client connections to RDS proxies, one per execution environment. */
  proxyClientConnections: number[];
  /** Clients waiting for a pooled connection at that moment. */
  proxyBorrowWaits: number[];
  /** Cumulative borrows that failed after ConnectionBorrowTimeout. */
  proxyBorrowTimeouts: number[];
}

export type StopReason = 'finished' | 'until' | 'event-limit' | 'cancelled';

export interface SimulationResult {
  totals: SimulationTotals;
  series: SimulationSeries;
  queues: Record<string, QueueCounters & { remaining: number }>;
  functions: Record<string, FunctionCounters>;
  stats: {
    events: number;
    stopReason: StopReason;
    /** Invocations whose outcome came from running the handler. */
    realInvocations: number;
  };
}
