import { buildCliProxyEvent } from '../../engine/apigateway/cli-event';
import { noPositionals, parseCommandArgs, parseSeed, requireOption } from '../args';
import { createRunEnvironment } from '../environment';
import { inputError } from '../errors';
import { readHttpRequestFile } from '../http-request';
import { printJson } from '../output';

const COMMAND = 'event apigw-rest';

/**
 * `event apigw-rest --request FILE --resource PATH [--seed N]`: prints the
 * REST API Lambda proxy event (payload 1.0) for a raw HTTP request matched
 * to a resource such as `/items/{id}`.
 */
export function runEventApigwRest(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    request: { type: 'string' },
    resource: { type: 'string' },
    seed: { type: 'string' },
  });
  noPositionals(COMMAND, positionals);
  const requestPath = requireOption(COMMAND, values.request, '--request FILE');
  const resource = requireOption(COMMAND, values.resource, '--resource PATH');
  const seed = parseSeed(COMMAND, values.seed);

  const request = readHttpRequestFile(requestPath);
  const event = buildCliProxyEvent(request, { api: 'REST', resource }, createRunEnvironment(seed));
  if (!event.ok) {
    throw inputError(`${event.error}.`);
  }
  printJson(event.value);

  return 0;
}
