import { headerValue, headerValues, type HttpRequest } from '../http/request';
import type { ClientResponse } from '../run/types';
import { utf8Bytes } from '../util/base64';
import { decodeQuery } from './query';

/** One cached method response. */
export interface CacheEntry {
  response: ClientResponse;
  expiresAtMs: number;
}

/** Largest response the cache stores: 1,048,576 bytes. */
export const MAX_CACHED_RESPONSE_BYTES = 1_048_576;

/** Reads a `method.request.LOCATION.NAME` parameter from a request. */
export function requestParameter(
  key: string,
  request: HttpRequest,
  pathParameters: Record<string, string>,
): string | undefined {
  const match = /^method\.request\.(querystring|header|path|multivaluequerystring|multivalueheader)\.(.+)$/.exec(key);
  const [, location, name] = match ?? [];
  if (!location || !name) {
    return undefined;
  }
  if (location === 'path') {
    return pathParameters[name];
  }
  if (location === 'header') {
    return headerValue(request, name);
  }
  if (location === 'multivalueheader') {
    const values = headerValues(request, name);
    return values.length > 0 ? values.join(',') : undefined;
  }
  const values = decodeQuery(request.rawQuery)
    .filter((parameter) => parameter.name === name)
    .map((parameter) => parameter.value);
  if (values.length === 0) {
    return undefined;
  }

  return location === 'querystring' ? values.at(-1) : values.join(',');
}

/**
 * Builds a cache key from the method, the stage-relative path and the
 * values of the cache key parameters only, so parameters left out of the
 * key share one entry.
 * NOTE: path values always split entries here; AWS documents only that the
 * selected cache key parameters do.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
export function cacheKey(
  method: string,
  path: string,
  keyParameters: readonly string[],
  request: HttpRequest,
  pathParameters: Record<string, string>,
): string {
  const parts = [...keyParameters]
    .sort()
    .map((key) => `${key}=${requestParameter(key, request, pathParameters) ?? ''}`);

  return [method, path, ...parts].join('\n');
}

/** Tells whether a response fits in the cache. */
export function isCacheable(response: ClientResponse): boolean {
  return response.statusCode < 500 && utf8Bytes(response.body).length <= MAX_CACHED_RESPONSE_BYTES;
}

/** Tells whether the client asks to bypass and refresh the entry (`Cache-Control: max-age=0`). */
export function wantsRefresh(request: HttpRequest): boolean {
  return /(^|,)\s*max-age=0\s*(,|$)/i.test(headerValue(request, 'cache-control') ?? '');
}
