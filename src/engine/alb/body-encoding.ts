import { headerValue, type HttpRequest } from '../http/request';
import { bytesToBase64, utf8Text } from '../util/base64';

const TEXT_TYPES = new Set([
  'application/json',
  'application/javascript',
  'application/xml',
]);

/** Returns the media type of a Content-Type value, lowercased, without parameters. */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Tells whether the load balancer sends a request body base64-encoded: always
 * with Content-Encoding, otherwise unless the type is text/*, JSON,
 * JavaScript or XML.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export function isBodyBase64(request: HttpRequest): boolean {
  if (request.body.length === 0) {
    return false;
  }
  if (headerValue(request, 'content-encoding') !== undefined) {
    return true;
  }
  const type = mediaType(headerValue(request, 'content-type'));

  return !(type.startsWith('text/') || TEXT_TYPES.has(type));
}

/** Returns the event's `body` and `isBase64Encoded` for a request. */
export function encodeRequestBody(request: HttpRequest): {
  body: string;
  isBase64Encoded: boolean;
} {
  if (isBodyBase64(request)) {
    return { body: bytesToBase64(request.body), isBase64Encoded: true };
  }

  return { body: utf8Text(request.body), isBase64Encoded: false };
}
