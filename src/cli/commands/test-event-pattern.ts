import {
  INVALID_EVENT_MESSAGE,
  matchCompiledPattern,
  compileEventPattern,
  EventPatternError,
  testEventProblem,
} from '../../engine/eventbridge';
import { noPositionals, parseCommandArgs, requireOption } from '../args';
import { errorMessage, inputError } from '../errors';
import { readJsonFile, readTextFile } from '../files';
import { printResult } from '../output';

const COMMAND = 'test-event-pattern';

function readPattern(path: string): unknown {
  const text = readTextFile(path, 'Event pattern file');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError(
      `${path}: Event pattern is not valid. Reason: ${errorMessage(error)}`,
    );
  }
}

/**
 * `test-event-pattern --event-pattern FILE --event FILE`: prints
 * `{"Result": true}` or `{"Result": false}` as EventBridge's TestEventPattern
 * does; an invalid pattern exits 1 with EventBridge's reason.
 */
export function runTestEventPattern(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    'event-pattern': { type: 'string' },
    event: { type: 'string' },
  });
  noPositionals(COMMAND, positionals);
  const patternPath = requireOption(
    COMMAND,
    values['event-pattern'],
    '--event-pattern FILE',
  );
  const eventPath = requireOption(COMMAND, values.event, '--event FILE');

  let compiled;
  try {
    compiled = compileEventPattern(readPattern(patternPath));
  } catch (error) {
    if (error instanceof EventPatternError) {
      throw inputError(`${patternPath}: ${error.message}`);
    }
    throw error;
  }
  const event = readJsonFile(eventPath, 'Event file');
  const problem = testEventProblem(event);
  if (problem !== undefined) {
    throw inputError(
      `${eventPath}: ${INVALID_EVENT_MESSAGE} Reason: ${problem}`,
    );
  }
  printResult(`{"Result": ${matchCompiledPattern(compiled, event)}}`);

  return 0;
}
