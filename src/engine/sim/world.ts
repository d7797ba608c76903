import { EventBridgeSim, DEFAULT_SCHEDULE_HORIZON_MS } from '../eventbridge/rules/sim-bus';
import { AsyncInvokeSim } from '../lambda/async/sim-async';
import { emptyAsyncCounters } from '../lambda/async/sim-counters';
import type { AsyncSimHost } from '../lambda/async/sim-host';
import { AccountConcurrency } from '../lambda/concurrency';
import { functionDefinition } from '../lambda/definition';
import { FunctionModel } from '../lambda/function-model';
import { sampleOutcome, type BatchOutcome } from '../lambda/outcome-model';
import { nodeConfig } from '../model/resolve';
import type { Scenario, ScenarioNode } from '../model/scenario';
import { MappingModel, type Batch, type MappingHost } from '../sqs/mapping';
import { mappingEdges } from '../sqs/mappings';
import type { MessageOrigin, MessageRun } from '../sqs/message-run';
import { QueueModel, type QueueListener } from '../sqs/queue';
import { recordBytes, sampleRecord } from '../sqs/record-size';
import { effectiveVisibilityMs, queueNodes, queueSettings } from '../sqs/resolve';
import { scalingModel } from '../sqs/scaling';
import { createSeededRandom } from '../util/random';
import { SimulationClock } from './clock';
import { DEFAULT_EPOCH_MS } from './epoch';
import { DatabaseLoad } from './database-load';
import type { SimulationEvent } from './events';
import { nextSlice, type LoadRuntime } from './loads';
import { observeBatch, observeRuns } from './observe';
import type { SimulationOptions } from './types';

/** Largest retention SQS allows, used for dead-letter queues outside the scenario. */
const MAX_RETENTION_MS = 1_209_600_000;

/**
 * The simulated account: queues, functions, mappings and loads, driven by
 * one clock. It owns the event dispatch; services keep their own state.
 */
export class SimulationWorld implements MappingHost, AsyncSimHost {
  readonly clock = new SimulationClock<SimulationEvent>();
  readonly random: () => number;
  readonly queues = new Map<string, QueueModel>();
  readonly functions = new Map<string, FunctionModel>();
  readonly mappings: MappingModel[] = [];
  readonly loads: LoadRuntime[] = [];
  /** Queues that loads send to; the drain time is measured on them. */
  readonly sourceQueues = new Set<QueueModel>();
  /** Queues that are nobody's dead-letter queue; the series shows them. */
  readonly primaryQueues: QueueModel[] = [];
  readonly listener: QueueListener;
  /** Pending events other than retention checks; the run ends at 0. */
  activeEvents = 0;
  running = 0;
  sent = 0;
  itemFailures = 0;
  /** Invocations whose outcome came from running the handler. */
  realInvocations = 0;
  maxConcurrency = 0;
  drainedAt: number | null = null;
  /** Per-interval counts, read and reset by the series recorder. */
  readonly interval = { throttles: 0, invocations: 0, errors: 0 };
  /** Decides invocation outcomes; the model unless a real invoker is wired in. */
  runInvocation: (batch: Batch) => BatchOutcome | Promise<BatchOutcome>;
  readonly waiting: { batch: Batch; outcome: Promise<BatchOutcome> }[] = [];
  /** EventBridge and Lambda asynchronous invocation counters. */
  readonly asyncCounters = emptyAsyncCounters();
  readonly epochMs: number;
  readonly asyncInvoke: AsyncInvokeSim;
  readonly eventBridge: EventBridgeSim;
  /** Database connections of functions connected to RDS, directly or through a proxy. */
  readonly database: DatabaseLoad;
  private readonly mappingsByQueue = new Map<QueueModel, MappingModel[]>();
  private readonly expiryPending = new Set<QueueModel>();

  constructor(
    readonly scenario: Scenario,
    private readonly options: SimulationOptions,
  ) {
    this.random = createSeededRandom(scenario.settings.seed);
    this.listener = {
      expired: () => undefined,
      filtered: () => undefined,
      deadLettered: (queue, run) => this.moveToDeadLetterQueue(queue, run),
    };
    this.runInvocation = (batch) => this.modelOutcome(batch);
    this.buildQueues();
    this.buildFunctions();
    this.database = new DatabaseLoad(scenario, this);
    this.buildMappings();
    this.buildLoads();
    this.epochMs = options.epochMs ?? DEFAULT_EPOCH_MS;
    this.asyncInvoke = new AsyncInvokeSim(this);
    const horizonMs = options.untilSeconds === undefined ? DEFAULT_SCHEDULE_HORIZON_MS : options.untilSeconds * 1000;
    this.eventBridge = new EventBridgeSim(this, this.asyncInvoke, horizonMs);
    this.eventBridge.start(scenario.loads);
  }

  /** Runs `fire` at simulated `time`, for models that keep their own state. */
  at(time: number, fire: () => void): void {
    this.schedule(time, { kind: 'callback', fire });
  }

  /** Puts one message on a queue of the world, as SendMessage does. */
  sendToQueue(queueId: string, body: string): void {
    const queue = this.queues.get(queueId);
    if (!queue) {
      return;
    }
    const origin = { loadIndex: -1, body, recordBytes: recordBytes(body, queue.settings) };
    queue.counters.received += 1;
    queue.addVisible({
      count: 1,
      firstSerial: queue.counters.received,
      serialStride: 1,
      sentAt: this.now,
      sentStep: 0,
      receiveCount: 0,
      firstReceiveAt: -1,
      origin,
      groupId: undefined,
      deadLetterSource: undefined,
    });
    this.schedule(this.now, { kind: 'wake', queue });
  }

  /** Counts the end of an invocation that no mapping started. */
  ended(fn: FunctionModel, outcome: 'success' | 'error' | 'timeout'): void {
    this.running -= 1;
    if (outcome !== 'success') {
      fn.counters.errors += 1;
      this.interval.errors += 1;
      if (outcome === 'timeout') {
        fn.counters.timeouts += 1;
      }
    }
  }

  /** Counts an attempt Lambda throttled outside a mapping. */
  throttledAttempt(): void {
    this.interval.throttles += 1;
  }

  get now(): number {
    return this.clock.now;
  }

  schedule(time: number, event: SimulationEvent): void {
    if (event.kind !== 'expiry') {
      this.activeEvents += 1;
    }
    this.clock.at(time, event);
  }

  awaitOutcome(batch: Batch, outcome: Promise<BatchOutcome>): void {
    this.waiting.push({ batch, outcome });
  }

  throttled(batch: { mapping: MappingModel; runs: MessageRun[] }): void {
    this.interval.throttles += 1;
    this.options.onInvocation?.(observeRuns(this.now, batch.mapping, batch.runs, 'throttled'));
  }

  completed(batch: Batch): void {
    const outcome = batch.outcome as BatchOutcome;
    this.running -= 1;
    const counters = batch.mapping.target.counters;
    if (outcome.kind !== 'success') {
      counters.errors += 1;
      this.interval.errors += 1;
      if (outcome.kind === 'timeout') {
        counters.timeouts += 1;
      }
    }
    if (outcome.kind === 'timeout') {
      // The runtime restarts, so the environment's connections close.
      this.database.environmentEnded(batch.mapping.target.id, batch.environment);
    }
    const failed = failedItemCount(outcome, batch.size);
    this.itemFailures += failed;
    this.options.onInvocation?.(observeBatch(batch, failed));
  }

  /** Applies one event; the caller has advanced the clock. */
  dispatch(event: SimulationEvent): void {
    if (event.kind !== 'expiry') {
      this.activeEvents -= 1;
    }
    switch (event.kind) {
      case 'arrival':
        this.arrive(event.load);
        break;
      case 'delay-end':
        for (const run of event.runs) {
          event.queue.delayedCount -= run.count;
          event.queue.addVisible(run);
        }
        this.wake(event.queue);
        break;
      case 'visibility-end':
        event.queue.returnInFlight(event.runs);
        this.wake(event.queue);
        break;
      case 'wake':
        this.wake(event.queue);
        break;
      case 'invocation-end':
        event.batch.mapping.complete(event.batch);
        break;
      case 'scale':
        event.mapping.scale();
        break;
      case 'window':
        event.mapping.windowEnded();
        break;
      case 'retry':
        event.mapping.retryEnded();
        break;
      case 'expiry':
        this.expiryPending.delete(event.queue);
        this.checkExpiry(event.queue);
        break;
      case 'callback':
        event.fire();
        break;
    }
    this.trackDrain();
  }

  private modelOutcome(batch: Batch): BatchOutcome {
    this.started();
    const fn = batch.mapping.target;

    const outcome = sampleOutcome(
      fn.settings.simulation,
      fn.settings.timeoutMs,
      {
        size: batch.size,
        coldStart: batch.coldStart,
        reportItemFailures: batch.mapping.settings.reportItemFailures,
        fifo: batch.mapping.queue.settings.fifo,
      },
      this.random,
    );

    return this.database.apply(fn.id, batch.environment, outcome, fn.settings.timeoutMs);
  }

  /** Counts a started invocation; every outcome source calls it once. */
  started(): void {
    this.running += 1;
    this.interval.invocations += 1;
    this.maxConcurrency = Math.max(this.maxConcurrency, this.running);
  }

  private arrive(load: LoadRuntime): void {
    const { runs, next } = nextSlice(load, this.now);
    const queue = load.queue;
    let count = 0;
    for (const run of runs) {
      count += run.count;
    }
    this.sent += count;
    queue.counters.received += count;
    if (queue.settings.delayMs > 0) {
      queue.delayedCount += count;
      this.schedule(this.now + queue.settings.delayMs, { kind: 'delay-end', queue, runs });
    } else {
      for (const run of runs) {
        queue.addVisible(run);
      }
      this.wake(queue);
    }
    if (next !== undefined) {
      this.schedule(next, { kind: 'arrival', load });
    }
  }

  private wake(queue: QueueModel): void {
    for (const mapping of this.mappingsByQueue.get(queue) ?? []) {
      mapping.poll();
    }
    if (!this.expiryPending.has(queue) && queue.visibleCount > 0) {
      this.checkExpiry(queue);
    }
  }

  private checkExpiry(queue: QueueModel): void {
    const next = queue.sweepExpired(this.now, this.listener);
    if (next < Infinity) {
      this.expiryPending.add(queue);
      this.schedule(next, { kind: 'expiry', queue });
    }
  }

  private moveToDeadLetterQueue(source: QueueModel, run: MessageRun): void {
    const target = this.queues.get(source.settings.deadLetterQueueId ?? '');
    if (!target) {
      return;
    }
    // NOTE: the receive count restarts in the dead-letter queue; AWS does
    // not document whether it carries over.
    run.receiveCount = 0;
    run.firstReceiveAt = -1;
    run.deadLetterSource = source.id;
    target.counters.received += run.count;
    target.addVisible(run);
    // Polled from a later event so that no receive runs inside another one.
    this.schedule(this.now, { kind: 'wake', queue: target });
  }

  private trackDrain(): void {
    if (this.sent === 0) {
      return;
    }
    let queued = 0;
    for (const queue of this.sourceQueues) {
      queued += queue.total;
    }
    if (queued > 0) {
      this.drainedAt = null;
    } else if (this.drainedAt === null) {
      this.drainedAt = this.now;
    }
  }

  private buildQueues(): void {
    const deadLetterTargets = new Set<string>();
    for (const { node } of queueNodes(this.scenario)) {
      const settings = queueSettings(this.scenario, node);
      this.queues.set(node.id, new QueueModel(settings));
      if (settings.deadLetterQueueId) {
        deadLetterTargets.add(settings.deadLetterQueueId);
      }
    }
    for (const id of deadLetterTargets) {
      if (!this.queues.has(id)) {
        this.queues.set(id, externalQueue(id));
      }
    }
    for (const queue of this.queues.values()) {
      if (!deadLetterTargets.has(queue.id)) {
        this.primaryQueues.push(queue);
      }
    }
  }

  private buildFunctions(): void {
    const lambdas = this.scenario.nodes.filter(
      (node): node is ScenarioNode & { type: 'lambda' } => node.type === 'lambda',
    );
    let reservedTotal = 0;
    for (const node of lambdas) {
      reservedTotal += nodeConfig(node).ReservedConcurrentExecutions ?? 0;
    }
    const account = new AccountConcurrency(this.scenario.settings.accountConcurrency, reservedTotal);
    for (const node of lambdas) {
      const config = nodeConfig(node);
      this.functions.set(
        node.id,
        new FunctionModel(
          {
            id: node.id,
            timeoutMs: config.Timeout * 1000,
            reserved: config.ReservedConcurrentExecutions,
            simulation: config.simulation,
            definition: functionDefinition(this.scenario, node),
          },
          account,
        ),
      );
    }
  }

  private buildMappings(): void {
    const scaling = scalingModel(this.scenario.settings.sqsScalingModel);
    for (const edge of mappingEdges(this.scenario)) {
      const queue = this.queues.get(edge.queue.id) as QueueModel;
      const target = this.functions.get(edge.target.id) as FunctionModel;
      const windowMs = edge.config.MaximumBatchingWindowInSeconds * 1000;
      const mapping = new MappingModel(
        {
          edgeId: edge.edge.id,
          batchSize: edge.config.BatchSize,
          windowMs,
          maximumConcurrency: edge.config.ScalingConfig?.MaximumConcurrency,
          reportItemFailures: edge.config.FunctionResponseTypes.includes('ReportBatchItemFailures'),
          enabled: edge.config.Enabled,
          visibilityMs: effectiveVisibilityMs(
            queue.settings.visibilityTimeoutMs,
            windowMs,
            target.settings.timeoutMs,
          ),
          accept: this.filterFor(edge.config.FilterCriteria?.Filters ?? [], queue),
        },
        queue,
        target,
        scaling,
        this,
      );
      this.mappings.push(mapping);
      this.mappingsByQueue.set(queue, [...(this.mappingsByQueue.get(queue) ?? []), mapping]);
    }
  }

  private filterFor(
    filters: { Pattern: string }[],
    queue: QueueModel,
  ): ((origin: MessageOrigin) => boolean) | undefined {
    const matcher = this.options.filterMatcher;
    // NOTE: without a matcher, FilterCriteria are not applied.
    if (filters.length === 0 || !matcher) {
      return undefined;
    }
    const verdicts = new Map<MessageOrigin, boolean>();

    return (origin) => {
      let verdict = verdicts.get(origin);
      if (verdict === undefined) {
        const record = sampleRecord(origin.body, queue.settings, undefined);
        verdict = filters.some((filter) => matcher(filter.Pattern, record));
        verdicts.set(origin, verdict);
      }
      return verdict;
    };
  }

  private buildLoads(): void {
    for (const [index, load] of this.scenario.loads.entries()) {
      const queue = this.queues.get(load.target);
      if (!queue) {
        continue;
      }
      const runtime: LoadRuntime = {
        index,
        load,
        queue,
        origin: { loadIndex: index, body: load.body, recordBytes: recordBytes(load.body, queue.settings) },
        sent: 0,
        intervalMs: load.ratePerSecond ? 1000 / load.ratePerSecond : 0,
        groups: load.messageGroups,
      };
      this.loads.push(runtime);
      this.sourceQueues.add(queue);
      this.schedule(load.startSeconds * 1000, { kind: 'arrival', load: runtime });
    }
  }
}

function externalQueue(id: string): QueueModel {
  const arn = id.replace(/^external:/, '');

  return new QueueModel({
    id,
    arn,
    fifo: arn.endsWith('.fifo'),
    visibilityTimeoutMs: 30_000,
    retentionMs: MAX_RETENTION_MS,
    delayMs: 0,
    maxReceiveCount: undefined,
    deadLetterQueueId: undefined,
  });
}

function failedItemCount(outcome: BatchOutcome, size: number): number {
  const failures = outcome.itemFailures;
  if (outcome.kind !== 'success' || !failures) {
    return 0;
  }
  switch (failures.kind) {
    case 'count':
      return Math.min(size, failures.count);
    case 'from':
      return Math.max(0, size - failures.index);
    case 'indices':
      return new Set(failures.indices).size;
  }
}
