import type { Scenario } from '../model/scenario';
import { validateSqs } from '../sqs/validate';
import type { Diagnostic } from '../validate/diagnostic';
import { SeriesRecorder } from './series';
import type {
  SimulationOptions,
  SimulationProgress,
  SimulationResult,
  StopReason,
} from './types';
import { SimulationWorld } from './world';

const DEFAULT_MAX_EVENTS = 50_000_000;
const DEFAULT_PROGRESS_EVERY = 50_000;

/** Error for a scenario the simulator cannot run, with the diagnostics that explain why. */
export class SimulationInputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      `The scenario cannot be simulated: ${diagnostics.map((diagnostic) => diagnostic.message).join(' ')}`,
    );
    this.name = 'SimulationInputError';
  }
}

/** State of a simulation after one `step` call. */
export type StepState =
  | { state: 'running' }
  /** Invocations wait for real handlers; call `resume` after `ready` settles. */
  | { state: 'waiting'; ready: Promise<void> }
  | { state: 'done'; result: SimulationResult };

/** A simulation that runs in chunks, so a worker can report progress between them. */
export interface Simulation {
  readonly world: SimulationWorld;
  /** Processes up to `maxEvents` events. */
  step(maxEvents: number): StepState;
  /** Stops the run; the next `step` returns the result so far. */
  cancel(): void;
}

/**
 * Prepares a simulation of a parsed scenario. Throws SimulationInputError
 * when the scenario breaks a rule AWS enforces.
 */
export function createSimulation(scenario: Scenario, options: SimulationOptions = {}): Simulation {
  const errors = validateSqs(scenario).filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    throw new SimulationInputError(errors);
  }
  const world = new SimulationWorld(scenario, options);
  const untilMs = options.untilSeconds === undefined ? undefined : options.untilSeconds * 1000;
  const maxEvents = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const progressEvery = Math.max(1, options.progressEvery ?? DEFAULT_PROGRESS_EVERY);
  const recorder = new SeriesRecorder(
    (options.sampleIntervalSeconds ?? 1) * 1000,
    () => snapshot(world),
    world.interval,
  );
  let cancelled = false;
  let result: SimulationResult | undefined;

  const finish = (reason: StopReason): StepState => {
    const endMs = reason === 'until' && untilMs !== undefined ? untilMs : world.now;
    recorder.recordThrough(endMs);
    result = buildResult(world, recorder, reason, endMs);
    return { state: 'done', result };
  };

  const step = (budget: number): StepState => {
    if (result) {
      return { state: 'done', result };
    }
    for (let count = 0; count < budget; count += 1) {
      if (world.waiting.length > 0) {
        return { state: 'waiting', ready: settleWaiting(world) };
      }
      if (cancelled) {
        return finish('cancelled');
      }
      const nextTime = world.clock.nextTime();
      if (untilMs === undefined ? world.activeEvents === 0 : nextTime > untilMs) {
        return finish(untilMs === undefined ? 'finished' : 'until');
      }
      if (world.clock.fired >= maxEvents) {
        return finish('event-limit');
      }
      recorder.recordBefore(nextTime);
      const event = world.clock.next();
      if (event === undefined) {
        return finish(untilMs === undefined ? 'finished' : 'until');
      }
      world.dispatch(event);
      if (world.clock.fired % progressEvery === 0) {
        options.onProgress?.(progressOf(world));
        if (options.shouldCancel?.()) {
          cancelled = true;
        }
      }
    }

    return { state: 'running' };
  };

  return {
    world,
    step,
    cancel: () => {
      cancelled = true;
    },
  };
}

/** Waits for real handlers, then schedules their ends in batch order. */
async function settleWaiting(world: SimulationWorld): Promise<void> {
  const waiting = world.waiting.splice(0);
  const outcomes = await Promise.all(waiting.map((entry) => entry.outcome));
  waiting.forEach((entry, index) => {
    entry.batch.mapping.finishAt(entry.batch, outcomes[index] as NonNullable<(typeof outcomes)[number]>);
  });
}

function progressOf(world: SimulationWorld): SimulationProgress {
  let processed = 0;
  for (const queue of world.queues.values()) {
    processed += queue.counters.processed;
  }

  return { events: world.clock.fired, simulatedSeconds: world.now / 1000, sent: world.sent, processed };
}

function snapshot(world: SimulationWorld) {
  let visible = 0;
  let inFlight = 0;
  for (const queue of world.primaryQueues) {
    visible += queue.visibleCount;
    inFlight += queue.inFlightCount;
  }
  let deadLettered = 0;
  let processed = 0;
  for (const queue of world.queues.values()) {
    deadLettered += queue.counters.deadLettered;
    processed += queue.counters.processed;
  }
  let pollers = 0;
  for (const mapping of world.mappings) {
    pollers += mapping.settings.enabled ? mapping.limit : 0;
  }

  const { eventsMatched, asyncRetries, asyncDeadLettered, destinationsDelivered } = world.asyncCounters;

  return {
    visible,
    inFlight,
    concurrency: world.running,
    pollers,
    deadLettered,
    processed,
    eventsMatched,
    asyncRetries,
    asyncDeadLettered,
    destinationsDelivered,
    ...world.database.gauges(),
    dbConnectionsRefused: world.database.counters.dbConnectionsRefused,
    proxyBorrowTimeouts: world.database.counters.proxyBorrowTimeouts,
  };
}

function buildResult(
  world: SimulationWorld,
  recorder: SeriesRecorder,
  stopReason: StopReason,
  endMs: number,
): SimulationResult {
  const queues: SimulationResult['queues'] = {};
  const totals = {
    ...world.asyncCounters,
    ...world.database.counters,
    sent: world.sent,
    processed: 0,
    deadLettered: 0,
    expired: 0,
    filtered: 0,
    remaining: 0,
    invocations: 0,
    throttles: 0,
    errors: 0,
    timeouts: 0,
    coldStarts: 0,
    itemFailures: world.itemFailures,
    maxConcurrency: world.maxConcurrency,
    drainSeconds: world.drainedAt === null ? null : world.drainedAt / 1000,
    endSeconds: endMs / 1000,
  };
  for (const [id, queue] of world.queues) {
    queues[id] = { ...queue.counters, remaining: queue.total };
    totals.processed += queue.counters.processed;
    totals.deadLettered += queue.counters.deadLettered;
    totals.expired += queue.counters.expired;
    totals.filtered += queue.counters.filtered;
    totals.remaining += queue.total;
  }
  const functions: SimulationResult['functions'] = {};
  for (const [id, fn] of world.functions) {
    functions[id] = { ...fn.counters };
    totals.invocations += fn.counters.invocations;
    totals.throttles += fn.counters.throttles;
    totals.errors += fn.counters.errors;
    totals.timeouts += fn.counters.timeouts;
    totals.coldStarts += fn.counters.coldStarts;
  }

  return {
    totals,
    series: recorder.series,
    queues,
    functions,
    stats: { events: world.clock.fired, stopReason, realInvocations: world.realInvocations },
  };
}

/** Runs a scenario to its end on the duration and error model. */
export function simulate(scenario: Scenario, options: SimulationOptions = {}): SimulationResult {
  const simulation = createSimulation(scenario, options);
  for (;;) {
    const state = simulation.step(Number.MAX_SAFE_INTEGER);
    if (state.state === 'done') {
      return state.result;
    }
    if (state.state === 'waiting') {
      throw new Error('simulate() cannot wait for handlers; use simulateAsync() with an invoker.');
    }
  }
}
