import type { InvocationRecord } from '../lambda/invocation';
import { statusText } from '../http/status';
import type { ClientResponse } from '../run/types';
import {
  base64ToBytes,
  bytesToBase64,
  isValidUtf8,
  utf8Bytes,
  utf8Text,
} from '../util/base64';
import { albErrorResponse, httpDate } from './error-page';
import { MAX_LAMBDA_RESPONSE_BYTES } from './limits';

/** Reason the load balancer turned a function's result into its own error. */
export type AlbLambdaErrorReason =
  | 'LambdaInvalidResponse'
  | 'LambdaUnhandled'
  | 'LambdaResponseTooLarge';

/** The client response for one invocation, and the access-log reason on failure. */
export interface AlbResponseMapping {
  response: ClientResponse;
  /** Access-log `error_reason`; absent when the function's response was used. */
  errorReason?: AlbLambdaErrorReason;
  /** One line on what was wrong with the function's result. */
  detail?: string;
}

// Hop-by-hop headers (RFC 9110 section 7.6.1) are not forwarded, and the load
// balancer computes Content-Length itself.
const DROPPED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
]);

type Validation<T> = { ok: true; value: T } | { ok: false; detail: string };

function describe(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }

  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `${typeof value} ${JSON.stringify(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readHeaders(
  document: Record<string, unknown>,
  multiValue: boolean,
): Validation<[string, string][]> {
  const headers: [string, string][] = [];
  if (multiValue) {
    // "You must use multiValueHeaders if you have enabled multi-value headers
    // and headers otherwise", so only that field is read:
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#multi-value-headers
    // NOTE: AWS does not say what happens to a `headers` field here; it is
    // ignored, as multiValueHeaders is when the setting is off.
    const map = document.multiValueHeaders;
    if (map === undefined) {
      return { ok: true, value: headers };
    }
    if (!isRecord(map)) {
      return { ok: false, detail: `multiValueHeaders must be an object, not ${describe(map)}` };
    }
    for (const [name, values] of Object.entries(map)) {
      if (!Array.isArray(values) || values.some((value) => typeof value !== 'string')) {
        return {
          ok: false,
          detail: `multiValueHeaders["${name}"] must be an array of strings, not ${describe(values)}`,
        };
      }
      for (const value of values as string[]) {
        headers.push([name, value]);
      }
    }
    return { ok: true, value: headers };
  }

  const map = document.headers;
  if (map === undefined) {
    return { ok: true, value: headers };
  }
  if (!isRecord(map)) {
    return { ok: false, detail: `headers must be an object, not ${describe(map)}` };
  }
  for (const [name, value] of Object.entries(map)) {
    if (typeof value !== 'string') {
      return {
        ok: false,
        detail: `headers["${name}"] must be a string, not ${describe(value)}`,
      };
    }
    headers.push([name, value]);
  }

  return { ok: true, value: headers };
}

function readBody(
  document: Record<string, unknown>,
): Validation<{ bytes: Uint8Array }> {
  const { body, isBase64Encoded } = document;
  if (isBase64Encoded !== undefined && typeof isBase64Encoded !== 'boolean') {
    return { ok: false, detail: `isBase64Encoded must be true or false, not ${describe(isBase64Encoded)}` };
  }
  if (body === undefined) {
    return { ok: true, value: { bytes: new Uint8Array() } };
  }
  if (typeof body !== 'string') {
    return { ok: false, detail: `body must be a string, not ${describe(body)}; use JSON.stringify for objects` };
  }
  if (!isBase64Encoded) {
    return { ok: true, value: { bytes: utf8Bytes(body) } };
  }
  // NOTE: AWS does not document what happens to invalid base64 with
  // isBase64Encoded true; it is treated as a malformed response.
  const bytes = base64ToBytes(body);
  if (!bytes) {
    return { ok: false, detail: 'isBase64Encoded is true but body is not valid base64' };
  }

  return { ok: true, value: { bytes } };
}

/** Validates a function's response document as the load balancer does. */
export function validateAlbResponse(
  payload: unknown,
  multiValue: boolean,
): Validation<{
  statusCode: number;
  statusText: string;
  headers: [string, string][];
  bytes: Uint8Array;
}> {
  if (!isRecord(payload)) {
    return { ok: false, detail: `the function returned ${describe(payload)}; return an object with statusCode` };
  }
  const { statusCode, statusDescription } = payload;
  if (statusCode === undefined) {
    return { ok: false, detail: 'statusCode is missing; return an object such as { statusCode: 200, body: "..." }' };
  }
  // NOTE: AWS documents statusCode as an integer HTTP status; a numeric
  // string or a code outside 100–599 is treated as malformed.
  if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599) {
    return { ok: false, detail: `statusCode must be an integer from 100 to 599, not ${describe(statusCode)}` };
  }
  if (statusDescription !== undefined && typeof statusDescription !== 'string') {
    return { ok: false, detail: `statusDescription must be a string such as "200 OK", not ${describe(statusDescription)}` };
  }
  const headers = readHeaders(payload, multiValue);
  if (!headers.ok) {
    return headers;
  }
  const body = readBody(payload);
  if (!body.ok) {
    return body;
  }
  const description =
    typeof statusDescription === 'string'
      ? statusDescription.replace(new RegExp(`^${statusCode}\\s*`), '')
      : statusText(statusCode);

  return {
    ok: true,
    value: {
      statusCode,
      statusText: description,
      headers: headers.value,
      bytes: body.value.bytes,
    },
  };
}

/** Describes a function error for the run's message, naming its errorType. */
function functionErrorDetail(payload: unknown): string {
  const errorType = isRecord(payload) ? payload.errorType : undefined;
  const errorMessage = isRecord(payload) ? payload.errorMessage : undefined;
  if (errorType === 'Function.ResponseSizeTooLarge') {
    return (
      "the function's response exceeded Lambda's 6 MB limit for synchronous invocations " +
      '(Function.ResponseSizeTooLarge), so Lambda returned an error instead; ' +
      'return a smaller body (the load balancer accepts at most 1 MB)'
    );
  }
  if (typeof errorType !== 'string') {
    return 'the function raised an error instead of returning a response';
  }
  const message = typeof errorMessage === 'string' ? `: ${errorMessage}` : '';

  return `the function raised an error (${errorType}${message}) instead of returning a response`;
}

/** Builds the client response from a validated function response. */
function clientResponse(
  valid: { statusCode: number; statusText: string; headers: [string, string][]; bytes: Uint8Array },
  nowMs: number,
): ClientResponse {
  const headers: [string, string][] = [['Date', httpDate(nowMs)]];
  for (const [name, value] of valid.headers) {
    if (!DROPPED_HEADERS.has(name.toLowerCase())) {
      headers.push([name, value]);
    }
  }
  headers.push(['Content-Length', String(valid.bytes.length)]);
  const text = isValidUtf8(valid.bytes);

  return {
    statusCode: valid.statusCode,
    statusText: valid.statusText,
    headers,
    body: text ? utf8Text(valid.bytes) : bytesToBase64(valid.bytes),
    ...(text ? {} : { bodyIsBase64: true }),
  };
}

/**
 * Maps an invocation to what the client receives through the load balancer:
 * the function's response, or a 502 with the access-log reason when the
 * function failed, timed out, or returned something malformed or over 1 MB.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#respond-to-load-balancer
 */
export function mapAlbResponse(
  record: InvocationRecord,
  options: { multiValueHeaders: boolean; nowMs: number },
): AlbResponseMapping {
  const failed = (errorReason: AlbLambdaErrorReason, detail: string) => ({
    response: albErrorResponse(502, options.nowMs),
    errorReason,
    detail,
  });
  if (record.outcome === 'timeout') {
    // NOTE: AWS lists a function timeout under 502 without naming a reason
    // code; Lambda reports a timeout as an unhandled function error.
    return failed('LambdaUnhandled', 'the function timed out before returning a response');
  }
  if (record.outcome !== 'success') {
    // NOTE: AWS names no reason code for a response over Lambda's 6 MB limit;
    // Lambda returns it as a function error, so it is LambdaUnhandled here.
    return failed('LambdaUnhandled', functionErrorDetail(record.payload));
  }
  const size = utf8Bytes(JSON.stringify(record.payload) ?? '').length;
  if (size > MAX_LAMBDA_RESPONSE_BYTES) {
    return failed(
      'LambdaResponseTooLarge',
      `the response JSON is ${size} bytes; the load balancer accepts at most 1 MB (${MAX_LAMBDA_RESPONSE_BYTES} bytes)`,
    );
  }
  const valid = validateAlbResponse(record.payload, options.multiValueHeaders);
  if (!valid.ok) {
    return failed('LambdaInvalidResponse', valid.detail);
  }

  return { response: clientResponse(valid.value, options.nowMs) };
}
