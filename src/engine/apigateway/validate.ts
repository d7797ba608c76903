import { functionDefinition } from '../lambda/definition';
import { NODE_CONFIG_SCHEMAS } from '../model/configs';
import type { Scenario } from '../model/scenario';
import type { Diagnostic } from '../validate/diagnostic';
import { apiRoutes, DEFAULT_HTTP_TIMEOUT_MS, resolveApi, type ApiRoute, type ResolvedApi } from './resolve';
import { APIGW_DOCS } from './validate-docs';
import { renderTemplate } from './vtl/render';

const MIN_TIMEOUT_MS = 50;
const REST_MAX_TIMEOUT_MS = 29_000;

function timeoutRules(api: ResolvedApi, route: ApiRoute): Diagnostic[] {
  const timeout = route.config.TimeoutInMillis;
  const base = { edgeId: route.edge.id, field: 'TimeoutInMillis' };
  if (timeout === undefined) {
    return [];
  }
  if (api.protocol === 'HTTP' && timeout > DEFAULT_HTTP_TIMEOUT_MS) {
    return [{ ...base, severity: 'error', code: 'apigw/integration-timeout-range', message: `TimeoutInMillis is ${timeout} ms; HTTP APIs allow 50 to 30,000 ms and the limit cannot be raised.`, fix: 'Set TimeoutInMillis to 30000 or less.', docUrl: APIGW_DOCS.quotas }];
  }
  if (api.protocol === 'REST' && timeout > REST_MAX_TIMEOUT_MS) {
    const endpoint = api.config.EndpointConfiguration.Types[0] ?? 'EDGE';
    const quota = api.config.integrationTimeoutQuotaMs;
    if (endpoint === 'EDGE') {
      return [{ ...base, severity: 'error', code: 'apigw/integration-timeout-range', message: `TimeoutInMillis is ${timeout} ms; edge-optimized REST APIs allow 50 to 29,000 ms.`, fix: 'Set TimeoutInMillis to 29000 or less, or make the API Regional and raise the account quota.', docUrl: APIGW_DOCS.timeoutRaise }];
    }
    if (timeout > quota) {
      return [{ ...base, severity: 'error', code: 'apigw/integration-timeout-range', message: `TimeoutInMillis is ${timeout} ms but the account's integration timeout quota is ${quota} ms (29,000 by default).`, fix: `Lower TimeoutInMillis to ${quota}, or raise integrationTimeoutQuotaMs as a Service Quotas request would; AWS may lower the account throttle quota in return.`, docUrl: APIGW_DOCS.timeoutRaise }];
    }
  }
  if (timeout < MIN_TIMEOUT_MS) {
    return [{ ...base, severity: 'error', code: 'apigw/integration-timeout-range', message: `TimeoutInMillis is ${timeout} ms; the minimum is 50 ms.`, fix: 'Set TimeoutInMillis to 50 or more.', docUrl: APIGW_DOCS.quotas }];
  }

  return [];
}

function protocolRules(api: ResolvedApi, route: ApiRoute): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const base = { edgeId: route.edge.id };
  const config = route.config;
  if (api.protocol === 'REST') {
    if (config.PayloadFormatVersion !== undefined) {
      diagnostics.push({ ...base, field: 'PayloadFormatVersion', severity: 'error', code: 'apigw/payload-version-on-rest', message: `PayloadFormatVersion ${config.PayloadFormatVersion} is set on a REST API; REST APIs always send payload format 1.0.`, fix: 'Clear PayloadFormatVersion, or make the API an HTTP API.', docUrl: APIGW_DOCS.httpLambda });
    }
    if (config.RouteKey !== undefined) {
      diagnostics.push({ ...base, field: 'RouteKey', severity: 'error', code: 'apigw/route-key-on-rest', message: `RouteKey "${config.RouteKey}" is set on a REST API; REST APIs use a resource path and a method, and have no $default route.`, fix: 'Clear RouteKey and use ResourcePath /{proxy+} with method ANY to catch every request.', docUrl: APIGW_DOCS.proxyResource });
    }
    return diagnostics;
  }
  if (config.IntegrationType === 'AWS') {
    diagnostics.push({ ...base, field: 'IntegrationType', severity: 'error', code: 'apigw/custom-integration-on-http', message: 'IntegrationType AWS (custom Lambda integration with mapping templates) is set on an HTTP API; HTTP APIs support only Lambda proxy integrations.', fix: 'Use AWS_PROXY, or make the API a REST API.', docUrl: APIGW_DOCS.restVsHttp });
  }
  const validator = config.RequestValidator;
  if (validator.ValidateRequestBody || validator.ValidateRequestParameters || Object.keys(config.RequestModels).length > 0) {
    diagnostics.push({ ...base, field: 'RequestValidator', severity: 'warning', code: 'apigw/validation-on-http', message: 'Request validation is set on an HTTP API; HTTP APIs do not validate requests, so it has no effect.', fix: 'Validate in the function, or make the API a REST API.', docUrl: APIGW_DOCS.restVsHttp });
  }
  if (config.CachingEnabled) {
    diagnostics.push({ ...base, field: 'CachingEnabled', severity: 'error', code: 'apigw/cache-on-http-api', message: 'CachingEnabled is set on an HTTP API route; only REST APIs have a cache.', fix: 'Clear CachingEnabled, or make the API a REST API.', docUrl: APIGW_DOCS.caching });
  }

  return diagnostics;
}

function pathRules(route: ApiRoute): Diagnostic[] {
  const greedy = route.segments.findIndex((segment) => segment.kind === 'greedy');
  if (greedy !== -1 && greedy !== route.segments.length - 1) {
    return [{ severity: 'error', code: 'apigw/greedy-not-last', edgeId: route.edge.id, field: 'ResourcePath', message: `${route.resourcePath ?? ''} has a greedy {name+} parameter before other segments; it must be the last segment.`, fix: 'Move the {proxy+} segment to the end of the path.', docUrl: APIGW_DOCS.proxyResource }];
  }

  return [];
}

function templateRules(route: ApiRoute): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const check = (template: string, where: string, field: string) => {
    const result = renderTemplate(template, {});
    if (!result.ok && result.phase === 'parse') {
      diagnostics.push({ severity: 'error', code: 'apigw/template-syntax', edgeId: route.edge.id, field, message: `The ${where} template has a syntax error${result.line === undefined ? '' : ` on line ${result.line}`}: ${result.message}`, fix: 'Correct the VTL; the request fails with 500 until then.', docUrl: APIGW_DOCS.templates });
    }
  };
  for (const [type, template] of Object.entries(route.config.RequestTemplates)) {
    check(template, `request (${type})`, `RequestTemplates.${type}`);
  }
  route.config.IntegrationResponses.forEach((response, index) => {
    for (const [type, template] of Object.entries(response.ResponseTemplates ?? {})) {
      check(template, `response ${response.StatusCode} (${type})`, `IntegrationResponses.${index}.ResponseTemplates.${type}`);
    }
  });

  return diagnostics;
}

function integrationResponseRules(route: ApiRoute): Diagnostic[] {
  const config = route.config;
  if (config.IntegrationType !== 'AWS') {
    return [];
  }
  const diagnostics: Diagnostic[] = [];
  const base = { edgeId: route.edge.id, docUrl: APIGW_DOCS.lambdaErrors };
  const statuses = new Set(config.MethodResponses.map((response) => response.StatusCode));
  config.IntegrationResponses.forEach((response, index) => {
    const field = `IntegrationResponses.${index}`;
    if (!statuses.has(response.StatusCode)) {
      diagnostics.push({ ...base, field, severity: 'error', code: 'apigw/integration-response-without-method-response', message: `Integration response ${response.StatusCode} has no method response with that status; requests that select it fail with 500.`, fix: `Add a method response ${response.StatusCode}.` });
    }
    const pattern = response.SelectionPattern;
    if (pattern === undefined || pattern === '') {
      return;
    }
    let regex: RegExp;
    try {
      regex = new RegExp(`^(?:${pattern})$`);
    } catch (error) {
      diagnostics.push({ ...base, field: `${field}.SelectionPattern`, severity: 'error', code: 'apigw/selection-pattern-invalid', message: `SelectionPattern ${pattern} is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}.`, fix: 'Correct the regular expression.' });
      return;
    }
    if (/^[1-5]\d\d$|\\d\{2\}|^\d/.test(pattern)) {
      diagnostics.push({ ...base, field: `${field}.SelectionPattern`, severity: 'warning', code: 'apigw/selection-pattern-status-code', message: `SelectionPattern ${pattern} looks like a status code, but for Lambda it is matched against the errorMessage of a function error, never against a status.`, fix: 'Match the error message instead, for example .*Not found.*', docUrl: APIGW_DOCS.integrationResponse });
    } else if (regex.test('')) {
      diagnostics.push({ ...base, field: `${field}.SelectionPattern`, severity: 'info', code: 'apigw/selection-pattern-matches-success', message: `SelectionPattern ${pattern} also matches the empty errorMessage of a successful result, so it catches successes too.`, fix: 'Use .+ instead of .* to select only errors.', docUrl: APIGW_DOCS.integrationResponse });
    }
  });
  if (!config.IntegrationResponses.some((response) => !response.SelectionPattern)) {
    diagnostics.push({ ...base, field: 'IntegrationResponses', severity: 'warning', code: 'apigw/no-default-integration-response', message: 'No integration response is the default (without SelectionPattern); a result that matches no pattern gets 500.', fix: 'Add an integration response without SelectionPattern, usually 200.' });
  }

  return diagnostics;
}

function functionTimeoutRule(scenario: Scenario, api: ResolvedApi, route: ApiRoute): Diagnostic[] {
  if (!route.functionNode || !NODE_CONFIG_SCHEMAS.lambda.safeParse(route.functionNode.config).success) {
    return [];
  }
  const definition = functionDefinition(scenario, route.functionNode);
  const functionMs = definition.timeoutSeconds * 1000;
  if (functionMs <= route.timeoutMs) {
    return [];
  }
  const status = api.protocol === 'HTTP' ? 503 : 504;

  return [{ severity: 'warning', code: 'apigw/function-outlives-integration', edgeId: route.edge.id, field: 'TimeoutInMillis', message: `${definition.functionName} may run ${definition.timeoutSeconds} s but the integration waits ${route.timeoutMs} ms; a slower request gets ${status} while the function keeps running and is billed.`, fix: `Lower the function's Timeout to ${Math.floor(route.timeoutMs / 1000)} s or less.`, docUrl: APIGW_DOCS.quotas }];
}

function collisionRules(routes: readonly ApiRoute[]): Diagnostic[] {
  const seen = new Map<string, ApiRoute>();
  const diagnostics: Diagnostic[] = [];
  for (const route of routes) {
    // Parameter names do not make routes differ: /items/{id} and /items/{key} collide.
    const parts = route.segments.map((segment) => {
      if (segment.kind === 'literal') {
        return segment.text;
      }
      return segment.kind === 'greedy' ? '{+}' : '{}';
    });
    const shape = parts.join('/');
    const key = `${route.method} /${shape}`;
    const earlier = seen.get(key);
    if (earlier) {
      diagnostics.push({ severity: 'error', code: 'apigw/route-collision', edgeId: route.edge.id, message: `Route ${route.routeKey} collides with ${earlier.routeKey} on edge "${earlier.edge.id}"; AWS rejects two methods or routes with the same method and path shape.`, fix: 'Change the method or the path of one of them.', docUrl: APIGW_DOCS.httpRoutes });
    } else {
      seen.set(key, route);
    }
  }

  return diagnostics;
}

function nodeRules(api: ResolvedApi): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const base = { nodeId: api.node.id };
  const config = api.config;
  if (api.protocol === 'HTTP') {
    if (config.CacheClusterEnabled) {
      diagnostics.push({ ...base, field: 'CacheClusterEnabled', severity: 'error', code: 'apigw/cache-on-http-api', message: 'The stage cache is on for an HTTP API; only REST APIs have caching.', fix: 'Turn the cache off, or make the API a REST API.', docUrl: APIGW_DOCS.caching });
    }
    if (config.BinaryMediaTypes.length > 0) {
      diagnostics.push({ ...base, field: 'BinaryMediaTypes', severity: 'warning', code: 'apigw/binary-media-on-http', message: 'BinaryMediaTypes is set on an HTTP API; HTTP APIs infer the encoding from the Content-Type, so it has no effect.', fix: 'Clear BinaryMediaTypes.', docUrl: APIGW_DOCS.binary });
    }
  } else if (api.stage === '$default') {
    diagnostics.push({ ...base, field: 'StageName', severity: 'error', code: 'apigw/default-stage-on-rest', message: 'StageName is $default on a REST API; only HTTP APIs have a $default stage.', fix: 'Use a stage name such as prod.', docUrl: APIGW_DOCS.stages });
  }
  if (config.ThrottlingBurstLimit === 0 || config.ThrottlingRateLimit === 0) {
    diagnostics.push({ ...base, field: config.ThrottlingBurstLimit === 0 ? 'ThrottlingBurstLimit' : 'ThrottlingRateLimit', severity: 'warning', code: 'apigw/throttle-blocks-all', message: 'A stage throttling limit of 0 rejects every request with 429.', fix: 'Raise the rate and burst limits above 0.', docUrl: APIGW_DOCS.throttling });
  }

  return diagnostics;
}

/**
 * Checks every API Gateway node and its routes against AWS's rules:
 * integration timeout ranges, features REST and HTTP APIs do not share,
 * route collisions, greedy parameters, template syntax and integration
 * responses. Nodes and edges whose configs the schema rejects are skipped,
 * because the general rules report them.
 */
export function validateApiGateway(scenario: Scenario): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const node of scenario.nodes) {
    if (node.type !== 'apigateway' || !NODE_CONFIG_SCHEMAS.apigateway.safeParse(node.config).success) {
      continue;
    }
    const api = resolveApi(scenario, node.id);
    if (!api) {
      continue;
    }
    diagnostics.push(...nodeRules(api));
    const routes = apiRoutes(scenario, api);
    for (const route of routes) {
      diagnostics.push(
        ...timeoutRules(api, route),
        ...protocolRules(api, route),
        ...pathRules(route),
        ...templateRules(route),
        ...integrationResponseRules(route),
        ...functionTimeoutRule(scenario, api, route),
      );
    }
    diagnostics.push(...collisionRules(routes));
  }

  return diagnostics;
}
