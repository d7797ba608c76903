import { describe, expect, it } from 'vitest';
import { nextAsyncStep, throttleDelayMs } from './retry-policy';

const DEFAULTS = { maximumRetryAttempts: 2, maximumEventAgeMs: 21_600_000 };

describe('async retry policy', () => {
  it('waits a minute first', () => {
    expect(nextAsyncStep({ invocations: 1, throttles: 0, ageMs: 100 }, 'function-error', DEFAULTS)).toEqual({ kind: 'retry', delayMs: 60_000 });
  });

  it('waits two minutes second', () => {
    expect(nextAsyncStep({ invocations: 2, throttles: 0, ageMs: 60_200 }, 'function-error', DEFAULTS)).toEqual({ kind: 'retry', delayMs: 120_000 });
  });

  it('exhausts after two retries', () => {
    expect(nextAsyncStep({ invocations: 3, throttles: 0, ageMs: 180_300 }, 'function-error', DEFAULTS)).toEqual({ kind: 'discard', condition: 'RetriesExhausted' });
  });

  it('looks ahead at event age', () => {
    expect(nextAsyncStep({ invocations: 1, throttles: 0, ageMs: 100 }, 'function-error', { ...DEFAULTS, maximumEventAgeMs: 60_000 })).toEqual({ kind: 'discard', condition: 'EventAgeExceeded' });
  });

  it('doubles throttle waits', () => {
    expect([1, 2, 3, 4].map(throttleDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('caps throttle waits at 5 minutes', () => {
    expect(throttleDelayMs(20)).toBe(300_000);
  });

  it('retries throttles past attempts', () => {
    expect(nextAsyncStep({ invocations: 0, throttles: 9, ageMs: 1_000 }, 'throttle', { ...DEFAULTS, maximumRetryAttempts: 0 }).kind).toBe('retry');
  });

  it('drops throttled event at age', () => {
    expect(nextAsyncStep({ invocations: 0, throttles: 50, ageMs: 21_500_000 }, 'throttle', DEFAULTS)).toEqual({ kind: 'discard', condition: 'EventAgeExceeded' });
  });
});
