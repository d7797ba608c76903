import { statusText } from '../http/status';
import type { ClientResponse } from '../run/types';

/** The gateway response types API Gateway raises itself, with their default status. */
export const GATEWAY_RESPONSE_STATUS = {
  MISSING_AUTHENTICATION_TOKEN: 403,
  RESOURCE_NOT_FOUND: 404,
  BAD_REQUEST_PARAMETERS: 400,
  BAD_REQUEST_BODY: 400,
  REQUEST_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  THROTTLED: 429,
  API_CONFIGURATION_ERROR: 500,
  INTEGRATION_TIMEOUT: 504,
} as const;

/** A gateway response type of the table at https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html */
export type GatewayResponseType = keyof typeof GATEWAY_RESPONSE_STATUS;

/**
 * Builds a response API Gateway sends itself: JSON `{"message": …}` with the
 * request id header, as the default body template
 * `{"message":$context.error.messageString}` renders it.
 */
export function gatewayResponse(
  statusCode: number,
  message: string,
  requestId: string,
): ClientResponse {
  return {
    statusCode,
    statusText: statusText(statusCode),
    headers: [
      ['Content-Type', 'application/json'],
      ['x-amzn-RequestId', requestId],
    ],
    body: JSON.stringify({ message }),
  };
}

/** Messages of the default gateway responses and Lambda failures. */
export const GATEWAY_MESSAGES = {
  missingAuthenticationToken: 'Missing Authentication Token',
  notFound: 'Not Found',
  tooManyRequests: 'Too Many Requests',
  internalServerError: 'Internal server error',
  // HTTP APIs capitalize it (community-observed; AWS does not document it).
  httpInternalServerError: 'Internal Server Error',
  endpointTimedOut: 'Endpoint request timed out',
  serviceUnavailable: 'Service Unavailable',
  invalidRequestBody: 'Invalid request body',
  unsupportedMediaType: 'Unsupported Media Type',
  // NOTE: the wording of the REQUEST_TOO_LARGE message is not documented.
  requestTooLong: 'Request Too Long',
} as const;
