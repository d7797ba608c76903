import type { HttpRequest } from '../http/request';
import type { FunctionInvoker } from '../lambda/invocation';
import type { Scenario } from '../model/scenario';
import type { ClientResponse, RunEnvironment } from '../run/types';
import type { ApiRun } from './api-run';
import type { ProxyEventContext } from './event-types';
import { GATEWAY_MESSAGES, gatewayResponse } from './gateway-responses';
import { buildProxyEventV2 } from './http-event';
import { functionFailure, invokeIntegration } from './invoke';
import { mapProxyResponseV1 } from './proxy-response-v1';
import { mapProxyResponseV2 } from './proxy-response-v2';
import type { ResolvedApi, ApiRoute } from './resolve';
import { buildProxyEventV1 } from './rest-event';

/** The client response an integration produced, with the failure reason if any. */
export interface IntegrationResult {
  response: ClientResponse;
  errorReason?: string;
  message?: string;
  /** False when the response came from API Gateway, not the function. */
  fromFunction: boolean;
}

/** Builds the proxy event for the route's payload format. */
export function buildProxyEvent(
  api: ResolvedApi,
  route: ApiRoute,
  request: HttpRequest,
  context: ProxyEventContext,
): unknown {
  if (route.payloadVersion === '2.0') {
    return buildProxyEventV2(request, context);
  }

  return buildProxyEventV1(request, context, { httpApi: api.protocol === 'HTTP' });
}

/**
 * Runs a Lambda proxy integration: sends the whole request as the event and
 * maps the function's result back. REST: 500 for a rejected invoke, 502 for
 * a function error or a malformed response, 504 after the integration
 * timeout. https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html
 */
export async function runProxyIntegration(
  scenario: Scenario,
  api: ResolvedApi,
  route: ApiRoute,
  request: HttpRequest,
  context: ProxyEventContext,
  invoker: FunctionInvoker,
  env: RunEnvironment,
  run: ApiRun,
): Promise<IntegrationResult> {
  const isHttp = api.protocol === 'HTTP';
  const fail = (statusCode: number, clientMessage: string, errorReason: string, message: string): IntegrationResult => ({
    response: gatewayResponse(statusCode, clientMessage, context.requestId),
    errorReason,
    message,
    fromFunction: false,
  });
  // NOTE: HTTP API failures follow what clients are commonly seen to get
  // (500 "Internal Server Error", 503 on timeout); AWS does not document them.
  const internalError = isHttp ? GATEWAY_MESSAGES.httpInternalServerError : GATEWAY_MESSAGES.internalServerError;
  const event = buildProxyEvent(api, route, request, context);
  const outcome = await invokeIntegration(scenario, route, event, invoker, env, run);
  if (outcome.kind === 'rejected') {
    return fail(500, internalError, 'LambdaInvokeRejected', `500: the Lambda Invoke call was rejected. ${outcome.detail}`);
  }
  if (outcome.kind === 'timed-out') {
    const status = isHttp ? 503 : 504;
    const text = isHttp ? GATEWAY_MESSAGES.serviceUnavailable : GATEWAY_MESSAGES.endpointTimedOut;
    return fail(
      status,
      text,
      'INTEGRATION_TIMEOUT',
      `${status}: the function did not respond within the integration timeout of ${route.timeoutMs} ms; it keeps running until its own Timeout. Raise TimeoutInMillis or make the function faster.`,
    );
  }
  const failure = functionFailure(outcome.record);
  const status = isHttp ? 500 : 502;
  if (failure) {
    return fail(status, internalError, 'LambdaFunctionError', `${status}: ${failure}`);
  }
  const mapped =
    route.payloadVersion === '2.0'
      ? mapProxyResponseV2(outcome.record.payload)
      : mapProxyResponseV1(outcome.record.payload, request, isHttp ? [] : api.config.BinaryMediaTypes);
  if (!mapped.ok) {
    run.step({ label: 'Malformed Lambda proxy response', status: 'error', payload: outcome.record.payload, detail: mapped.detail });
    return fail(status, internalError, 'MalformedLambdaProxyResponse', `${status}: Malformed Lambda proxy response: ${mapped.detail}.`);
  }
  mapped.response.headers.push(['x-amzn-RequestId', context.requestId]);

  return { response: mapped.response, fromFunction: true };
}
