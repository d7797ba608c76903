/**
 * Parsed EventBridge schedule expressions (scheduled rules), all in UTC:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
 */

/** The message EventBridge's PutRule returns for any invalid expression. */
export const INVALID_SCHEDULE_MESSAGE =
  'Parameter ScheduleExpression is not valid.';

/** `rate(value unit)`. */
export interface RateSchedule {
  kind: 'rate';
  value: number;
  unit: 'minute' | 'hour' | 'day';
  /** Time between firings in milliseconds. */
  periodMs: number;
}

/** Day-of-month field: `?`/`*`, a set of days, `L`, or `NW`. */
export type DayOfMonthSpec =
  | { kind: 'any' }
  | { kind: 'days'; days: ReadonlySet<number> }
  | { kind: 'last' }
  | { kind: 'nearest-weekday'; day: number };

/**
 * Day-of-week field, 1 = SUN to 7 = SAT: `?`/`*`, a set of weekdays, `L`
 * (Saturday), `NL` (last such weekday of the month) or `N#k` (k-th one).
 */
export type DayOfWeekSpec =
  | { kind: 'any' }
  | { kind: 'days'; days: ReadonlySet<number> }
  | { kind: 'last-of-month'; weekday: number }
  | { kind: 'nth'; weekday: number; nth: number };

/** `cron(Minutes Hours Day-of-month Month Day-of-week Year)`. */
export interface CronSchedule {
  kind: 'cron';
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  dayOfMonth: DayOfMonthSpec;
  /** Months 1 to 12. */
  months: ReadonlySet<number>;
  dayOfWeek: DayOfWeekSpec;
  years: ReadonlySet<number>;
}

/** A parsed `rate()` or `cron()` expression. */
export type ScheduleExpression = RateSchedule | CronSchedule;

/** The result of parsing: the schedule, or why the text is not valid. */
export type ScheduleParseResult =
  { ok: true; value: ScheduleExpression } | { ok: false; reason: string };
