import { buildAlbEvent } from '../../engine/alb';
import {
  noPositionals,
  parseCommandArgs,
  parseSeed,
  requireOption,
} from '../args';
import { createRunEnvironment } from '../environment';
import { readHttpRequestFile } from '../http-request';
import { printJson } from '../output';

const COMMAND = 'event alb';

/**
 * `event alb --request FILE [--multi-value-headers] [--seed N]`: prints the
 * event a load balancer sends to a Lambda target for a raw HTTP request.
 */
export function runEventAlb(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    request: { type: 'string' },
    'multi-value-headers': { type: 'boolean', default: false },
    seed: { type: 'string' },
  });
  noPositionals(COMMAND, positionals);
  const requestPath = requireOption(COMMAND, values.request, '--request FILE');
  const seed = parseSeed(COMMAND, values.seed);

  const request = readHttpRequestFile(requestPath);
  const event = buildAlbEvent(request, {
    multiValueHeaders: values['multi-value-headers'],
    env: createRunEnvironment(seed),
  });
  printJson(event);

  return 0;
}
