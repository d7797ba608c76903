import {
  INVALID_SCHEDULE_MESSAGE,
  formatEventTime,
  nextFirings,
  parseScheduleExpression,
} from '../../engine/eventbridge';
import { onePositional, parseCommandArgs } from '../args';
import { inputError, usageError } from '../errors';
import { printResult } from '../output';
import { parseIsoTime } from './event-schedule';

const COMMAND = 'schedule-next';
const DEFAULT_COUNT = 5;
const MAX_COUNT = 10_000;

function parseCount(text: string | undefined): number {
  if (text === undefined) {
    return DEFAULT_COUNT;
  }
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1 || count > MAX_COUNT) {
    throw usageError(
      `--count must be a whole number from 1 to ${MAX_COUNT}, got "${text}" for "${COMMAND}".`,
    );
  }

  return count;
}

/**
 * `schedule-next EXPRESSION [--count N] [--from ISO-8601]`: prints the next
 * firing times of a rate() or cron() expression, UTC, one per line. Firings
 * fall strictly after --from, which defaults to now.
 */
export function runScheduleNext(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    count: { type: 'string' },
    from: { type: 'string' },
  });
  if (positionals.length > 1) {
    throw usageError(
      `"${COMMAND}" takes one EXPRESSION; quote it, as in ${COMMAND} "${positionals.join(' ')}".`,
    );
  }
  const expression = onePositional(
    COMMAND,
    positionals,
    'an EXPRESSION such as "rate(5 minutes)"',
  );
  const count = parseCount(values.count);
  const from =
    values.from === undefined
      ? Date.now()
      : parseIsoTime(COMMAND, '--from', values.from);

  const parsed = parseScheduleExpression(expression);
  if (!parsed.ok) {
    throw inputError(`${INVALID_SCHEDULE_MESSAGE} Reason: ${parsed.reason}`);
  }
  const firings = nextFirings(parsed.value, from, count);
  if (firings.length === 0) {
    process.stderr.write(
      `"${expression}" never fires after ${formatEventTime(from)}.\n`,
    );
    return 0;
  }
  printResult(firings.map(formatEventTime).join('\n'));

  return 0;
}
