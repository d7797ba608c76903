/**
 * Schedule expressions of EventBridge scheduled rules: `rate()` and `cron()`,
 * in UTC with one-minute resolution.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
 */
import { nextCronFirings } from './cron-next';
import { parseCron } from './cron-parse';
import { parseRate } from './schedule-rate';
import type { ScheduleExpression, ScheduleParseResult } from './schedule-types';

const MINUTE_MS = 60_000;

/**
 * Parses a schedule expression. AWS returns `Parameter ScheduleExpression is
 * not valid.` for every invalid one, and `reason` explains what is wrong.
 */
export function parseScheduleExpression(text: string): ScheduleParseResult {
  const match = /^(rate|cron)\((.*)\)$/s.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: `a schedule expression is rate(value unit) or cron(six fields) with no spaces around it; got "${text}".`,
    };
  }
  const [, kind, body = ''] = match;
  const parsed = kind === 'rate' ? parseRate(body) : parseCron(body);

  return typeof parsed === 'string'
    ? { ok: false, reason: parsed }
    : { ok: true, value: parsed };
}

/**
 * Returns up to `count` firing times (epoch ms, whole minutes) strictly after
 * `fromMs`. A rate schedule counts from `fromMs`, taken as the time the rule
 * was created, because AWS documents that a rate expression starts when the
 * rule is created.
 */
export function nextFirings(
  schedule: ScheduleExpression,
  fromMs: number,
  count: number,
): number[] {
  if (schedule.kind === 'cron') {
    return nextCronFirings(schedule, fromMs, count);
  }
  // NOTE: AWS does not document when within the period the first firing
  // falls; this places it one full period after creation, on the minute.
  const anchor = Math.floor(fromMs / MINUTE_MS) * MINUTE_MS;

  return Array.from(
    { length: count },
    (_, index) => anchor + (index + 1) * schedule.periodMs,
  );
}
