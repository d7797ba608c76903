import type { FunctionSimulation } from '../model/configs/lambda';

/** Records of a batch that the function reported in `batchItemFailures`. */
export type ItemFailures =
  /** Any `count` records; their position does not matter on a standard queue. */
  | { kind: 'count'; count: number }
  /** The record at `index` and every later one, as a FIFO handler reports them. */
  | { kind: 'from'; index: number }
  /** Exactly these record positions, from a real handler's response. */
  | { kind: 'indices'; indices: number[] };

/** Outcome of one invocation of a batch, in simulated time. */
export interface BatchOutcome {
  kind: 'success' | 'error' | 'timeout';
  /** Init phase of a cold start, ms. */
  initMs: number;
  /** Invoke phase, ms; a timeout lasts exactly the function timeout. */
  durationMs: number;
  /** On success with ReportBatchItemFailures: the records to retry. */
  itemFailures?: ItemFailures;
  /** Reason the whole batch failed, for traces. */
  reason?: string;
}

/** Facts about the batch that the model needs to invoke it. */
export interface ModelBatch {
  size: number;
  coldStart: boolean;
  reportItemFailures: boolean;
  fifo: boolean;
}

/**
 * Draws an invocation's outcome from the function's `simulation` setting:
 * the duration, a timeout when it exceeds `timeoutMs`, thrown errors at
 * `errorRate`, and reported item failures at `itemFailureRate`.
 */
export function sampleOutcome(
  model: FunctionSimulation,
  timeoutMs: number,
  batch: ModelBatch,
  random: () => number,
): BatchOutcome {
  const initMs = batch.coldStart ? model.coldStartMs : 0;
  const jitter = model.jitterMs > 0 ? (random() * 2 - 1) * model.jitterMs : 0;
  const durationMs = Math.max(
    1,
    model.durationMs + model.perMessageMs * batch.size + jitter,
  );
  if (durationMs > timeoutMs) {
    return { kind: 'timeout', initMs, durationMs: timeoutMs, reason: 'Task timed out' };
  }
  if (model.errorRate > 0 && random() < model.errorRate) {
    return { kind: 'error', initMs, durationMs, reason: 'the handler threw an error' };
  }
  if (!batch.reportItemFailures || model.itemFailureRate <= 0) {
    return { kind: 'success', initMs, durationMs };
  }

  return { kind: 'success', initMs, durationMs, itemFailures: sampleItemFailures(model.itemFailureRate, batch, random) };
}

function sampleItemFailures(
  rate: number,
  batch: ModelBatch,
  random: () => number,
): ItemFailures {
  if (batch.fifo) {
    // A FIFO handler stops at its first failure and reports the rest too.
    for (let index = 0; index < batch.size; index += 1) {
      if (random() < rate) {
        return { kind: 'from', index };
      }
    }
    return { kind: 'count', count: 0 };
  }
  let count = 0;
  for (let index = 0; index < batch.size; index += 1) {
    if (random() < rate) {
      count += 1;
    }
  }

  return { kind: 'count', count };
}
