import { buildScheduledEvent, ruleNameProblem } from '../../engine/eventbridge';
import { noPositionals, parseCommandArgs, requireOption } from '../args';
import { usageError } from '../errors';
import { printJson } from '../output';
import { EVENT_CONTEXT_OPTIONS, readEventContext } from './event-eventbridge';

const COMMAND = 'event schedule';

/** Parses an ISO-8601 date-time with a zone, such as 2024-01-01T09:00:00Z. */
export function parseIsoTime(
  command: string,
  flag: string,
  text: string,
): number {
  const time =
    /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(text)
      ? Date.parse(text)
      : Number.NaN;
  if (Number.isNaN(time)) {
    throw usageError(
      `${flag} must be an ISO-8601 time with a zone, such as 2024-01-01T09:00:00Z, got "${text}" for "${command}".`,
    );
  }

  return time;
}

/**
 * `event schedule --rule NAME --time ISO-8601 [--seed N] [--region R]
 * [--account ID]`: prints the event a scheduled rule delivers at that time.
 */
export function runEventSchedule(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    rule: { type: 'string' },
    time: { type: 'string' },
    ...EVENT_CONTEXT_OPTIONS,
  });
  noPositionals(COMMAND, positionals);
  const ruleName = requireOption(COMMAND, values.rule, '--rule NAME');
  const problem = ruleNameProblem(ruleName);
  if (problem !== undefined) {
    throw usageError(`${problem} (--rule for "${COMMAND}")`);
  }
  const time = parseIsoTime(
    COMMAND,
    '--time',
    requireOption(COMMAND, values.time, '--time ISO-8601'),
  );
  const context = readEventContext(COMMAND, values);
  printJson(buildScheduledEvent(ruleName, time, context));

  return 0;
}
