// Rules from AWS's schedule expression page; the invalid expressions are
// ones AWS rejected with "Parameter ScheduleExpression is not valid.":
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
import { describe, expect, it } from 'vitest';
import { nextFirings, parseScheduleExpression } from './schedule';

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Next `count` firings of `expression` after `from`, as ISO strings. */
function next(expression: string, from: string, count: number): string[] {
  const parsed = parseScheduleExpression(expression);
  if (!parsed.ok) {
    throw new Error(`${expression}: ${parsed.reason}`);
  }

  return nextFirings(parsed.value, Date.parse(from), count).map(iso);
}

describe('parseScheduleExpression accepts', () => {
  it.each([
    'rate(1 minute)',
    'rate(5 minutes)',
    'rate(1 hour)',
    'rate(12 hours)',
    'rate(1 day)',
    'rate(7 days)',
    'cron(0 10 * * ? *)',
    'cron(15 12 * * ? *)',
    'cron(0 18 ? * MON-FRI *)',
    'cron(0 8 1 * ? *)',
    'cron(0/15 * * * ? *)',
    'cron(0/10 * ? * MON-FRI *)',
    'cron(0/5 8-17 ? * MON-FRI *)',
    'cron(0/30 20-2 ? * MON-FRI *)',
    'cron(5,35 14 * * ? *)',
    'cron(15 10 ? * 6L 2019-2022)',
    'cron(0 2 ? * SAT#3 *)',
    'cron(* * ? * SAT#3 *)',
    'cron(0/5 5 ? JAN 1-5 2022)',
    'cron(0 9 15W * ? *)',
    'cron(0 9 L * ? *)',
    'cron(0 9 ? * L *)',
    'cron(0 0 1 JAN,JUL ? 1970-2199)',
  ])('%s', (expression) => {
    expect(parseScheduleExpression(expression).ok).toBe(true);
  });
});

describe('parseScheduleExpression rejects', () => {
  it.each<[string, string]>([
    ['rate(1 minutes)', 'the unit must be "minute" for the value 1'],
    ['rate(5 minute)', 'the unit must be "minutes" for the value 5'],
    ['rate(1 hours)', 'the unit must be "hour" for the value 1'],
    ['rate(1 days)', 'the unit must be "day" for the value 1'],
    ['rate(10 hour)', 'the unit must be "hours" for the value 10'],
    ['rate(0 minutes)', 'positive whole number; got "0"'],
    ['rate(-10 minutes)', 'positive whole number; got "-10"'],
    ['rate(foo minutes)', 'positive whole number; got "foo"'],
    ['rate(10 seconds)', 'got "seconds"'],
    ['rate(10 years)', 'got "years"'],
    ['rate(10 minutess)', 'got "minutess"'],
    ['rate(10 MINUTES)', 'in lowercase; got "MINUTES"'],
    ['rate()', 'separated by one space'],
    ['rate(10)', 'separated by one space'],
    ['rate( 10 minutes )', 'separated by one space'],
    [' rate(10 minutes)', 'no spaces around it'],
    ['every 5 minutes', 'rate(value unit) or cron(six fields)'],
    ['cron(INVALID)', 'six fields'],
    ['cron(0 12 * * ?)', 'six fields'],
    [
      'cron(0 1 * * * *)',
      'exactly one of Day-of-month and Day-of-week must be ?',
    ],
    [
      'cron(0 1 ? * ? *)',
      'exactly one of Day-of-month and Day-of-week must be ?',
    ],
    [
      'cron(7 20 * * NOT *)',
      'exactly one of Day-of-month and Day-of-week must be ?',
    ],
    ['cron(7 20 ? * NOT *)', 'Day-of-week must be 1-7 or SUN-SAT; got "NOT"'],
    ['cron(0 dummy ? * MON-FRI *)', 'Hours must be 0-23; got "dummy"'],
    ['cron(71 8 1 * ? *)', 'Minutes must be 0-59; got "71"'],
    ['cron(0 24 * * ? *)', 'Hours must be 0-23; got "24"'],
    ['cron(0 0 32 * ? *)', 'Day-of-month must be 1-31; got "32"'],
    ['cron(0 0 ? 13 MON *)', 'Month must be 1-12 or JAN-DEC; got "13"'],
    ['cron(0 0 ? * 8 *)', 'Day-of-week must be 1-7 or SUN-SAT; got "8"'],
    ['cron(0 0 ? * 0 *)', 'Day-of-week must be 1-7 or SUN-SAT; got "0"'],
    ['cron(0 0 1 * ? 1969)', 'Year must be 1970-2199; got "1969"'],
    ['cron(0 0 1 * ? 2200)', 'Year must be 1970-2199; got "2200"'],
    ['cron(0 0 1 * ? 2030-2025)', 'runs backwards'],
    ['cron(0/0 * * * ? *)', 'positive whole number'],
    ['cron(0 0 ? * 3#1,6#3 *)', 'takes one expression'],
    ['cron(0 0 ? * 3#6 *)', 'takes one expression'],
    ['cron(0 0 1,L * ? *)', 'L and W only alone'],
    ['cron(? 0 1 * ? *)', 'Minutes does not allow ?'],
    ['cron(0 0 1,,2 * ? *)', 'empty item'],
  ])('%s', (expression, reason) => {
    const parsed = parseScheduleExpression(expression);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});

describe('nextFirings rate', () => {
  it('counts from the creation minute', () => {
    expect(next('rate(5 minutes)', '2024-01-01T10:02:30Z', 3)).toEqual([
      '2024-01-01T10:07:00Z',
      '2024-01-01T10:12:00Z',
      '2024-01-01T10:17:00Z',
    ]);
  });

  it('steps whole days', () => {
    expect(next('rate(1 day)', '2024-02-28T06:00:00Z', 2)).toEqual([
      '2024-02-29T06:00:00Z',
      '2024-03-01T06:00:00Z',
    ]);
  });
});

describe('nextFirings cron', () => {
  it('fires strictly after from', () => {
    expect(next('cron(0 12 * * ? *)', '2024-01-01T12:00:00Z', 1)).toEqual([
      '2024-01-02T12:00:00Z',
    ]);
  });

  it('crosses a month end', () => {
    expect(next('cron(30 23 * * ? *)', '2024-01-31T00:00:00Z', 2)).toEqual([
      '2024-01-31T23:30:00Z',
      '2024-02-01T23:30:00Z',
    ]);
  });

  it('crosses a year end', () => {
    expect(next('cron(0 0 1 * ? *)', '2024-12-15T00:00:00Z', 2)).toEqual([
      '2025-01-01T00:00:00Z',
      '2025-02-01T00:00:00Z',
    ]);
  });

  it('finds Feb 29 in leap years', () => {
    expect(next('cron(0 0 29 2 ? *)', '2024-03-01T00:00:00Z', 2)).toEqual([
      '2028-02-29T00:00:00Z',
      '2032-02-29T00:00:00Z',
    ]);
  });

  it('skips 2100, not a leap year', () => {
    expect(next('cron(0 0 29 2 ? *)', '2096-03-01T00:00:00Z', 1)).toEqual([
      '2104-02-29T00:00:00Z',
    ]);
  });

  it('numbers 1 as Sunday', () => {
    // 2024-01-07 is a Sunday.
    expect(next('cron(0 9 ? * 1 *)', '2024-01-01T00:00:00Z', 1)).toEqual([
      '2024-01-07T09:00:00Z',
    ]);
  });

  it('numbers 7 as Saturday', () => {
    expect(next('cron(0 9 ? * 7 *)', '2024-01-01T00:00:00Z', 1)).toEqual([
      '2024-01-06T09:00:00Z',
    ]);
  });

  it('weekday names match numbers', () => {
    expect(next('cron(0 9 ? * MON-FRI *)', '2024-01-05T10:00:00Z', 2)).toEqual([
      '2024-01-08T09:00:00Z',
      '2024-01-09T09:00:00Z',
    ]);
  });

  it('wraps a weekday range', () => {
    expect(next('cron(0 9 ? * FRI-MON *)', '2024-01-02T00:00:00Z', 4)).toEqual([
      '2024-01-05T09:00:00Z',
      '2024-01-06T09:00:00Z',
      '2024-01-07T09:00:00Z',
      '2024-01-08T09:00:00Z',
    ]);
  });

  it('wraps an hour range', () => {
    expect(next('cron(0 22-1 * * ? *)', '2024-01-01T12:00:00Z', 4)).toEqual([
      '2024-01-01T22:00:00Z',
      '2024-01-01T23:00:00Z',
      '2024-01-02T00:00:00Z',
      '2024-01-02T01:00:00Z',
    ]);
  });

  it('steps minutes from an offset', () => {
    expect(next('cron(1/10 9 * * ? *)', '2024-01-01T00:00:00Z', 3)).toEqual([
      '2024-01-01T09:01:00Z',
      '2024-01-01T09:11:00Z',
      '2024-01-01T09:21:00Z',
    ]);
  });

  it('L is the last day of month', () => {
    expect(next('cron(0 0 L * ? *)', '2023-01-31T12:00:00Z', 3)).toEqual([
      '2023-02-28T00:00:00Z',
      '2023-03-31T00:00:00Z',
      '2023-04-30T00:00:00Z',
    ]);
  });

  it('L in day-of-week is Saturday', () => {
    expect(next('cron(0 0 ? * L *)', '2024-01-01T00:00:00Z', 1)).toEqual([
      '2024-01-06T00:00:00Z',
    ]);
  });

  it('6L is the last Friday', () => {
    expect(next('cron(15 10 ? * 6L *)', '2024-01-01T00:00:00Z', 2)).toEqual([
      '2024-01-26T10:15:00Z',
      '2024-02-23T10:15:00Z',
    ]);
  });

  it('3#2 is the second Tuesday', () => {
    expect(next('cron(0 8 ? * 3#2 *)', '2024-01-01T00:00:00Z', 2)).toEqual([
      '2024-01-09T08:00:00Z',
      '2024-02-13T08:00:00Z',
    ]);
  });

  it('#5 skips months without one', () => {
    // Fifth Friday: March, May and August 2024 have one; April and June do not.
    expect(next('cron(0 8 ? * FRI#5 *)', '2024-03-01T00:00:00Z', 3)).toEqual([
      '2024-03-29T08:00:00Z',
      '2024-05-31T08:00:00Z',
      '2024-08-30T08:00:00Z',
    ]);
  });

  it('W moves Saturday to Friday', () => {
    // 2024-06-15 is a Saturday.
    expect(next('cron(0 9 15W 6 ? *)', '2024-06-01T00:00:00Z', 1)).toEqual([
      '2024-06-14T09:00:00Z',
    ]);
  });

  it('W moves Sunday to Monday', () => {
    // 2024-09-15 is a Sunday.
    expect(next('cron(0 9 15W 9 ? *)', '2024-09-01T00:00:00Z', 1)).toEqual([
      '2024-09-16T09:00:00Z',
    ]);
  });

  it('1W on a Saturday is Monday 3rd', () => {
    // 2024-06-01 is a Saturday; W never leaves the month.
    expect(next('cron(0 9 1W 6 ? *)', '2024-05-31T00:00:00Z', 1)).toEqual([
      '2024-06-03T09:00:00Z',
    ]);
  });

  it('31W on a Sunday is Friday 29th', () => {
    // 2024-03-31 is a Sunday.
    expect(next('cron(0 9 31W 3 ? *)', '2024-03-01T00:00:00Z', 1)).toEqual([
      '2024-03-29T09:00:00Z',
    ]);
  });

  it('stops when the years run out', () => {
    expect(
      next('cron(15 10 ? * 6L 2019-2022)', '2024-01-01T00:00:00Z', 3),
    ).toEqual([]);
  });

  it('lists every minute firing', () => {
    expect(next('cron(* * * * ? *)', '2024-01-01T00:00:59Z', 2)).toEqual([
      '2024-01-01T00:01:00Z',
      '2024-01-01T00:02:00Z',
    ]);
  });
});
