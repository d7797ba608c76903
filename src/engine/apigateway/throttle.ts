/** A token bucket: `burst` tokens at most, refilled at `rate` tokens per second. */
export interface TokenBucket {
  tokens: number;
  updatedMs: number;
}

/** One limit a request is checked against, for example the stage's. */
export interface ThrottleLimit {
  /** Bucket key, for example `stage:abc123:prod`. */
  key: string;
  /** Owner of the limit, for the trace: `account`, `stage` or `method …`. */
  scope: string;
  rate: number;
  burst: number;
}

/** Account quota per Region: 10,000 requests per second with a burst of 5,000. */
export const ACCOUNT_RATE_LIMIT = 10_000;
export const ACCOUNT_BURST_LIMIT = 5_000;

/**
 * Takes one token from every limit's bucket, or none when any bucket is
 * empty; returns the limit that throttled the request, or undefined.
 * Buckets start full and refill with the time from `nowMs`.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html
 */
export function takeToken(
  buckets: Map<string, TokenBucket>,
  limits: readonly ThrottleLimit[],
  nowMs: number,
): ThrottleLimit | undefined {
  const current = limits.map((limit) => {
    const bucket = buckets.get(limit.key) ?? { tokens: limit.burst, updatedMs: nowMs };
    const elapsedSeconds = Math.max(0, nowMs - bucket.updatedMs) / 1000;
    const tokens = Math.min(limit.burst, bucket.tokens + elapsedSeconds * limit.rate);

    return { limit, tokens };
  });
  for (const { limit, tokens } of current) {
    buckets.set(limit.key, { tokens, updatedMs: nowMs });
  }
  const empty = current.find(({ tokens }) => tokens < 1);
  if (empty) {
    return empty.limit;
  }
  for (const { limit, tokens } of current) {
    buckets.set(limit.key, { tokens: tokens - 1, updatedMs: nowMs });
  }

  return undefined;
}
