import { describe, expect, it } from 'vitest';
import { parseScenario } from '../engine/model/parse';
import type { Scenario } from '../engine/model';
import { SQS_BURST_SAMPLE } from '../engine/samples/sqs-burst';
import { simulate, SimulationInputError } from '../engine/sim';
import { keptIndices, RATE_KEYS, thinSeries } from './downsample';
import { runSimulation, type SimulateHooks } from './simulate-run';

function sample(edit?: (scenario: Scenario) => void): Scenario {
  const scenario = structuredClone(SQS_BURST_SAMPLE);
  edit?.(scenario);
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

function hooks(overrides: Partial<SimulateHooks> = {}): SimulateHooks {
  return {
    onProgress: () => undefined,
    isCancelled: () => false,
    pause: () => Promise.resolve(),
    wallNow: () => performance.now(),
    ...overrides,
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('runSimulation', () => {
  it('burst sample settles every message', async () => {
    const { result, stop, messages } = await runSimulation(sample(), {}, hooks());
    expect(stop).toBe('finished');
    expect(messages).toBe(2000);
    expect(result.totals.sent).toBe(2000);
    expect(result.totals.processed + result.totals.deadLettered).toBe(2000);
  });

  it('matches the engine run', async () => {
    const scenario = sample();
    const { result } = await runSimulation(scenario, {}, hooks());
    expect(result.totals).toEqual(simulate(scenario).totals);
  });

  it('node series follow the engine series', async () => {
    const { result, nodes } = await runSimulation(sample(), {}, hooks());
    expect(nodes.orders?.visible).toEqual(result.series.visible);
    expect(nodes.orders?.inFlight).toEqual(result.series.inFlight);
    expect(nodes['process-order']?.concurrency).toEqual(result.series.concurrency);
  });

  it('dead-letter queue counts moves in', async () => {
    const { result, nodes } = await runSimulation(sample(), {}, hooks());
    expect(result.totals.deadLettered).toBeGreaterThan(0);
    expect(nodes['orders-dlq']?.deadLetteredIn?.at(-1)).toBe(result.totals.deadLettered);
    expect(nodes['orders-dlq']?.deadLetteredIn).toEqual(result.series.deadLettered);
  });

  it('thins long series', async () => {
    const scenario = sample();
    const full = simulate(scenario);
    const { result } = await runSimulation(scenario, { maxPoints: 10 }, hooks());
    expect(result.series.t.length).toBeLessThanOrEqual(12);
    expect(result.series.t.at(-1)).toBe(full.totals.endSeconds);
    expect(sum(result.series.invocations)).toBe(sum(full.series.invocations));
  });

  it('reports progress and stops when cancelled', async () => {
    const seen: number[] = [];
    const scenario = sample((draft) => {
      draft.loads = [{ target: 'orders', count: 1_000_000, startSeconds: 0, body: '{}', messageGroups: 1 }];
      draft.edges[0]!.config = { BatchSize: 1 };
    });
    const outcome = await runSimulation(
      scenario,
      {},
      hooks({ onProgress: (progress) => seen.push(progress.fraction), isCancelled: () => seen.length >= 2 }),
    );
    expect(outcome.stop).toBe('cancelled');
    expect(seen.length).toBe(2);
    expect(outcome.result.totals.processed).toBeLessThan(1_000_000);
  });

  it('stops at the time limit', async () => {
    const outcome = await runSimulation(sample(), { maxSimulatedSeconds: 10 }, hooks());
    expect(outcome.stop).toBe('time-limit');
    expect(outcome.result.totals.endSeconds).toBeLessThanOrEqual(10);
  });

  it('bills requests and GB-seconds', async () => {
    const { result, billing } = await runSimulation(sample(), { billing: true }, hooks());
    expect(billing?.requests).toBe(result.totals.invocations);
    // 128 MB and 150–250 ms per invocation, plus 250 ms init per cold start.
    const low = (result.totals.invocations * 0.15 * 128) / 1024;
    const high = ((result.totals.invocations * 0.25 + result.totals.coldStarts * 0.25) * 128) / 1024 + 0.01;
    expect(billing?.gbSeconds).toBeGreaterThanOrEqual(low);
    expect(billing?.gbSeconds).toBeLessThanOrEqual(high);
  });

  it('rejects a scenario AWS would reject', async () => {
    const scenario = sample((draft) => {
      draft.nodes[0]!.config = { ...draft.nodes[0]!.config, VisibilityTimeout: 2 };
    });
    await expect(runSimulation(scenario, {}, hooks())).rejects.toBeInstanceOf(SimulationInputError);
  });
});

describe('thinSeries', () => {
  it('sums rate keys between kept samples', () => {
    const kept = keptIndices(5, 2);
    const thinned = thinSeries({ invocations: [1, 2, 3, 4, 5], visible: [9, 8, 7, 6, 5] }, kept, RATE_KEYS);
    expect(kept).toEqual([0, 3, 4]);
    expect(thinned.invocations).toEqual([1, 9, 5]);
    expect(thinned.visible).toEqual([9, 6, 5]);
  });
});
