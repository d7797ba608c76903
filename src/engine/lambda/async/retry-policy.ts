/**
 * When Lambda retries an asynchronous event, and when it gives up.
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
 */

/** Waits before the first and the second retry after a function error. */
export const FUNCTION_ERROR_RETRY_DELAYS_MS = [60_000, 120_000] as const;
/** First wait after a throttle or a system error; it doubles each time. */
export const THROTTLE_FIRST_DELAY_MS = 1_000;
/** Maximum wait between two attempts after throttles or system errors. */
export const THROTTLE_MAX_DELAY_MS = 300_000;

/** The condition a destination record gives for the end of an event. */
export type AsyncCondition = 'Success' | 'RetriesExhausted' | 'EventAgeExceeded';

/** The failure kind: the function itself, or Lambda before the handler ran. */
export type AsyncFailureKind = 'function-error' | 'throttle';

/** An event's progress through Lambda's asynchronous queue. */
export interface AsyncAttemptState {
  /** Invocations that ran the handler so far. */
  invocations: number;
  /** Attempts rejected by a throttle or a system error so far. */
  throttles: number;
  /** Time the event has spent in the queue, ms. */
  ageMs: number;
}

/** Either try again after `delayMs`, or give up with `condition`. */
export type AsyncNextStep =
  | { kind: 'retry'; delayMs: number }
  | { kind: 'discard'; condition: Exclude<AsyncCondition, 'Success'> };

/** Returns the wait after the n-th throttle (from 1): 1 s, 2 s, 4 s, … at most 5 min. */
export function throttleDelayMs(throttles: number): number {
  const exponent = Math.max(0, throttles - 1);

  return Math.min(THROTTLE_MAX_DELAY_MS, THROTTLE_FIRST_DELAY_MS * 2 ** Math.min(exponent, 30));
}

/**
 * Decides what follows a failed attempt. Function errors are retried up to
 * `maximumRetryAttempts` times; throttles until the event is too old. When
 * the next try would fall after the maximum age, Lambda gives up at once
 * with EventAgeExceeded instead of waiting (AWS-recorded behaviour).
 */
export function nextAsyncStep(
  state: AsyncAttemptState,
  failure: AsyncFailureKind,
  settings: { maximumRetryAttempts: number; maximumEventAgeMs: number },
): AsyncNextStep {
  let delayMs: number;
  if (failure === 'function-error') {
    const retriesDone = state.invocations - 1;
    if (retriesDone >= settings.maximumRetryAttempts) {
      return { kind: 'discard', condition: 'RetriesExhausted' };
    }
    delayMs = FUNCTION_ERROR_RETRY_DELAYS_MS[retriesDone] ?? 120_000;
  } else {
    delayMs = throttleDelayMs(state.throttles);
  }
  if (state.ageMs + delayMs > settings.maximumEventAgeMs) {
    return { kind: 'discard', condition: 'EventAgeExceeded' };
  }

  return { kind: 'retry', delayMs };
}
