import { mediaType } from '../alb/body-encoding';
import { headerValue, type HttpRequest } from '../http/request';
import type { ApiIntegrationConfig } from '../model/configs/apigateway-integration';
import { utf8Text } from '../util/base64';
import { requestParameter } from './cache';
import { GATEWAY_MESSAGES } from './gateway-responses';
import { validateJsonSchema } from './json-schema';

/** A failed request validation: the client message and the detail for the trace. */
export interface ValidationFailure {
  type: 'BAD_REQUEST_PARAMETERS' | 'BAD_REQUEST_BODY';
  message: string;
  /** `$context.error.validationErrorString`: what exactly failed. */
  detail: string;
}

/**
 * Lists the required parameters a request lacks. A parameter sent empty
 * counts as missing. Names are in the alphabetical order of their
 * `method.request.LOCATION.NAME` keys: header, path, then query string.
 */
export function missingParameters(
  config: ApiIntegrationConfig,
  request: HttpRequest,
  pathParameters: Record<string, string>,
): string[] {
  return Object.entries(config.RequestParameters)
    .filter(([, required]) => required)
    .map(([key]) => key)
    .sort()
    .filter((key) => {
      const value = requestParameter(key, request, pathParameters);
      return value === undefined || value === '';
    })
    .map((key) => key.split('.').slice(3).join('.'));
}

/** Returns the request model for the request's Content-Type (application/json when absent). */
function modelFor(config: ApiIntegrationConfig, request: HttpRequest): Record<string, unknown> | undefined {
  const type = mediaType(headerValue(request, 'content-type')) || 'application/json';
  const entry = Object.entries(config.RequestModels).find(([key]) => key.toLowerCase() === type);

  return entry?.[1] ?? config.RequestModels.$default;
}

/**
 * Runs the method's request validator: required parameters, then the body
 * against its model. A failure gets 400 and the function is not
 * called.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html
 */
export function validateRequest(
  config: ApiIntegrationConfig,
  request: HttpRequest,
  pathParameters: Record<string, string>,
): ValidationFailure | undefined {
  const validator = config.RequestValidator;
  if (validator.ValidateRequestParameters) {
    const missing = missingParameters(config, request, pathParameters);
    if (missing.length > 0) {
      const message = `Missing required request parameters: [${missing.join(', ')}]`;
      return { type: 'BAD_REQUEST_PARAMETERS', message, detail: message };
    }
  }
  if (!validator.ValidateRequestBody) {
    return undefined;
  }
  const model = modelFor(config, request);
  if (!model) {
    return undefined;
  }
  let body: unknown;
  try {
    body = JSON.parse(utf8Text(request.body));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { type: 'BAD_REQUEST_BODY', message: GATEWAY_MESSAGES.invalidRequestBody, detail: `The body is not valid JSON: ${reason}` };
  }
  const problems = validateJsonSchema(model, body);
  if (problems.length > 0) {
    return { type: 'BAD_REQUEST_BODY', message: GATEWAY_MESSAGES.invalidRequestBody, detail: `[${problems.join(', ')}]` };
  }

  return undefined;
}
