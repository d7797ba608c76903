import { statusText } from '../http/status';
import type { ClientResponse } from '../run/types';
import { base64ToBytes, bytesToBase64 } from '../util/base64';
import { readStatusCode, type ProxyResponseMapping } from './proxy-response-v1';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function inferredResponse(payload: unknown): ClientResponse {
  // NOTE: a bare string is sent without its JSON quotes, as the format 2.0
  // rules describe "the response from a Lambda function" as the body.
  const body = typeof payload === 'string' ? payload : (JSON.stringify(payload) ?? 'null');

  return {
    statusCode: 200,
    statusText: statusText(200),
    headers: [['content-type', 'application/json']],
    body,
  };
}

/**
 * Maps a payload format 2.0 function result to the client response. Valid
 * JSON without `statusCode` is inferred as status 200 with the value as a
 * JSON body. Otherwise `statusCode`, `headers`, `cookies`, `body` and
 * `isBase64Encoded` are read, each cookie becomes its own `set-cookie`
 * header, `isBase64Encoded: true` is always decoded, and
 * `multiValueHeaders` is ignored.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
export function mapProxyResponseV2(payload: unknown): ProxyResponseMapping {
  if (!isRecord(payload) || payload.statusCode === undefined) {
    return { ok: true, response: inferredResponse(payload) };
  }
  const statusCode = readStatusCode(payload.statusCode);
  if (typeof statusCode === 'string') {
    return { ok: false, detail: statusCode };
  }
  const { headers = {}, cookies = [], body = '', isBase64Encoded = false } = payload;
  if (headers !== null && !isRecord(headers)) {
    return { ok: false, detail: 'headers must be an object of strings' };
  }
  if (cookies !== null && (!Array.isArray(cookies) || cookies.some((cookie) => typeof cookie !== 'string'))) {
    return { ok: false, detail: 'cookies must be an array of strings' };
  }
  if (body !== null && typeof body !== 'string') {
    return { ok: false, detail: `body must be a string, not ${Array.isArray(body) ? 'an array' : typeof body}; use JSON.stringify` };
  }
  const list: [string, string][] = Object.entries(headers ?? {}).map(([name, value]) => [
    name,
    String(value),
  ]);
  for (const cookie of (cookies ?? []) as string[]) {
    list.push(['set-cookie', cookie]);
  }
  if (!list.some(([name]) => name.toLowerCase() === 'content-type')) {
    list.push(['content-type', 'application/json']);
  }
  const response: ClientResponse = {
    statusCode,
    statusText: statusText(statusCode),
    headers: list,
    body: body ?? '',
  };
  if (isBase64Encoded === true && typeof body === 'string') {
    const bytes = base64ToBytes(body);
    if (!bytes) {
      return { ok: false, detail: 'isBase64Encoded is true but body is not valid base64' };
    }
    response.body = bytesToBase64(bytes);
    response.bodyIsBase64 = true;
  }

  return { ok: true, response };
}
