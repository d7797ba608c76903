/**
 * `cron(Minutes Hours Day-of-month Month Day-of-week Year)`: six fields, one
 * of Day-of-month and Day-of-week must be `?`, day-of-week 1-7 is SUN-SAT,
 * `L`, `W` and `#` as AWS documents them, years 1970-2199:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html#eb-cron-expressions
 */
import {
  parseFieldValue,
  parseNumericField,
  type CronFieldSpec,
} from './cron-field';
import type {
  CronSchedule,
  DayOfMonthSpec,
  DayOfWeekSpec,
} from './schedule-types';

const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
] as const;
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

const MINUTES: CronFieldSpec = {
  name: 'Minutes',
  min: 0,
  max: 59,
  wraps: true,
};
const HOURS: CronFieldSpec = { name: 'Hours', min: 0, max: 23, wraps: true };
const DAY_OF_MONTH: CronFieldSpec = {
  name: 'Day-of-month',
  min: 1,
  max: 31,
  wraps: true,
};
const MONTH: CronFieldSpec = {
  name: 'Month',
  min: 1,
  max: 12,
  names: MONTH_NAMES,
  wraps: true,
};
const DAY_OF_WEEK: CronFieldSpec = {
  name: 'Day-of-week',
  min: 1,
  max: 7,
  names: DAY_NAMES,
  wraps: true,
};
const YEAR: CronFieldSpec = {
  name: 'Year',
  min: 1970,
  max: 2199,
  wraps: false,
};

function parseDayOfMonth(text: string): DayOfMonthSpec | string {
  if (text === '?' || text === '*') {
    return { kind: 'any' };
  }
  if (text === 'L') {
    return { kind: 'last' };
  }
  const weekday = /^(\d+)W$/.exec(text);
  if (weekday) {
    const day = parseFieldValue(weekday[1] ?? '', DAY_OF_MONTH);
    return typeof day === 'string' ? day : { kind: 'nearest-weekday', day };
  }
  if (/[LW]/.test(text)) {
    return `Day-of-month allows L and W only alone, as in L or 15W; got "${text}".`;
  }
  const days = parseNumericField(text, DAY_OF_MONTH);

  return typeof days === 'string' ? days : { kind: 'days', days };
}

function parseDayOfWeek(text: string): DayOfWeekSpec | string {
  if (text === '?' || text === '*') {
    return { kind: 'any' };
  }
  if (text === 'L') {
    return { kind: 'days', days: new Set([7]) };
  }
  if (text.includes('#')) {
    const nth = /^([^,#]+)#([1-5])$/.exec(text);
    if (!nth) {
      return `Day-of-week with # takes one expression such as 3#2 (the second Tuesday); got "${text}".`;
    }
    const weekday = parseFieldValue(nth[1] ?? '', DAY_OF_WEEK);
    return typeof weekday === 'string'
      ? weekday
      : { kind: 'nth', weekday, nth: Number(nth[2]) };
  }
  const last = /^([^,L]+)L$/.exec(text);
  if (last) {
    const weekday = parseFieldValue(last[1] ?? '', DAY_OF_WEEK);
    return typeof weekday === 'string'
      ? weekday
      : { kind: 'last-of-month', weekday };
  }
  const days = parseNumericField(text, DAY_OF_WEEK);

  return typeof days === 'string' ? days : { kind: 'days', days };
}

/** Parses the text inside `cron(...)`; returns the schedule or a reason. */
export function parseCron(body: string): CronSchedule | string {
  const fields = body.split(' ');
  if (fields.length !== 6 || fields.includes('')) {
    return `cron() takes six fields separated by single spaces (Minutes Hours Day-of-month Month Day-of-week Year); got "cron(${body})".`;
  }
  const [minuteText, hourText, domText, monthText, dowText, yearText] =
    fields as [string, string, string, string, string, string];
  if ((domText === '?') === (dowText === '?')) {
    return 'exactly one of Day-of-month and Day-of-week must be ?, as in cron(0 12 * * ? *).';
  }
  for (const [text, name] of [
    [minuteText, 'Minutes'],
    [hourText, 'Hours'],
    [monthText, 'Month'],
    [yearText, 'Year'],
  ] as const) {
    if (text.includes('?')) {
      return `${name} does not allow ?; only Day-of-month and Day-of-week do.`;
    }
  }
  const minutes = parseNumericField(minuteText, MINUTES);
  const hours = parseNumericField(hourText, HOURS);
  const dayOfMonth = parseDayOfMonth(domText);
  const months = parseNumericField(monthText, MONTH);
  const dayOfWeek = parseDayOfWeek(dowText);
  const years = parseNumericField(yearText, YEAR);
  for (const part of [minutes, hours, dayOfMonth, months, dayOfWeek, years]) {
    if (typeof part === 'string') {
      return part;
    }
  }

  return {
    kind: 'cron',
    minutes: minutes as Set<number>,
    hours: hours as Set<number>,
    dayOfMonth: dayOfMonth as DayOfMonthSpec,
    months: months as Set<number>,
    dayOfWeek: dayOfWeek as DayOfWeekSpec,
    years: years as Set<number>,
  };
}
