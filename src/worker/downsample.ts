/** Series of the engine result that count per interval; thinning sums them. */
export const RATE_KEYS: ReadonlySet<string> = new Set(['throttles', 'invocations', 'errors']);

/** Indices kept when `length` samples are thinned to at most about `maxPoints`. */
export function keptIndices(length: number, maxPoints: number): number[] {
  const stride = Math.max(1, Math.ceil(length / Math.max(2, maxPoints)));
  const kept: number[] = [];
  for (let index = 0; index < length; index += stride) {
    kept.push(index);
  }
  if (length > 0 && kept[kept.length - 1] !== length - 1) {
    kept.push(length - 1);
  }

  return kept;
}

/**
 * Thins every array of `series` to the kept indices. Keys in `rateKeys` get
 * the sum of the samples since the previous kept one; others keep the value.
 * NOTE: a rate series the engine adds later must be named in RATE_KEYS, or
 * it is point-sampled.
 */
export function thinSeries<T extends object>(
  series: T,
  kept: readonly number[],
  rateKeys: ReadonlySet<string> = new Set(),
): T {
  const thinned: Record<string, number[]> = {};
  for (const [key, values] of Object.entries(series) as [string, unknown][]) {
    if (!Array.isArray(values)) {
      continue;
    }
    if (!rateKeys.has(key)) {
      thinned[key] = kept.map((index) => (values[index] as number | undefined) ?? 0);
      continue;
    }
    let previous = -1;
    thinned[key] = kept.map((index) => {
      let sum = 0;
      for (let at = previous + 1; at <= index; at += 1) {
        sum += (values[at] as number | undefined) ?? 0;
      }
      previous = index;

      return sum;
    });
  }

  return thinned as unknown as T;
}
