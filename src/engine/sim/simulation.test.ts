import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../util/random';
import { createSimulation, simulate, SimulationInputError } from './simulation';
import { sqsScenario, type SqsScenarioOptions } from './sqs-scenario';

// A scenario drawn from a seed: queue type, failures, limits and loads vary.
function randomScenario(seed: number): SqsScenarioOptions {
  const random = createSeededRandom(seed * 7919);
  const pick = <T>(options: T[]): T => options[Math.floor(random() * options.length)] as T;
  const fifo = random() < 0.4;

  return {
    settings: { seed },
    queue: {
      FifoQueue: fifo,
      VisibilityTimeout: pick([10, 30, 60]),
      MessageRetentionPeriod: pick([60, 120, 345600]),
      DelaySeconds: pick([0, 0, 5]),
    },
    deadLetterQueue: random() < 0.7 ? { FifoQueue: fifo } : undefined,
    maxReceiveCount: pick([1, 2, 5]),
    lambda: { Timeout: 5, ReservedConcurrentExecutions: pick([undefined, 3, 20]) },
    simulation: {
      durationMs: pick([50, 500, 3000]),
      jitterMs: 40,
      errorRate: pick([0, 0.2, 0.6]),
      itemFailureRate: pick([0, 0.1]),
      coldStartMs: 200,
    },
    mapping: {
      BatchSize: fifo ? pick([1, 10]) : pick([1, 10, 100]),
      MaximumBatchingWindowInSeconds: fifo ? 0 : 1,
      FunctionResponseTypes: random() < 0.5 ? ['ReportBatchItemFailures'] : [],
    },
    loads: [
      { target: 'queue', count: 1 + Math.floor(random() * 3000), messageGroups: 5 },
      { target: 'queue', count: 500, startSeconds: 3, ratePerSecond: pick([10, 250]) },
    ],
  };
}

describe('conservation of messages', () => {
  for (let seed = 1; seed <= 8; seed += 1) {
    it(`seed ${seed} loses no message`, () => {
      const { totals } = simulate(sqsScenario(randomScenario(seed)), { untilSeconds: 600 });
      expect(totals.processed + totals.expired + totals.filtered + totals.remaining).toBe(totals.sent);
    });
  }

  it('finishes with empty queues', () => {
    const { totals } = simulate(sqsScenario({ loads: [{ target: 'queue', count: 5000 }] }));
    expect([totals.sent, totals.processed, totals.remaining]).toEqual([5000, 5000, 0]);
  });
});

describe('determinism', () => {
  it('same seed gives the same result', () => {
    const scenario = sqsScenario(randomScenario(3));
    expect(simulate(scenario, { untilSeconds: 300 })).toEqual(simulate(scenario, { untilSeconds: 300 }));
  });

  it('another seed changes the result', () => {
    const options = randomScenario(4);
    const first = simulate(sqsScenario({ ...options, simulation: { errorRate: 0.5 } }));
    const second = simulate(sqsScenario({ ...options, settings: { seed: 99 }, simulation: { errorRate: 0.5 } }));
    expect(first.series).not.toEqual(second.series);
  });

  it('chunked steps match one run', () => {
    const scenario = sqsScenario(randomScenario(5));
    const simulation = createSimulation(scenario, { untilSeconds: 300 });
    let state = simulation.step(7);
    while (state.state === 'running') {
      state = simulation.step(7);
    }
    expect(state.state).toBe('done');
    expect(state.state === 'done' ? state.result : undefined).toEqual(simulate(scenario, { untilSeconds: 300 }));
  });
});

describe('simulation run control', () => {
  it('reports progress', () => {
    const seen: number[] = [];
    simulate(sqsScenario({ loads: [{ target: 'queue', count: 2000 }] }), {
      progressEvery: 50,
      onProgress: (progress) => seen.push(progress.events),
    });
    expect(seen.slice(0, 2)).toEqual([50, 100]);
  });

  it('stops when cancelled', () => {
    const result = simulate(sqsScenario({ loads: [{ target: 'queue', count: 20_000 }] }), {
      progressEvery: 10,
      shouldCancel: () => true,
    });
    expect([result.stats.stopReason, result.stats.events]).toEqual(['cancelled', 10]);
  });

  it('stops at the event limit', () => {
    const result = simulate(sqsScenario({ loads: [{ target: 'queue', count: 2000 }] }), { maxEvents: 5 });
    expect(result.stats.stopReason).toBe('event-limit');
  });

  it('rejects a timeout above the visibility timeout', () => {
    const scenario = sqsScenario({ queue: { VisibilityTimeout: 5 }, lambda: { Timeout: 10 } });
    expect(() => simulate(scenario)).toThrow(SimulationInputError);
  });

  it('samples every simulated second', () => {
    const { series } = simulate(sqsScenario({ loads: [{ target: 'queue', count: 2000, ratePerSecond: 100 }] }));
    expect(series.t.slice(0, 3)).toEqual([0, 1, 2]);
  });
});

describe('queue settings', () => {
  it('delays new messages by DelaySeconds', () => {
    const { series } = simulate(sqsScenario({ queue: { DelaySeconds: 5 } }));
    expect([series.processed[4], series.processed[6]]).toEqual([0, 100]);
  });

  it('expires messages after the retention period', () => {
    const { totals } = simulate(
      sqsScenario({
        queue: { MessageRetentionPeriod: 60 },
        mapping: { Enabled: false },
        loads: [{ target: 'queue', count: 10 }],
      }),
      { untilSeconds: 120 },
    );
    expect([totals.expired, totals.remaining]).toEqual([10, 0]);
  });

  it('leaves messages of a disabled mapping queued', () => {
    const { totals } = simulate(sqsScenario({ mapping: { Enabled: false } }));
    expect([totals.invocations, totals.remaining]).toEqual([0, 100]);
  });

  it('fills batches up to BatchSize within the window', () => {
    const { totals } = simulate(
      sqsScenario({
        mapping: { BatchSize: 100, MaximumBatchingWindowInSeconds: 2 },
        loads: [{ target: 'queue', count: 1000, ratePerSecond: 100 }],
      }),
    );
    expect(totals.invocations).toBeLessThanOrEqual(12);
  });

  it('keeps a batch under 6 MB', () => {
    const body = 'x'.repeat(1024 * 1024 - 10);
    const { totals } = simulate(
      sqsScenario({
        mapping: { BatchSize: 100, MaximumBatchingWindowInSeconds: 1 },
        loads: [{ target: 'queue', count: 10, body }],
      }),
    );
    // Five 1 MiB records fit in 6 MiB with their metadata; a sixth does not.
    expect(totals.invocations).toBe(2);
  });

  it('deletes messages the filter rejects', () => {
    const { totals } = simulate(
      sqsScenario({
        mapping: { FilterCriteria: { Filters: [{ Pattern: '{"body":{"kind":["order"]}}' }] } },
        loads: [
          { target: 'queue', count: 10, body: '{"kind":"order"}' },
          { target: 'queue', count: 5, body: '{"kind":"refund"}' },
        ],
      }),
      { filterMatcher: (_pattern, record) => (record as { body: string }).body.includes('order') },
    );
    expect([totals.processed, totals.filtered]).toEqual([10, 5]);
  });
});
