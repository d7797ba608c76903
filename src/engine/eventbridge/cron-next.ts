/**
 * Firing times of a parsed cron schedule, in UTC. Days are walked one at a
 * time, so even a schedule that fires once in years costs at most the
 * ~84,000 days up to the last allowed year, 2199.
 */
import type {
  CronSchedule,
  DayOfMonthSpec,
  DayOfWeekSpec,
} from './schedule-types';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const LAST_YEAR = 2199;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day of the week, 1 = Sunday to 7 = Saturday, as cron numbers it. */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

/** Returns the weekday (Monday to Friday) nearest to `day`, within the month. */
function nearestWeekday(
  year: number,
  month: number,
  day: number,
): number | undefined {
  const lastDay = daysInMonth(year, month);
  if (day > lastDay) {
    return undefined;
  }
  const weekday = weekdayOf(year, month, day);
  if (weekday === 7) {
    return day === 1 ? 3 : day - 1;
  }
  if (weekday === 1) {
    return day === lastDay ? day - 2 : day + 1;
  }

  return day;
}

function matchesDayOfMonth(
  spec: DayOfMonthSpec,
  year: number,
  month: number,
  day: number,
) {
  switch (spec.kind) {
    case 'any':
      return true;
    case 'days':
      return spec.days.has(day);
    case 'last':
      return day === daysInMonth(year, month);
    case 'nearest-weekday':
      return nearestWeekday(year, month, spec.day) === day;
  }
}

function matchesDayOfWeek(
  spec: DayOfWeekSpec,
  year: number,
  month: number,
  day: number,
) {
  const weekday = weekdayOf(year, month, day);
  switch (spec.kind) {
    case 'any':
      return true;
    case 'days':
      return spec.days.has(weekday);
    case 'last-of-month':
      return weekday === spec.weekday && day + 7 > daysInMonth(year, month);
    case 'nth':
      return weekday === spec.weekday && Math.ceil(day / 7) === spec.nth;
  }
}

/**
 * Returns up to `count` firing times (epoch ms) strictly after `fromMs`,
 * fewer when the schedule's years run out.
 */
export function nextCronFirings(
  schedule: CronSchedule,
  fromMs: number,
  count: number,
): number[] {
  const firings: number[] = [];
  const minutes = [...schedule.minutes].sort((a, b) => a - b);
  const hours = [...schedule.hours].sort((a, b) => a - b);
  const earliest = Math.floor(fromMs / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
  let dayStart = Math.floor(earliest / DAY_MS) * DAY_MS;

  while (firings.length < count) {
    const date = new Date(dayStart);
    const year = date.getUTCFullYear();
    if (year > LAST_YEAR) {
      break;
    }
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const dayMatches =
      schedule.years.has(year) &&
      schedule.months.has(month) &&
      matchesDayOfMonth(schedule.dayOfMonth, year, month, day) &&
      matchesDayOfWeek(schedule.dayOfWeek, year, month, day);
    for (const hour of dayMatches ? hours : []) {
      for (const minute of minutes) {
        const time = dayStart + hour * 3_600_000 + minute * MINUTE_MS;
        if (time >= earliest && firings.length < count) {
          firings.push(time);
        }
      }
    }
    dayStart += DAY_MS;
  }

  return firings;
}
