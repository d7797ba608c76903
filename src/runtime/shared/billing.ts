/** Billed duration and memory figures for the `REPORT` line. */

/** Rounds milliseconds to the two decimals `REPORT` shows. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * Returns the billed duration: per 1 ms, rounded up. Since 2025-08-01 the
 * Init phase is billed too, so a cold start bills duration plus init
 * (https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase).
 */
export function billedDurationMs(durationMs: number, initDurationMs?: number): number {
  const total = roundMs(durationMs) + roundMs(initDurationMs ?? 0);

  return Math.max(1, Math.ceil(roundMs(total)));
}

/**
 * NOTE: an estimate, not a measurement. A worker shares its process with
 * others, so resident memory cannot be attributed to one environment. The
 * estimate is a fixed runtime footprint plus the environment's JavaScript
 * heap when the executor can read it, capped at the function's memory.
 */
export const RUNTIME_FOOTPRINT_MB = 60;

/** Estimates `Max Memory Used` in MB; never above `memorySizeMb`. */
export function estimateMaxMemoryUsedMb(
  memorySizeMb: number,
  heapUsedBytes?: number,
): number {
  const heapMb = heapUsedBytes === undefined ? 8 : heapUsedBytes / (1024 * 1024);

  return Math.min(memorySizeMb, Math.ceil(RUNTIME_FOOTPRINT_MB + heapMb));
}
