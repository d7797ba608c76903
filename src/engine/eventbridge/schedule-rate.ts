/**
 * `rate(value unit)`: a positive whole number and `minute`, `hour` or `day`,
 * singular for 1 and plural otherwise, lowercase, separated by one space.
 * AWS rejects `rate(1 minutes)`, `rate(5 minute)`, `rate(0 minutes)`,
 * `rate(10 MINUTES)` and `rate( 10 minutes )` with the same message:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html#eb-rate-expressions
 */
import type { RateSchedule } from './schedule-types';

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

type RateUnit = keyof typeof UNIT_MS;

function isUnit(word: string): word is RateUnit {
  return word in UNIT_MS;
}

/** Parses the text inside `rate(...)`; returns the schedule or a reason. */
export function parseRate(body: string): RateSchedule | string {
  const match = /^(\S+) (\S+)$/.exec(body);
  if (!match) {
    return `rate() takes a value and a unit separated by one space, as in rate(5 minutes); got "rate(${body})".`;
  }
  const [, valueText = '', unitText = ''] = match;
  if (!/^\d+$/.test(valueText) || Number(valueText) === 0) {
    return `the rate value must be a positive whole number; got "${valueText}".`;
  }
  const value = Number(valueText);
  const singular = unitText.endsWith('s') ? unitText.slice(0, -1) : unitText;
  if (!isUnit(singular)) {
    return `the rate unit must be minute(s), hour(s) or day(s) in lowercase; got "${unitText}".`;
  }
  const expected = value === 1 ? singular : `${singular}s`;
  if (unitText !== expected) {
    return `the unit must be "${expected}" for the value ${value}, as in rate(${value} ${expected}).`;
  }

  return {
    kind: 'rate',
    value,
    unit: singular,
    periodMs: value * UNIT_MS[singular],
  };
}
