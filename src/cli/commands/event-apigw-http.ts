import { buildCliProxyEvent } from '../../engine/apigateway/cli-event';
import { noPositionals, parseCommandArgs, parseSeed, requireOption } from '../args';
import { createRunEnvironment } from '../environment';
import { inputError, usageError } from '../errors';
import { readHttpRequestFile } from '../http-request';
import { printJson } from '../output';

const COMMAND = 'event apigw-http';

/**
 * `event apigw-http --request FILE --route "METHOD PATH" [--payload-version
 * 1.0] [--seed N]`: prints the HTTP API event (payload 2.0 by default) for a
 * raw HTTP request matched to a route such as `GET /items/{id}` or `$default`.
 */
export function runEventApigwHttp(args: string[]): number {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    request: { type: 'string' },
    route: { type: 'string' },
    'payload-version': { type: 'string', default: '2.0' },
    seed: { type: 'string' },
  });
  noPositionals(COMMAND, positionals);
  const requestPath = requireOption(COMMAND, values.request, '--request FILE');
  const route = requireOption(COMMAND, values.route, '--route "METHOD PATH"');
  const payloadVersion = values['payload-version'];
  if (payloadVersion !== '1.0' && payloadVersion !== '2.0') {
    throw usageError(`--payload-version must be 1.0 or 2.0, got "${payloadVersion}" for "${COMMAND}".`);
  }
  const seed = parseSeed(COMMAND, values.seed);

  const request = readHttpRequestFile(requestPath);
  const event = buildCliProxyEvent(request, { api: 'HTTP', route, payloadVersion }, createRunEnvironment(seed));
  if (!event.ok) {
    throw inputError(`${event.error}.`);
  }
  printJson(event.value);

  return 0;
}
