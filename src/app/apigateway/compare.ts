import type { Scenario } from '../../engine/model';
import type { ClientResponse, RunResult, TraceSpan } from '../../engine/run/types';
import { prettyJson } from '../run/status';

/**
 * Request template the comparison uses when the custom integration has
 * none: the parts of the request a handler usually reads, as JSON.
 */
export const DEFAULT_REQUEST_TEMPLATE = `#set($params = $input.params())
{
  "body": $input.json('$'),
  "method": "$context.httpMethod",
  "resourcePath": "$context.resourcePath",
  "pathParameters": {
#foreach($name in $params.path.keySet())
    "$name": "$util.escapeJavaScript($params.path.get($name))"#if($foreach.hasNext),#end

#end
  },
  "queryStringParameters": {
#foreach($name in $params.querystring.keySet())
    "$name": "$util.escapeJavaScript($params.querystring.get($name))"#if($foreach.hasNext),#end

#end
  }
}`;

/** Response template the comparison uses when none is set: the result unchanged. */
export const DEFAULT_RESPONSE_TEMPLATE = `$input.json('$')`;

type Config = Record<string, unknown>;

function withEdgeConfig(
  scenario: Scenario,
  edgeId: string,
  change: (config: Config) => Config,
): Scenario {
  return {
    ...scenario,
    edges: scenario.edges.map((edge) =>
      edge.id === edgeId ? { ...edge, config: change(edge.config) } : edge,
    ),
  };
}

function hasEntries(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

type ResponseConfig = { StatusCode: string; SelectionPattern?: string; ResponseTemplates?: Config };

/** Gives the default integration response the identity template when no response has one. */
function withResponseTemplates(responses: unknown): ResponseConfig[] {
  const list = Array.isArray(responses)
    ? (responses as ResponseConfig[])
    : [{ StatusCode: '200' }];
  if (list.some((response) => hasEntries(response.ResponseTemplates))) {
    return list;
  }

  return list.map((response) =>
    response.SelectionPattern
      ? response
      : { ...response, ResponseTemplates: { 'application/json': DEFAULT_RESPONSE_TEMPLATE } },
  );
}

/**
 * Returns two temporary copies of a scenario, one with the edge's integration
 * as Lambda proxy and one as custom, the custom one with default templates
 * where none are set. The scenario itself is not changed.
 */
export function comparisonScenarios(
  scenario: Scenario,
  edgeId: string,
): { proxy: Scenario; custom: Scenario } {
  const proxy = withEdgeConfig(scenario, edgeId, (config) => ({
    ...config,
    IntegrationType: 'AWS_PROXY',
  }));
  const custom = withEdgeConfig(scenario, edgeId, (config) => ({
    ...config,
    IntegrationType: 'AWS',
    RequestTemplates: hasEntries(config.RequestTemplates)
      ? config.RequestTemplates
      : { 'application/json': DEFAULT_REQUEST_TEMPLATE },
    IntegrationResponses: withResponseTemplates(config.IntegrationResponses),
  }));

  return { proxy, custom };
}

/** One stage of a request through an integration, for one column of the comparison. */
export interface CompareStep {
  id:
    | 'method-request'
    | 'request-template'
    | 'event'
    | 'function-result'
    | 'response-template'
    | 'client-response';
  title: string;
  /** `skipped` means the integration type has no such stage, and `missing` that the request stopped earlier. */
  state: 'ok' | 'error' | 'skipped' | 'missing';
  /** Span label, such as `Request template (application/json)`. */
  label?: string;
  /** The payload at this stage, as text. */
  text?: string;
  detail?: string;
}

const STEP_SPANS: { id: CompareStep['id']; title: string; label: RegExp; customOnly?: boolean }[] = [
  { id: 'method-request', title: 'Method request', label: /^(Method request:|Route .* matched)/ },
  {
    id: 'request-template',
    title: 'Request template output',
    label: /^(Request template|Passthrough|No template for)/,
    customOnly: true,
  },
  { id: 'event', title: 'Event the function received', label: /^Lambda invoke \(/ },
  { id: 'function-result', title: 'Function result', label: /^Function result \(/ },
  {
    id: 'response-template',
    title: 'Response template output',
    label: /^Response template/,
    customOnly: true,
  },
  { id: 'client-response', title: 'Client response', label: /^Response \d{3}/ },
];

function isClientResponse(payload: unknown): payload is ClientResponse {
  return typeof payload === 'object' && payload !== null && 'statusCode' in payload && 'body' in payload;
}

function payloadText(payload: unknown, id: CompareStep['id']): string {
  if (typeof payload === 'string') {
    return payload;
  }
  if (id === 'client-response' && isClientResponse(payload)) {
    const head = `HTTP/1.1 ${payload.statusCode} ${payload.statusText}`.trimEnd();
    return `${head}\n\n${payload.bodyIsBase64 ? payload.body : prettyJson(payload.body)}`;
  }

  return JSON.stringify(payload, null, 2) ?? 'undefined';
}

function describeFailure(payload: unknown): string | undefined {
  const failure = payload as { ok?: boolean; message?: string; line?: number } | undefined;
  if (failure?.ok !== false || failure.message === undefined) {
    return undefined;
  }

  return failure.line === undefined ? failure.message : `Line ${failure.line}: ${failure.message}`;
}

function stepFromSpan(base: Omit<CompareStep, 'state'>, span: TraceSpan): CompareStep {
  const failure = describeFailure(span.payload);

  return {
    ...base,
    state: span.status,
    label: span.label,
    text: failure ?? (span.payload === undefined ? '' : payloadText(span.payload, base.id)),
    ...(span.detail ? { detail: span.detail } : {}),
  };
}

/** Reads the stages of one request from its trace spans, in request order. */
export function compareSteps(result: RunResult, custom: boolean): CompareStep[] {
  return STEP_SPANS.map(({ id, title, label, customOnly }) => {
    if (customOnly && !custom) {
      return {
        id,
        title,
        state: 'skipped',
        text: 'A proxy integration has no mapping templates: the function receives the whole request and returns the HTTP response.',
      };
    }
    const span = result.trace.find((item) => label.test(item.label));
    const mapped = result.trace.find((item) => item.label.startsWith('Integration response'));
    if (span) {
      const step = stepFromSpan({ id, title }, span);
      // The selected integration response explains which template ran.
      return id === 'response-template' && mapped && !step.detail ? { ...step, detail: mapped.label } : step;
    }
    if (id === 'response-template' && mapped) {
      return {
        id,
        title,
        state: 'skipped',
        text: 'The selected integration response has no template for this content type, so the function result is the body.',
        detail: mapped.label,
      };
    }

    return { id, title, state: 'missing', text: 'Not reached: the request ended before this stage.' };
  });
}
