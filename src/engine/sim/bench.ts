import { simulate } from './simulation';
import { sqsScenario } from './sqs-scenario';

/** Measurements of one benchmark run. */
export interface BenchResult {
  messages: number;
  events: number;
  invocations: number;
  drainSeconds: number | null;
  /** Wall-clock time of `simulate`, ms. */
  wallMs: number;
  /** Highest memory the sampler saw during the run, bytes; absent without a sampler. */
  peakMemoryBytes?: number;
}

export interface BenchOptions {
  messages?: number;
  /** Wall clock in ms; `performance.now` by default. */
  now?: () => number;
  /** Memory in use, bytes, for example `() => process.memoryUsage().rss` in Node. */
  memoryBytes?: () => number;
}

/**
 * Simulates a burst of 1,000,000 messages (by default) through a mapping
 * with BatchSize 10 into a function that takes 100 ms per invocation, and
 * measures the wall time and peak memory of the run.
 */
export function runSimulationBench(options: BenchOptions = {}): BenchResult {
  const messages = options.messages ?? 1_000_000;
  const now = options.now ?? (() => performance.now());
  const scenario = sqsScenario({
    mapping: { BatchSize: 10 },
    simulation: { durationMs: 100 },
    loads: [{ target: 'queue', count: messages }],
  });
  const sample = options.memoryBytes;
  let peak = sample ? sample() : 0;
  const start = now();
  const result = simulate(scenario, {
    progressEvery: 10_000,
    onProgress: sample ? () => (peak = Math.max(peak, sample())) : undefined,
  });
  const wallMs = now() - start;
  if (sample) {
    peak = Math.max(peak, sample());
  }

  return {
    messages,
    events: result.stats.events,
    invocations: result.totals.invocations,
    drainSeconds: result.totals.drainSeconds,
    wallMs,
    peakMemoryBytes: sample ? peak : undefined,
  };
}
