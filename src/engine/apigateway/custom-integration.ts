import { mediaType } from '../alb/body-encoding';
import { headerValue, type HttpRequest } from '../http/request';
import { statusText } from '../http/status';
import type { FunctionInvoker } from '../lambda/invocation';
import type { Scenario } from '../model/scenario';
import type { RunEnvironment } from '../run/types';
import { utf8Text } from '../util/base64';
import type { ApiRun } from './api-run';
import type { ProxyEventContext } from './event-types';
import { GATEWAY_MESSAGES, gatewayResponse } from './gateway-responses';
import { mappedResponseHeaders, selectIntegrationResponse } from './integration-responses';
import { invokeIntegration } from './invoke';
import type { IntegrationResult } from './proxy-integration';
import type { ApiRoute, ResolvedApi } from './resolve';
import { templateContext, requestParams } from './vtl/context';
import { createInput } from './vtl/input';
import { renderTemplate, type RenderResult } from './vtl/render';
import { createUtil } from './vtl/util';

const PASSTHROUGH_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html';

function findTemplate(templates: Record<string, string>, type: string): [string, string] | undefined {
  return Object.entries(templates).find(([key]) => key.toLowerCase() === type);
}

/** Picks the response template by the request's Accept type, then application/json, then the first. */
function responseTemplate(templates: Record<string, string>, request: HttpRequest): [string, string] | undefined {
  const accepted = (headerValue(request, 'accept') ?? '').split(',').map((part) => mediaType(part));
  for (const type of accepted) {
    const found = findTemplate(templates, type);
    if (found) {
      return found;
    }
  }

  return findTemplate(templates, 'application/json') ?? Object.entries(templates)[0];
}

function describeTemplateError(which: string, result: Exclude<RenderResult, { ok: true }>): string {
  const where = result.line === undefined ? '' : ` on line ${result.line}`;
  return `The ${which} template failed to ${result.phase}${where}: ${result.message}`;
}

/** Parses a rendered template as the Lambda event; empty text is `{}`. */
function parseEvent(text: string): { ok: true; event: unknown } | { ok: false; detail: string } {
  if (text.trim() === '') {
    return { ok: true, event: {} };
  }
  try {
    return { ok: true, event: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, detail: `The integration request is not JSON, so Lambda rejects it (InvalidRequestContentException): ${reason}` };
  }
}

/**
 * Runs a custom (`AWS`) Lambda integration: renders the request template
 * into the event (or passes the body through), invokes the function, picks
 * an integration response by `selectionPattern` against the `errorMessage`,
 * and renders the response template.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-custom-integrations.html
 */
export async function runCustomIntegration(
  scenario: Scenario,
  api: ResolvedApi,
  route: ApiRoute,
  request: HttpRequest,
  context: ProxyEventContext,
  invoker: FunctionInvoker,
  env: RunEnvironment,
  run: ApiRun,
): Promise<IntegrationResult> {
  const config = route.config;
  const fail = (statusCode: number, message: string, errorReason: string, clientMessage: string = GATEWAY_MESSAGES.internalServerError): IntegrationResult => ({
    response: gatewayResponse(statusCode, clientMessage, context.requestId),
    errorReason,
    message,
    fromFunction: false,
  });
  const body = utf8Text(request.body);
  const params = requestParams(request, context.pathParameters);
  const variables = { util: createUtil(), stageVariables: api.config.Variables };

  // A request without Content-Type is treated as application/json.
  const contentType = mediaType(headerValue(request, 'content-type')) || 'application/json';
  const template = findTemplate(config.RequestTemplates, contentType);
  let eventText = body;
  if (template) {
    const rendered = renderTemplate(template[1], { ...variables, input: createInput(body, params), context: templateContext(request, context) });
    run.step({ edgeId: route.edge.id, label: `Request template (${template[0]})`, status: rendered.ok ? 'ok' : 'error', payload: rendered.ok ? rendered.text : rendered });
    if (!rendered.ok) {
      // NOTE: the client status for a template that fails is assumed to be
      // 500, as for other integration configuration errors.
      return fail(500, `500: ${describeTemplateError('request', rendered)}`, 'RequestTemplateError');
    }
    eventText = rendered.text;
  } else {
    const hasTemplates = Object.keys(config.RequestTemplates).length > 0;
    const passes = config.PassthroughBehavior === 'WHEN_NO_MATCH' || (config.PassthroughBehavior === 'WHEN_NO_TEMPLATES' && !hasTemplates);
    run.step({ edgeId: route.edge.id, label: passes ? `Passthrough (${config.PassthroughBehavior})` : `No template for ${contentType}`, status: passes ? 'ok' : 'error', payload: body });
    if (!passes) {
      return fail(415, `415: no request template for ${contentType} and PassthroughBehavior is ${config.PassthroughBehavior}; add a template or use WHEN_NO_MATCH (${PASSTHROUGH_DOC}).`, 'UNSUPPORTED_MEDIA_TYPE', GATEWAY_MESSAGES.unsupportedMediaType);
    }
  }
  const parsed = parseEvent(eventText);
  if (!parsed.ok) {
    return fail(500, `500: ${parsed.detail}`, 'LambdaInvokeRejected');
  }

  const outcome = await invokeIntegration(scenario, route, parsed.event, invoker, env, run);
  if (outcome.kind === 'rejected') {
    return fail(500, `500: the Lambda Invoke call was rejected. ${outcome.detail}`, 'LambdaInvokeRejected');
  }
  if (outcome.kind === 'timed-out') {
    return fail(504, `504: the function did not respond within the integration timeout of ${route.timeoutMs} ms; it keeps running until its own Timeout.`, 'INTEGRATION_TIMEOUT', GATEWAY_MESSAGES.endpointTimedOut);
  }
  const record = outcome.record;
  const payload = record.payload;
  const errorMessage =
    record.outcome === 'success' ? '' : String((payload as { errorMessage?: unknown } | null)?.errorMessage ?? '');
  const selected = selectIntegrationResponse(config, errorMessage);
  if (!selected) {
    return fail(500, '500: no integration response matched and none is the default; add one without a SelectionPattern.', 'API_CONFIGURATION_ERROR');
  }
  run.step({
    edgeId: route.edge.id,
    label: `Integration response ${selected.StatusCode}${selected.SelectionPattern ? ` (pattern ${selected.SelectionPattern})` : ' (default)'}`,
    payload: { errorMessage, selectionPattern: selected.SelectionPattern ?? null },
  });
  if (!config.MethodResponses.some((response) => response.StatusCode === selected.StatusCode)) {
    return fail(500, `500: integration response ${selected.StatusCode} has no method response with that status; add one.`, 'API_CONFIGURATION_ERROR');
  }

  const payloadText = JSON.stringify(payload) ?? 'null';
  const chosen = responseTemplate(selected.ResponseTemplates ?? {}, request);
  let responseBody = payloadText;
  const templateVariables = { ...variables, input: createInput(payloadText, params), context: templateContext(request, context) };
  if (chosen) {
    const rendered = renderTemplate(chosen[1], templateVariables);
    run.step({ edgeId: route.edge.id, label: `Response template (${chosen[0]})`, status: rendered.ok ? 'ok' : 'error', payload: rendered.ok ? rendered.text : rendered });
    if (!rendered.ok) {
      return fail(500, `500: ${describeTemplateError('response', rendered)}`, 'ResponseTemplateError');
    }
    responseBody = rendered.text;
  }
  const override = templateVariables.context.responseOverride;
  const overrideStatus = Number(override.status);
  const statusCode = override.status !== '' && Number.isInteger(overrideStatus) ? overrideStatus : Number(selected.StatusCode);
  const headers: [string, string][] = [
    ['Content-Type', chosen?.[0] ?? 'application/json'],
    ...mappedResponseHeaders(selected, payload),
    ...Object.entries(override.header).map(([name, value]): [string, string] => [name, String(value)]),
    ['x-amzn-RequestId', context.requestId],
  ];

  return {
    response: { statusCode, statusText: statusText(statusCode), headers, body: responseBody },
    fromFunction: true,
    ...(record.outcome === 'success' ? {} : { message: `The function failed with "${errorMessage}" and integration response ${selected.StatusCode} was selected.` }),
  };
}
