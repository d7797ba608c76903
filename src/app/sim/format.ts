/** Formats a count with thousands separators, as 2,000. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Formats simulated seconds: 0.5 s, 42 s, 1 min 5 s, 2 h 3 min. */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) {
    return `${Number(seconds.toFixed(1)).toLocaleString('en-US')} s`;
  }
  if (seconds < 120) {
    return `${Math.round(seconds)} s`;
  }
  if (seconds < 7200) {
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
  }
  const hours = Math.floor(seconds / 3600);

  return `${hours} h ${Math.round((seconds - hours * 3600) / 60)} min`;
}

/** Formats a dollar amount with enough digits for fractions of a cent. */
export function formatUsd(value: number): string {
  if (value >= 1) {
    return `$${value.toFixed(2)}`;
  }

  return `$${value.toPrecision(3)}`;
}
