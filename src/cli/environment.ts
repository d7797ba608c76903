import { createRunEnvironment as createSeededEnvironment } from '../engine/run';
import type { RunEnvironment } from '../engine/run/types';

/** The fixed clock used with `--seed`, so seeded output is byte-identical. */
export const SEEDED_CLOCK_ISO = '2024-01-01T00:00:00Z';

/**
 * Creates the time and randomness for one command: the real clock and
 * `Math.random` without a seed, a fixed clock and a seeded generator with one.
 */
export function createRunEnvironment(seed: number | undefined): RunEnvironment {
  if (seed === undefined) {
    return { now: () => Date.now(), random: () => Math.random() };
  }

  return createSeededEnvironment({
    seed,
    startMs: Date.parse(SEEDED_CLOCK_ISO),
  });
}
