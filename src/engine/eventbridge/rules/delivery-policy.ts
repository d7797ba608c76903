/**
 * EventBridge's retries of a delivery the target did not accept: by default
 * for 24 hours and up to 185 times, with exponential backoff and jitter.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html
 */

/**
 * Backoff base and cap. NOTE: AWS publishes neither; with full jitter a
 * 15-minute cap makes 185 retries last about the 24 hours AWS names.
 */
export const DELIVERY_BACKOFF_BASE_MS = 1_000;
export const DELIVERY_BACKOFF_CAP_MS = 900_000;

/** The retry policy limit that ended the retries. */
export type ExhaustedCondition = 'MaximumRetryAttempts' | 'MaximumEventAgeInSeconds';

/**
 * Wait before retry `retry` (from 1): a uniform draw below the exponential
 * bound ("full jitter" in the backoff article AWS links to), at least 1 ms.
 * https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
 */
export function deliveryBackoffMs(retry: number, random: () => number): number {
  const bound = Math.min(DELIVERY_BACKOFF_CAP_MS, DELIVERY_BACKOFF_BASE_MS * 2 ** Math.min(retry, 30));

  return Math.max(1, Math.floor(random() * bound));
}

/**
 * Decides the next retry after a failed delivery, or which limit stops it.
 * `retries` counts retries already made; `ageMs` is the event's age now.
 * NOTE: a retry that would fall after the maximum age is not made, as
 * Lambda does for its own retries; AWS does not say which EventBridge does.
 */
export function nextDelivery(
  state: { retries: number; ageMs: number },
  policy: { maximumRetryAttempts: number; maximumEventAgeMs: number },
  random: () => number,
): { kind: 'retry'; delayMs: number } | { kind: 'exhausted'; condition: ExhaustedCondition } {
  if (state.retries >= policy.maximumRetryAttempts) {
    return { kind: 'exhausted', condition: 'MaximumRetryAttempts' };
  }
  const delayMs = deliveryBackoffMs(state.retries + 1, random);
  if (state.ageMs + delayMs > policy.maximumEventAgeMs) {
    return { kind: 'exhausted', condition: 'MaximumEventAgeInSeconds' };
  }

  return { kind: 'retry', delayMs };
}
