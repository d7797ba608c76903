import { mediaType } from '../alb/body-encoding';
import { headerValue, type HttpRequest } from '../http/request';
import { bytesToBase64, utf8Text } from '../util/base64';

/** Tells whether a media type matches an entry such as `image/*` or `*\/*`. */
export function mediaTypeMatches(type: string, pattern: string): boolean {
  const [wantedType, wantedSubtype] = pattern.trim().toLowerCase().split('/');
  const [actualType, actualSubtype] = type.split('/');
  if (wantedType === undefined || wantedSubtype === undefined) {
    return false;
  }

  return (
    (wantedType === '*' || wantedType === actualType) &&
    (wantedSubtype === '*' || wantedSubtype === actualSubtype)
  );
}

/**
 * Returns a REST proxy event's body: null when empty, base64 when the
 * Content-Type is one of the API's binary media types, UTF-8 text otherwise.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html
 */
export function restEventBody(
  request: HttpRequest,
  binaryMediaTypes: readonly string[],
): { body: string | null; isBase64Encoded: boolean } {
  if (request.body.length === 0) {
    return { body: null, isBase64Encoded: false };
  }
  const type = mediaType(headerValue(request, 'content-type'));
  if (type !== '' && binaryMediaTypes.some((pattern) => mediaTypeMatches(type, pattern))) {
    return { body: bytesToBase64(request.body), isBase64Encoded: true };
  }

  return { body: utf8Text(request.body), isBase64Encoded: false };
}

const TEXT_SUBTYPES = /(^|[+/.-])(json|xml|javascript|x-www-form-urlencoded)$/;

/**
 * Returns an HTTP API event's body: absent when empty, text for text types,
 * base64 otherwise. HTTP APIs infer the encoding from the Content-Type.
 * NOTE: AWS does not list the types it treats as text; text/*, JSON, XML,
 * JavaScript and form data are assumed, and no Content-Type counts as text.
 */
export function httpEventBody(
  request: HttpRequest,
): { body?: string; isBase64Encoded: boolean } {
  if (request.body.length === 0) {
    return { isBase64Encoded: false };
  }
  const type = mediaType(headerValue(request, 'content-type'));
  const isText = type === '' || type.startsWith('text/') || TEXT_SUBTYPES.test(type);
  if (!isText) {
    return { body: bytesToBase64(request.body), isBase64Encoded: true };
  }

  return { body: utf8Text(request.body), isBase64Encoded: false };
}
