import type { Scenario } from '../engine/model';
import {
  createSimulation,
  type ObservedInvocation,
  type SimulationResult,
  type SimulationSeries,
  type StepState,
} from '../engine/sim';
import type { SimulationWorld } from '../engine/sim/world';
import { keptIndices, RATE_KEYS, thinSeries } from './downsample';
import { NodeSeriesRecorder } from './node-series';
import type {
  SimulateBilling,
  SimulateOutcome,
  SimulateProgress,
  SimulateRequest,
  SimulateStop,
} from './simulate-types';

/** One simulated day: longer runs stop with `time-limit`. */
const DEFAULT_MAX_SIMULATED_SECONDS = 86_400;
const DEFAULT_MAX_POINTS = 2_000;
/** Wall-clock ms of work between two progress messages. */
const CHUNK_MS = 50;
const DEFAULT_MEMORY_MB = 128;

/** Callbacks the runner needs from its host: progress, cancellation and a pause. */
export interface SimulateHooks {
  onProgress(progress: SimulateProgress): void;
  isCancelled(): boolean;
  /** Yields so the host can receive messages, such as a cancel. */
  pause(): Promise<void>;
  /** Wall clock in ms, used only to size chunks. */
  wallNow(): number;
}

/**
 * Runs a scenario's loads on the duration and error model in chunks of about
 * 50 ms, reporting progress between chunks. Rejects with SimulationInputError
 * when the scenario breaks a rule AWS enforces.
 */
export async function runSimulation(
  scenario: Scenario,
  request: SimulateRequest,
  hooks: SimulateHooks,
): Promise<SimulateOutcome> {
  const limitMs = (request.maxSimulatedSeconds ?? DEFAULT_MAX_SIMULATED_SECONDS) * 1000;
  const billing: SimulateBilling | undefined = request.billing
    ? { requests: 0, gbSeconds: 0 }
    : undefined;
  const memoryMb = new Map<string, number>();
  const onInvocation = billing
    ? (invocation: ObservedInvocation) => {
        if (invocation.outcome === 'throttled') {
          return;
        }
        const memory = memoryMb.get(invocation.functionId) ?? DEFAULT_MEMORY_MB;
        const billedMs = Math.ceil(invocation.endTime - invocation.time);
        billing.requests += 1;
        billing.gbSeconds += (billedMs / 1000) * (memory / 1024);
      }
    : undefined;
  const simulation = createSimulation(scenario, { onInvocation });
  const world = simulation.world;
  for (const [id, fn] of world.functions) {
    memoryMb.set(id, fn.settings.definition.memorySizeMb ?? DEFAULT_MEMORY_MB);
  }
  const nodes = new NodeSeriesRecorder(world, 1000);
  const messages = scenario.loads.reduce((sum, load) => sum + load.count, 0);
  let stop: SimulateStop | undefined;
  let fraction = 0;

  const progress = (): SimulateProgress => {
    let waiting = 0;
    for (const queue of world.primaryQueues) {
      waiting += queue.total;
    }
    const settled = messages > 0 ? (world.sent - waiting) / messages : 0;
    fraction = Math.min(0.99, Math.max(fraction, settled, world.now / limitMs));

    return {
      fraction,
      simulatedSeconds: world.now / 1000,
      events: world.clock.fired,
      sent: world.sent,
    };
  };

  for (;;) {
    const chunkStart = hooks.wallNow();
    let state: StepState = { state: 'running' };
    for (let count = 1; ; count += 1) {
      if (stop === undefined && world.activeEvents > 0 && world.clock.nextTime() > limitMs) {
        stop = 'time-limit';
        simulation.cancel();
      }
      state = simulation.step(1);
      if (state.state !== 'running') {
        break;
      }
      // One event ran; the per-node series samples the state before it.
      nodes.afterEvent();
      if (count % 1024 === 0 && hooks.wallNow() - chunkStart > CHUNK_MS) {
        break;
      }
    }
    if (state.state === 'done') {
      const result = withFinalSample(state.result, world);
      nodes.finish(result.totals.endSeconds * 1000);
      const kept = keptIndices(result.series.t.length, request.maxPoints ?? DEFAULT_MAX_POINTS);
      const thinnedNodes: SimulateOutcome['nodes'] = {};
      for (const [nodeId, series] of Object.entries(nodes.series)) {
        thinnedNodes[nodeId] = thinSeries(series, kept);
      }

      return {
        result: { ...result, series: thinSeries(result.series, kept, RATE_KEYS) },
        nodes: thinnedNodes,
        stop: stop ?? stopOf(result.stats.stopReason),
        messages,
        billing,
      };
    }
    if (state.state === 'waiting') {
      await state.ready;
    }
    hooks.onProgress(progress());
    await hooks.pause();
    if (hooks.isCancelled()) {
      stop ??= 'cancelled';
      simulation.cancel();
    }
  }
}

/**
 * Adds a sample at the exact end time when the last whole second came before
 * the final events, so that the series end where the totals do.
 */
function withFinalSample(result: SimulationResult, world: SimulationWorld): SimulationResult {
  const { series, totals } = result;
  const last = series.t.length - 1;
  if (last < 0 || (series.t[last] ?? 0) >= totals.endSeconds) {
    return result;
  }
  let visible = 0;
  let inFlight = 0;
  for (const queue of world.primaryQueues) {
    visible += queue.visibleCount;
    inFlight += queue.inFlightCount;
  }
  const final: Record<string, number> = {
    t: totals.endSeconds,
    visible,
    inFlight,
    concurrency: world.running,
  };
  // Cumulative series share their names with totals, such as deadLettered.
  const cumulative = totals as unknown as Record<string, unknown>;
  const extended: Record<string, number[]> = {};
  for (const [key, values] of Object.entries(series) as [string, number[]][]) {
    const total = cumulative[key];
    let value = final[key];
    if (value === undefined && RATE_KEYS.has(key)) {
      value = 0;
    } else if (value === undefined && typeof total === 'number') {
      value = total;
    }
    value ??= values[last] ?? 0;
    extended[key] = [...values, value];
  }

  return { ...result, series: extended as unknown as SimulationSeries };
}

function stopOf(reason: string): SimulateStop {
  if (reason === 'cancelled' || reason === 'event-limit') {
    return reason;
  }

  return 'finished';
}
