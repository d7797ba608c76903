const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Formats epoch milliseconds in Common Log Format as API Gateway writes
 * `requestTime`, for example `10/Mar/2020:05:16:23 +0000` (always UTC).
 */
export function formatClfTime(epochMs: number): string {
  const date = new Date(epochMs);
  const day = pad(date.getUTCDate());
  const month = MONTHS[date.getUTCMonth()] ?? 'Jan';
  const time = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
    .map(pad)
    .join(':');

  return `${day}/${month}/${date.getUTCFullYear()}:${time} +0000`;
}
