import type { FunctionModel } from '../lambda/function-model';
import type { BatchOutcome } from '../lambda/outcome-model';
import type { SimulationEvent } from '../sim/events';
import { countOf, type MessageOrigin, type MessageRun } from './message-run';
import type { QueueListener, QueueModel } from './queue';
import { nextPollerCount, SCALING_STEP_MS, type PollerScalingModel } from './scaling';
import { splitFailed } from './split-failures';

/**
 * Largest event a batch may make: the 6 MB synchronous invoke payload limit,
 * taken as 6 MiB. https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
export const MAX_BATCH_BYTES = 6 * 1024 * 1024 - '{"Records":[]}'.length;

/**
 * How long a poller whose batch was throttled waits before polling again.
 * NOTE: an estimate; Lambda retries throttled SQS batches with a backoff it
 * does not specify.
 */
export const THROTTLE_RETRY_MS = 1000;

/** A mapping's settings, resolved from its edge, queue and function. */
export interface MappingSettings {
  edgeId: string;
  batchSize: number;
  windowMs: number;
  maximumConcurrency: number | undefined;
  reportItemFailures: boolean;
  enabled: boolean;
  /** Visibility timeout in force, ms, raised when the window needs it. */
  visibilityMs: number;
  /** FilterCriteria as a predicate; absent when the mapping has no filters. */
  accept: ((origin: MessageOrigin) => boolean) | undefined;
}

/** One batch handed to the function. */
export interface Batch {
  id: number;
  mapping: MappingModel;
  runs: MessageRun[];
  size: number;
  receivedAt: number;
  environment: number;
  coldStart: boolean;
  outcome?: BatchOutcome;
}

/** Services a mapping uses from the simulation around it. */
export interface MappingHost {
  readonly now: number;
  schedule(time: number, event: SimulationEvent): void;
  readonly listener: QueueListener;
  /** Decides how the invocation ends: from the model, or from a real handler. */
  runInvocation(batch: Batch): BatchOutcome | Promise<BatchOutcome>;
  /** Called when an outcome arrives later, from a real handler. */
  awaitOutcome(batch: Batch, outcome: Promise<BatchOutcome>): void;
  throttled(batch: { mapping: MappingModel; runs: MessageRun[] }): void;
  completed(batch: Batch): void;
}

/**
 * An SQS event source mapping: it polls with up to `pollers` concurrent
 * batches, invokes the function synchronously, deletes what succeeded and
 * leaves the rest to reappear after the visibility timeout.
 * https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export class MappingModel {
  pollers: number;
  activeBatches = 0;
  private windowPending = false;
  private flushing = false;
  private scalePending = false;
  private failuresSinceStep = 0;
  private nextBatchId = 1;

  constructor(
    readonly settings: MappingSettings,
    readonly queue: QueueModel,
    readonly target: FunctionModel,
    readonly scaling: PollerScalingModel,
    private readonly host: MappingHost,
  ) {
    this.pollers = Math.min(scaling.initial, settings.maximumConcurrency ?? Infinity);
  }

  /** Concurrent batches allowed now; MaximumConcurrency stops reading at its cap. */
  get limit(): number {
    return Math.min(this.pollers, this.settings.maximumConcurrency ?? Infinity);
  }

  /** Takes batches while pollers are free and messages are visible. */
  poll(): void {
    if (!this.settings.enabled) {
      return;
    }
    const { batchSize, windowMs } = this.settings;
    while (this.activeBatches < this.limit && this.queue.visibleCount > 0) {
      if (windowMs > 0 && !this.flushing && this.queue.visibleCount < batchSize) {
        if (!this.windowPending) {
          this.windowPending = true;
          this.host.schedule(this.host.now + windowMs, { kind: 'window', mapping: this });
        }
        break;
      }
      const runs = this.queue.receive(
        this.host.now,
        { maxMessages: batchSize, maxBytes: MAX_BATCH_BYTES, accept: this.settings.accept },
        this.host.listener,
      );
      if (runs.length === 0) {
        // FIFO: every group with visible messages is locked by a batch in flight.
        break;
      }
      this.invoke(runs);
    }
    this.keepScaling();
  }

  /** Ends the batching window and invokes with the messages that have arrived. */
  windowEnded(): void {
    this.windowPending = false;
    this.flushing = true;
    this.poll();
    this.flushing = false;
  }

  /** Takes a scaling step: adjusts `pollers`, then polls with the new limit. */
  scale(): void {
    this.scalePending = false;
    this.pollers = nextPollerCount(this.scaling, {
      pollers: this.pollers,
      backlog: this.queue.visibleCount,
      activeBatches: this.activeBatches,
      failures: this.failuresSinceStep,
      maximumConcurrency: this.settings.maximumConcurrency,
    });
    this.failuresSinceStep = 0;
    this.poll();
  }

  /** Frees a poller whose throttle backoff ended. */
  retryEnded(): void {
    this.activeBatches -= 1;
    this.poll();
  }

  /** Schedules the batch's end once its outcome is known. */
  finishAt(batch: Batch, outcome: BatchOutcome): void {
    batch.outcome = outcome;
    this.host.schedule(batch.receivedAt + outcome.initMs + outcome.durationMs, {
      kind: 'invocation-end',
      batch,
    });
  }

  /** Ends an invocation: deletes what succeeded and leaves the rest in flight. */
  complete(batch: Batch): void {
    const outcome = batch.outcome as BatchOutcome;
    this.target.finish(batch.environment, outcome.kind === 'timeout');
    const returnAt = batch.receivedAt + this.settings.visibilityMs;
    if (outcome.kind !== 'success') {
      this.failuresSinceStep += 1;
      this.leaveInFlight(batch.runs, returnAt);
    } else if (outcome.itemFailures) {
      const { failed, succeeded } = splitFailed(batch.runs, batch.size, outcome.itemFailures);
      this.queue.deleteInFlight(succeeded);
      this.leaveInFlight(failed, returnAt);
    } else {
      this.queue.deleteInFlight(batch.runs);
    }
    this.host.completed(batch);
    this.activeBatches -= 1;
    this.poll();
  }

  private invoke(runs: MessageRun[]): void {
    const size = countOf(runs);
    const now = this.host.now;
    this.activeBatches += 1;
    const start = this.target.start();
    if (start.throttled) {
      // The mapping does not see reserved concurrency: the messages stay in
      // flight until the visibility timeout and their receive count is spent.
      // https://repost.aws/knowledge-center/lambda-sqs-scaling
      this.failuresSinceStep += 1;
      this.host.throttled({ mapping: this, runs });
      this.leaveInFlight(runs, now + this.settings.visibilityMs);
      this.host.schedule(now + THROTTLE_RETRY_MS, { kind: 'retry', mapping: this });
      return;
    }
    const batch: Batch = {
      id: this.nextBatchId,
      mapping: this,
      runs,
      size,
      receivedAt: now,
      environment: start.environment,
      coldStart: start.coldStart,
    };
    this.nextBatchId += 1;
    const outcome = this.host.runInvocation(batch);
    if (outcome instanceof Promise) {
      this.host.awaitOutcome(batch, outcome);
    } else {
      this.finishAt(batch, outcome);
    }
  }

  private leaveInFlight(runs: MessageRun[], visibleAt: number): void {
    if (runs.length > 0) {
      this.host.schedule(visibleAt, { kind: 'visibility-end', queue: this.queue, runs });
    }
  }

  private keepScaling(): void {
    if (this.scalePending || !this.settings.enabled) {
      return;
    }
    const busy = this.queue.visibleCount > 0 || this.activeBatches > 0;
    if (busy || this.pollers > Math.min(this.scaling.minimum, this.limit)) {
      this.scalePending = true;
      this.host.schedule(this.host.now + SCALING_STEP_MS, { kind: 'scale', mapping: this });
    }
  }
}
