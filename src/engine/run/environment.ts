import { createSeededRandom } from '../util/random';
import type { RunEnvironment } from './types';

/**
 * Creates a deterministic RunEnvironment: randomness from `seed` and a clock
 * that reads `startMs` and advances only through `advance`.
 */
export function createRunEnvironment(options: {
  seed: number;
  startMs: number;
}): RunEnvironment & { advance(ms: number): void } {
  let now = options.startMs;
  const random = createSeededRandom(options.seed);

  return {
    now: () => now,
    random,
    advance(ms: number) {
      now += ms;
    },
  };
}
