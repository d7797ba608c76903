import { headerValues, type HttpRequest } from '../http/request';
import type { RunEnvironment } from '../run/types';
import { createRunEnvironment } from '../run/environment';
import { encodeRequestBody } from './body-encoding';
import {
  DEFAULT_CLIENT_IP,
  DEFAULT_TARGET_GROUP_ARN,
  type AlbRequestEvent,
} from './event-types';
import { splitQuery } from './query';
import { forwardedTraceId } from './trace-id';

/** Load balancer and target group settings that shape the event. */
export interface AlbEventOptions {
  /** Target group ARN; DEFAULT_TARGET_GROUP_ARN when absent. */
  targetGroupArn?: string;
  /** Target group attribute `lambda.multi_value_headers.enabled`. */
  multiValueHeaders?: boolean;
  /** Client address appended to X-Forwarded-For. */
  clientIp?: string;
  /** Listener port, sent in X-Forwarded-Port; 80, or 443 for HTTPS. */
  listenerPort?: number;
  /** Listener protocol, sent in X-Forwarded-Proto. */
  listenerProtocol?: 'HTTP' | 'HTTPS';
  /** Forwarded X-Amzn-Trace-Id value; generated from `env` when absent. */
  traceId?: string;
  /** Clock and randomness for the trace id; a fixed seed when absent. */
  env?: RunEnvironment;
}

/** Returns the request's headers as the load balancer forwards them, in order. */
export function forwardedHeaders(
  request: HttpRequest,
  options: AlbEventOptions,
): [name: string, value: string][] {
  const protocol = options.listenerProtocol ?? 'HTTP';
  const port = options.listenerPort ?? (protocol === 'HTTPS' ? 443 : 80);
  const clientIp = options.clientIp ?? DEFAULT_CLIENT_IP;
  const replaced = new Set([
    'x-amzn-trace-id',
    'x-forwarded-for',
    'x-forwarded-port',
    'x-forwarded-proto',
  ]);
  const headers: [string, string][] = request.headers
    .map(([name, value]): [string, string] => [name.toLowerCase(), value])
    .filter(([name]) => !replaced.has(name));

  // The load balancer appends the client address to an incoming
  // X-Forwarded-For (the default `append` processing mode).
  const incomingFor = headerValues(request, 'x-forwarded-for');
  const forwardedFor = [...incomingFor, clientIp].join(', ');
  const traceId =
    options.traceId ??
    forwardedTraceId(
      headerValues(request, 'x-amzn-trace-id').at(-1),
      options.env ?? createRunEnvironment({ seed: 1, startMs: 0 }),
    );
  headers.push(
    ['x-amzn-trace-id', traceId],
    ['x-forwarded-for', forwardedFor],
    ['x-forwarded-port', String(port)],
    ['x-forwarded-proto', protocol.toLowerCase()],
  );

  // The events AWS publishes list header names in sorted order; a stable
  // sort keeps repeated headers in the order sent.
  return headers.sort(([left], [right]) => compareCodePoints(left, right));
}

/** Orders strings by code point, as the published events do, not by locale. */
function compareCodePoints(left: string, right: string): number {
  if (left < right) {
    return -1;
  }

  return left > right ? 1 : 0;
}

/** Collects pairs into a map keeping the last value of each key. */
function lastValues(pairs: [string, string][]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [key, value] of pairs) {
    map[key] = value;
  }

  return map;
}

/** Collects pairs into a map of arrays in the order received. */
function allValues(pairs: [string, string][]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const [key, value] of pairs) {
    (map[key] ??= []).push(value);
  }

  return map;
}

/**
 * Builds the event an Application Load Balancer sends to a Lambda target for
 * `request`, in single-value or multi-value mode, with query strings not
 * decoded and the body base64-encoded where the load balancer encodes it.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export function buildAlbEvent(
  request: HttpRequest,
  options: AlbEventOptions = {},
): AlbRequestEvent {
  const query = splitQuery(request.rawQuery).map(
    ({ key, value }): [string, string] => [key, value],
  );
  const headers = forwardedHeaders(request, options);
  const requestContext = {
    elb: { targetGroupArn: options.targetGroupArn ?? DEFAULT_TARGET_GROUP_ARN },
  };
  const { body, isBase64Encoded } = encodeRequestBody(request);

  if (options.multiValueHeaders) {
    return {
      requestContext,
      httpMethod: request.method,
      path: request.path,
      multiValueQueryStringParameters: allValues(query),
      multiValueHeaders: allValues(headers),
      body,
      isBase64Encoded,
    };
  }

  return {
    requestContext,
    httpMethod: request.method,
    path: request.path,
    queryStringParameters: lastValues(query),
    headers: lastValues(headers),
    body,
    isBase64Encoded,
  };
}
