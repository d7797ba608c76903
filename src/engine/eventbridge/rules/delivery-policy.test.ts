import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../util/random';
import { DELIVERY_BACKOFF_CAP_MS, deliveryBackoffMs, nextDelivery } from './delivery-policy';

const DEFAULT_POLICY = { maximumRetryAttempts: 185, maximumEventAgeMs: 86_400_000 };

/** Retries until the policy stops; returns the retry count, age and reason. */
function exhaust(policy: typeof DEFAULT_POLICY, seed = 1) {
  const random = createSeededRandom(seed);
  let retries = 0;
  let ageMs = 0;
  for (;;) {
    const step = nextDelivery({ retries, ageMs }, policy, random);
    if (step.kind === 'exhausted') {
      return { retries, ageMs, condition: step.condition };
    }
    retries += 1;
    ageMs += step.delayMs;
  }
}

describe('EventBridge delivery retries', () => {
  it('caps backoff at the bound', () => {
    expect(deliveryBackoffMs(40, () => 0.999999)).toBeLessThan(DELIVERY_BACKOFF_CAP_MS);
  });

  it('grows the bound exponentially', () => {
    expect(deliveryBackoffMs(3, () => 0.5)).toBe(4_000);
  });

  it('stops at 185 retries', () => {
    expect(exhaust(DEFAULT_POLICY).retries).toBeLessThanOrEqual(185);
  });

  it('stays within 24 hours', () => {
    expect(exhaust(DEFAULT_POLICY).ageMs).toBeLessThanOrEqual(86_400_000);
  });

  it('retries for most of a day', () => {
    expect(exhaust(DEFAULT_POLICY).ageMs).toBeGreaterThan(18 * 3_600_000);
  });

  it('honours zero retries', () => {
    expect(exhaust({ ...DEFAULT_POLICY, maximumRetryAttempts: 0 })).toMatchObject({ retries: 0, condition: 'MaximumRetryAttempts' });
  });

  it('stops on event age', () => {
    expect(exhaust({ maximumRetryAttempts: 185, maximumEventAgeMs: 60_000 }).condition).toBe('MaximumEventAgeInSeconds');
  });

  it('stops on attempts', () => {
    expect(exhaust({ maximumRetryAttempts: 3, maximumEventAgeMs: 86_400_000 })).toMatchObject({ retries: 3, condition: 'MaximumRetryAttempts' });
  });
});
