import {
  INVALID_SCHEDULE_MESSAGE,
  nextFirings,
  parseScheduleExpression,
} from '../../engine/eventbridge';

/** The next firing times of a schedule expression, or why it is invalid. */
export type SchedulePreview =
  | { ok: true; times: string[] }
  | { ok: false; message: string };

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Formats epoch ms as `Mon 2024-01-01 12:05 UTC`. */
export function formatFiring(epochMs: number): string {
  const date = new Date(epochMs);
  const text = date.toISOString().slice(0, 16).replace('T', ' ');

  return `${WEEKDAYS[date.getUTCDay()] ?? ''} ${text} UTC`;
}

/**
 * Lists the next `count` firings after `fromMs`, taken as the moment the rule
 * is created, or returns PutRule's message with the reason.
 */
export function previewSchedule(text: string, fromMs: number, count = 10): SchedulePreview {
  const parsed = parseScheduleExpression(text);
  if (!parsed.ok) {
    const reason = parsed.reason.charAt(0).toUpperCase() + parsed.reason.slice(1);

    return { ok: false, message: `${INVALID_SCHEDULE_MESSAGE} ${reason}` };
  }

  return { ok: true, times: nextFirings(parsed.value, fromMs, count).map(formatFiring) };
}
