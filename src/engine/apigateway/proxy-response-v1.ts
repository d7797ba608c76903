import { headerValue, type HttpRequest } from '../http/request';
import { statusText } from '../http/status';
import type { ClientResponse } from '../run/types';
import { base64ToBytes, bytesToBase64 } from '../util/base64';
import { mediaTypeMatches } from './request-body';

/** A function result turned into a client response, or why it is malformed. */
export type ProxyResponseMapping =
  | { ok: true; response: ClientResponse }
  | { ok: false; detail: string };

const V1_KEYS = new Set(['isBase64Encoded', 'statusCode', 'headers', 'multiValueHeaders', 'body']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `statusCode`: a number or a numeric string; 200 when absent. */
export function readStatusCode(value: unknown): number | string {
  if (value === undefined) {
    return 200;
  }
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  // NOTE: AWS does not document the accepted range; 100–599 is assumed.
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 100 || number > 599) {
    return `statusCode must be an integer from 100 to 599 or a numeric string, not ${JSON.stringify(value)}`;
  }

  return number;
}

function headerText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value;
  }
  // Numbers and booleans are sent as their text, for example `true`.
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }

  return undefined;
}

/** Merges `headers` and `multiValueHeaders`; a shared name gets the multi values first. */
function mergeHeaders(
  single: Record<string, unknown>,
  multi: Record<string, unknown[]>,
): [string, string][] | string {
  const merged = new Map<string, { name: string; values: string[] }>();
  for (const [name, values] of Object.entries(multi)) {
    const texts = values.map(headerText);
    if (texts.some((text) => text === undefined)) {
      return `multiValueHeaders.${name} must hold strings, numbers or booleans`;
    }
    merged.set(name.toLowerCase(), { name, values: texts as string[] });
  }
  for (const [name, value] of Object.entries(single)) {
    const text = headerText(value);
    if (text === undefined) {
      return `headers.${name} must be a string, number or boolean, not ${JSON.stringify(value)}`;
    }
    const existing = merged.get(name.toLowerCase());
    if (existing) {
      existing.values.push(text);
    } else {
      merged.set(name.toLowerCase(), { name, values: [text] });
    }
  }

  return [...merged.values()].map(({ name, values }): [string, string] => [name, values.join(', ')]);
}

/**
 * Tells whether API Gateway decodes a base64 body: only when the request's
 * first Accept type is one of the API's binary media types.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html
 */
export function acceptsBinary(request: HttpRequest, binaryMediaTypes: readonly string[]): boolean {
  const first = headerValue(request, 'accept')?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  if (!first) {
    return false;
  }

  return binaryMediaTypes.some(
    (pattern) => mediaTypeMatches(first, pattern) || mediaTypeMatches(pattern.toLowerCase(), first),
  );
}

/**
 * Maps a payload format 1.0 function result to the client response, with
 * the REST proxy validation rules: only the five known keys, `statusCode`
 * optional (200) and numeric strings accepted, `multiValueHeaders` values
 * arrays, `body` a string, and `Content-Type: application/json` by default.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
export function mapProxyResponseV1(
  payload: unknown,
  request: HttpRequest,
  binaryMediaTypes: readonly string[],
): ProxyResponseMapping {
  if (!isRecord(payload)) {
    return { ok: false, detail: `the function returned ${JSON.stringify(payload) ?? 'undefined'}, not an object with statusCode, headers and body` };
  }
  const keys = Object.keys(payload);
  if (keys.length === 0) {
    return { ok: false, detail: 'the function returned an empty object; return at least statusCode' };
  }
  const unknown = keys.find((key) => !V1_KEYS.has(key));
  if (unknown !== undefined) {
    return { ok: false, detail: `unknown key "${unknown}"; only statusCode, headers, multiValueHeaders, body and isBase64Encoded are allowed` };
  }
  const statusCode = readStatusCode(payload.statusCode);
  if (typeof statusCode === 'string') {
    return { ok: false, detail: statusCode };
  }
  const { headers = null, multiValueHeaders = null, body = null, isBase64Encoded = false } = payload;
  if (headers !== null && !isRecord(headers)) {
    return { ok: false, detail: 'headers must be an object of strings' };
  }
  if (multiValueHeaders !== null && !isRecord(multiValueHeaders)) {
    return { ok: false, detail: 'multiValueHeaders must be an object of arrays' };
  }
  const multi = (multiValueHeaders ?? {}) as Record<string, unknown>;
  const notArray = Object.keys(multi).find((name) => !Array.isArray(multi[name]));
  if (notArray !== undefined) {
    return { ok: false, detail: `multiValueHeaders.${notArray} must be an array` };
  }
  if (body !== null && typeof body !== 'string') {
    return { ok: false, detail: `body must be a string, not ${Array.isArray(body) ? 'an array' : typeof body}; use JSON.stringify` };
  }
  if (typeof isBase64Encoded !== 'boolean') {
    return { ok: false, detail: 'isBase64Encoded must be true or false' };
  }
  const merged = mergeHeaders(headers ?? {}, multi as Record<string, unknown[]>);
  if (typeof merged === 'string') {
    return { ok: false, detail: merged };
  }
  if (!merged.some(([name]) => name.toLowerCase() === 'content-type')) {
    merged.push(['Content-Type', 'application/json']);
  }
  const response: ClientResponse = {
    statusCode,
    statusText: statusText(statusCode),
    headers: merged,
    body: body ?? '',
  };
  if (isBase64Encoded && body !== null && acceptsBinary(request, binaryMediaTypes)) {
    const bytes = base64ToBytes(body);
    if (bytes) {
      response.body = bytesToBase64(bytes);
      response.bodyIsBase64 = true;
    }
  }

  return { ok: true, response };
}
