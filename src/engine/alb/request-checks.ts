import { headerValue, headerValues, type HttpRequest } from '../http/request';
import { isValidUtf8, utf8Bytes } from '../util/base64';
import { isBodyBase64 } from './body-encoding';
import {
  MAX_ALL_HEADERS_BYTES,
  MAX_HEADER_BYTES,
  MAX_LAMBDA_REQUEST_BODY_BYTES,
  MAX_REQUEST_LINE_BYTES,
  MAX_X_FORWARDED_FOR_ADDRESSES,
} from './limits';

/** Response the load balancer returns itself, before or instead of invoking. */
export interface AlbRejection {
  statusCode: number;
  /** Access-log `error_reason`, where AWS defines one. */
  errorReason?: string;
  message: string;
}

// Status codes of the load balancer's own errors:
// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html

/** Counts the addresses in every X-Forwarded-For header, comma-separated. */
function countForwardedAddresses(request: HttpRequest): number {
  return headerValues(request, 'x-forwarded-for')
    .flatMap((value) => value.split(','))
    .filter((address) => address.trim() !== '').length;
}

/**
 * Checks what the load balancer rejects before routing: size limits, Host,
 * TRACE and an X-Forwarded-For header with too many addresses.
 */
export function checkIncomingRequest(request: HttpRequest): AlbRejection | undefined {
  const lineBytes = utf8Bytes(request.requestLine).length;
  if (lineBytes > MAX_REQUEST_LINE_BYTES) {
    return {
      statusCode: 400,
      message: `The request line is ${lineBytes} bytes; the load balancer accepts at most 16 KB (${MAX_REQUEST_LINE_BYTES} bytes). Shorten the URL or move data into the body.`,
    };
  }
  let total = 0;
  for (const [name, value] of request.headers) {
    const size = utf8Bytes(`${name}: ${value}`).length;
    total += size;
    if (size > MAX_HEADER_BYTES) {
      return {
        statusCode: 400,
        message: `Header ${name} is ${size} bytes; the load balancer accepts at most 16 KB (${MAX_HEADER_BYTES} bytes) per header.`,
      };
    }
  }
  if (total > MAX_ALL_HEADERS_BYTES) {
    return {
      statusCode: 400,
      message: `The request headers total ${total} bytes; the load balancer accepts at most 64 KB (${MAX_ALL_HEADERS_BYTES} bytes).`,
    };
  }
  if (request.httpVersion === 'HTTP/1.1' && !request.host) {
    return {
      statusCode: 400,
      message: 'The request has no Host header, which HTTP/1.1 requires; add a line such as Host: example.com.',
    };
  }
  if (request.method === 'TRACE') {
    return {
      statusCode: 405,
      message: 'Application Load Balancers respond to TRACE with 405 Method Not Allowed; use another method.',
    };
  }
  const forwarded = countForwardedAddresses(request);
  if (forwarded > MAX_X_FORWARDED_FOR_ADDRESSES) {
    return {
      statusCode: 463,
      message: `X-Forwarded-For lists ${forwarded} IP addresses; the load balancer rejects more than ${MAX_X_FORWARDED_FOR_ADDRESSES} with 463. Remove addresses from the header.`,
    };
  }

  return undefined;
}

/**
 * Checks what the load balancer rejects for a Lambda target before invoking:
 * WebSocket upgrades, bodies over 1 MB, and header values or a text body
 * that are not UTF-8.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 */
export function checkLambdaRequest(request: HttpRequest): AlbRejection | undefined {
  if (headerValue(request, 'upgrade')?.toLowerCase() === 'websocket') {
    return {
      statusCode: 400,
      errorReason: 'LambdaWebsocketNotSupported',
      message: 'Lambda targets do not support WebSockets; the load balancer rejects upgrade requests with 400.',
    };
  }
  if (request.body.length > MAX_LAMBDA_REQUEST_BODY_BYTES) {
    return {
      statusCode: 413,
      errorReason: 'LambdaRequestTooLarge',
      message: `The request body is ${request.body.length} bytes; a Lambda target accepts at most 1 MB (${MAX_LAMBDA_REQUEST_BODY_BYTES} bytes). The function was not invoked.`,
    };
  }
  const nonUtf8 = request.nonUtf8Headers ?? [];
  if (nonUtf8.length > 0) {
    // NOTE: 400 is assumed, as for a body that is not UTF-8 below.
    return {
      statusCode: 400,
      errorReason: 'LambdaBadRequest',
      message: `The value of header ${nonUtf8.join(', ')} is not valid UTF-8, and a Lambda target takes only UTF-8 headers; re-encode the value as UTF-8 or percent-encode it.`,
    };
  }
  if (!isBodyBase64(request) && !isValidUtf8(request.body)) {
    // NOTE: AWS names the reason LambdaBadRequest without documenting the
    // status code; 400 is assumed.
    return {
      statusCode: 400,
      errorReason: 'LambdaBadRequest',
      message: 'The body is sent as text but is not valid UTF-8; send a binary Content-Type so the load balancer base64-encodes it.',
    };
  }

  return undefined;
}
