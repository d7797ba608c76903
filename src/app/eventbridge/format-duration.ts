/**
 * Formats a span of virtual time for people: milliseconds below one second,
 * seconds below one minute, then minutes and seconds.
 */
export function formatDuration(ms: number): string {
  if (ms < 999.95) {
    return `${ms.toFixed(1)} ms`;
  }
  // Rounded to tenths first, so that 119,999.99 ms reads 2 min, not 1 min 60 s.
  const tenths = Math.round(ms / 100);
  if (tenths < 600) {
    return `${trimmed(tenths / 10)} s`;
  }
  const minutes = Math.floor(tenths / 600);
  const rest = (tenths - minutes * 600) / 10;

  return rest === 0 ? `${minutes} min` : `${minutes} min ${trimmed(rest)} s`;
}

/** Formats with one decimal, without a trailing `.0`. */
function trimmed(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
