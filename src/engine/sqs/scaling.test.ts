import { describe, expect, it } from 'vitest';
import { simulate } from '../sim/simulation';
import { sqsScenario } from '../sim/sqs-scenario';
import { CLASSIC_SCALING, CURRENT_SCALING, nextPollerCount } from './scaling';

// A backlog that outlasts the ramp: long invocations, a deep queue.
function rampScenario(model: 'current' | 'classic', maximumConcurrency?: number) {
  return sqsScenario({
    settings: { sqsScalingModel: model },
    queue: { VisibilityTimeout: 900 },
    lambda: { Timeout: 60 },
    simulation: { durationMs: 30_000, coldStartMs: 0 },
    mapping: maximumConcurrency ? { ScalingConfig: { MaximumConcurrency: maximumConcurrency } } : {},
    loads: [{ target: 'queue', count: 1_000_000 }],
  });
}

describe('poller scaling, current model', () => {
  const result = simulate(rampScenario('current'), { untilSeconds: 260 });

  it('starts with 5 concurrent batches', () => {
    expect(result.series.pollers[0]).toBe(5);
  });

  it('adds 5 batches each second', () => {
    expect(result.series.pollers.slice(0, 6)).toEqual([5, 10, 15, 20, 25, 30]);
  });

  it('adds 300 batches in a minute', () => {
    expect(result.series.pollers[60]).toBe(305);
  });

  it('reaches 1,000 after 199 seconds', () => {
    expect([result.series.pollers[198], result.series.pollers[199]]).toEqual([995, 1000]);
  });

  it('stays at 1,000', () => {
    expect(Math.max(...result.series.pollers)).toBe(1000);
  });

  it('runs as many invocations as pollers', () => {
    expect(result.series.concurrency[100]).toBe(result.series.pollers[100]);
  });
});

describe('poller scaling, classic model', () => {
  const result = simulate(rampScenario('classic'), { untilSeconds: 130 });

  it('adds one batch each second', () => {
    expect(result.series.pollers.slice(0, 4)).toEqual([5, 6, 7, 8]);
  });

  it('adds 60 batches in a minute', () => {
    expect([result.series.pollers[60], result.series.pollers[120]]).toEqual([65, 125]);
  });
});

describe('poller scaling with MaximumConcurrency', () => {
  const result = simulate(rampScenario('current', 50), { untilSeconds: 30 });

  it('stops at the maximum', () => {
    expect(Math.max(...result.series.pollers)).toBe(50);
  });

  it('never runs more invocations', () => {
    expect(Math.max(...result.series.concurrency)).toBe(50);
  });
});

describe('nextPollerCount', () => {
  const base = { pollers: 100, backlog: 0, activeBatches: 0, failures: 0, maximumConcurrency: undefined };

  it('scales up with a backlog', () => {
    expect(nextPollerCount(CURRENT_SCALING, { ...base, backlog: 10 })).toBe(105);
  });

  it('holds while invocations fail', () => {
    expect(nextPollerCount(CURRENT_SCALING, { ...base, backlog: 10, failures: 1 })).toBe(100);
  });

  it('scales down when the queue is empty', () => {
    expect(nextPollerCount(CLASSIC_SCALING, { ...base, activeBatches: 10 })).toBe(99);
  });

  it('keeps busy pollers when scaling down', () => {
    expect(nextPollerCount(CURRENT_SCALING, { ...base, pollers: 12, activeBatches: 10 })).toBe(10);
  });

  it('never drops below 5', () => {
    expect(nextPollerCount(CURRENT_SCALING, { ...base, pollers: 7 })).toBe(5);
  });

  it('caps at MaximumConcurrency', () => {
    expect(nextPollerCount(CURRENT_SCALING, { ...base, backlog: 1, pollers: 8, maximumConcurrency: 10 })).toBe(10);
  });
});
