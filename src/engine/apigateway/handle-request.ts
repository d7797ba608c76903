import { newTraceField } from '../alb/trace-id';
import type { HttpRequest } from '../http/request';
import type { FunctionInvoker } from '../lambda/invocation';
import { unsupportedRun } from '../run/error-result';
import type { RunEnvironment, RunResult } from '../run/types';
import { randomUuid } from '../util/random';
import { ApiRun } from './api-run';
import { cacheKey, isCacheable, wantsRefresh } from './cache';
import { runCustomIntegration } from './custom-integration';
import { DEFAULT_SOURCE_IP, type ProxyEventContext } from './event-types';
import { GATEWAY_MESSAGES } from './gateway-responses';
import { shortRequestId } from './ids';
import { runProxyIntegration, type IntegrationResult } from './proxy-integration';
import { validateRequest } from './request-validation';
import { apiRoutes, resolveApi, type ApiRoute, type ResolvedApi } from './resolve';
import { routeHttpRequest, routeRestRequest } from './routing';
import { resolveStagePath } from './stage-path';
import { createApiGatewayState, type ApiGatewayState } from './state';
import { ACCOUNT_BURST_LIMIT, ACCOUNT_RATE_LIMIT, takeToken, type ThrottleLimit } from './throttle';
import type { Scenario } from '../model/scenario';

/** Largest request payload API Gateway accepts: 10 MB. */
export const MAX_API_PAYLOAD_BYTES = 10 * 1024 * 1024;

/** Settings of one request that are not part of the scenario. */
export interface ApiRequestOptions {
  /** Client address; a documentation address when absent. */
  sourceIp?: string;
}

function throttleLimits(api: ResolvedApi, route: ApiRoute): ThrottleLimit[] {
  const limits: ThrottleLimit[] = [
    { key: `account:${api.accountId}:${api.region}`, scope: 'account', rate: ACCOUNT_RATE_LIMIT, burst: ACCOUNT_BURST_LIMIT },
    { key: `stage:${api.apiId}:${api.stage}`, scope: 'stage', rate: api.config.ThrottlingRateLimit, burst: api.config.ThrottlingBurstLimit },
  ];
  const { ThrottlingRateLimit: rate, ThrottlingBurstLimit: burst } = route.config;
  if (rate !== undefined || burst !== undefined) {
    limits.push({
      key: `method:${api.apiId}:${api.stage}:${route.routeKey}`,
      scope: `method ${route.routeKey}`,
      rate: rate ?? api.config.ThrottlingRateLimit,
      burst: burst ?? api.config.ThrottlingBurstLimit,
    });
  }

  return limits;
}

function cachingOn(api: ResolvedApi, route: ApiRoute, method: string): boolean {
  if (api.protocol !== 'REST' || !api.config.CacheClusterEnabled || api.config.CacheTtlInSeconds === 0) {
    return false;
  }

  return route.config.CachingEnabled ?? method === 'GET';
}

function describeRequest(request: HttpRequest): unknown {
  return {
    method: request.method,
    path: request.path,
    query: request.rawQuery,
    headers: request.headers,
    bodyBytes: request.body.length,
  };
}

/**
 * Sends one HTTP request through an API Gateway REST or HTTP API and runs
 * the function behind the matched route: stage and route matching,
 * throttling, request validation, caching, the proxy or custom integration
 * and the response mapping. `state` carries throttling buckets and the cache
 * from one request to the next. Invalid requests and failing handlers give
 * a response; only configs the scenario schema rejects throw.
 */
export async function handleApiGatewayRequest(
  scenario: Scenario,
  apiNodeId: string,
  request: HttpRequest,
  invoker: FunctionInvoker,
  env: RunEnvironment,
  state: ApiGatewayState = createApiGatewayState(),
  options: ApiRequestOptions = {},
): Promise<RunResult> {
  const api = resolveApi(scenario, apiNodeId);
  if (!api) {
    return unsupportedRun(apiNodeId, 400, `Node "${apiNodeId}" is not an API Gateway API; pick an API Gateway node.`);
  }
  const isRest = api.protocol === 'REST';
  const requestTimeMs = env.now();
  const requestId = isRest ? randomUuid(env.random) : shortRequestId(env.random);
  const run = new ApiRun(api.node.id, requestId, `Client → ${api.name} (${api.protocol} API, stage ${api.stage})`, describeRequest(request));

  if (request.body.length > MAX_API_PAYLOAD_BYTES) {
    return run.reject(413, GATEWAY_MESSAGES.requestTooLong, 'REQUEST_TOO_LARGE', `413: the body is ${request.body.length} bytes and API Gateway accepts at most ${MAX_API_PAYLOAD_BYTES}.`);
  }
  const stagePath = resolveStagePath(api, request);
  if (!stagePath.ok) {
    return isRest
      ? run.reject(403, GATEWAY_MESSAGES.missingAuthenticationToken, 'MISSING_AUTHENTICATION_TOKEN', `403: ${stagePath.detail}`)
      : run.reject(404, GATEWAY_MESSAGES.notFound, 'NotFound', `404: ${stagePath.detail}`);
  }
  const routes = apiRoutes(scenario, api);
  const decision = isRest
    ? routeRestRequest(routes, request.method, stagePath.path)
    : routeHttpRequest(routes, request.method, stagePath.path);
  if (decision.kind !== 'matched') {
    const what = decision.kind === 'no-method'
      ? `Resource ${decision.resourcePath} has no ${request.method} method`
      : `No ${isRest ? 'resource' : 'route'} matches ${request.method} ${stagePath.path}`;
    return isRest
      ? run.reject(403, GATEWAY_MESSAGES.missingAuthenticationToken, 'MISSING_AUTHENTICATION_TOKEN', `403 Missing Authentication Token: ${what}; add it on an edge to a function.`)
      : run.reject(404, GATEWAY_MESSAGES.notFound, 'NotFound', `404: ${what}; add a route or a $default route.`);
  }
  const { route, pathParameters } = decision;
  run.step({
    edgeId: route.edge.id,
    label: isRest ? `Method request: ${route.method} ${route.resourcePath ?? ''}` : `Route ${route.routeKey} matched`,
    payload: { routeKey: route.routeKey, path: stagePath.path, pathParameters },
    ...(stagePath.note ? { detail: stagePath.note } : {}),
  });

  const throttled = takeToken(state.buckets, throttleLimits(api, route), requestTimeMs);
  if (throttled) {
    return run.reject(429, GATEWAY_MESSAGES.tooManyRequests, 'THROTTLED', `429: the ${throttled.scope} limit of ${throttled.rate} requests/s with a burst of ${throttled.burst} was exceeded.`);
  }
  if (isRest) {
    const failure = validateRequest(route.config, request, pathParameters);
    const validating = route.config.RequestValidator.ValidateRequestBody || route.config.RequestValidator.ValidateRequestParameters;
    if (validating) {
      run.step({ edgeId: route.edge.id, label: failure ? `Request validation failed (${failure.type})` : 'Request validation passed', status: failure ? 'error' : 'ok', ...(failure ? { detail: failure.detail } : {}) });
    }
    if (failure) {
      return run.reject(400, failure.message, failure.type, `400: ${failure.detail}`);
    }
  }

  const useCache = cachingOn(api, route, request.method);
  const key = cacheKey(request.method, stagePath.path, route.config.CacheKeyParameters, request, pathParameters);
  const fullKey = `${api.apiId}:${api.stage}:${route.routeKey}\n${key}`;
  if (useCache && !wantsRefresh(request)) {
    const hit = state.cache.get(fullKey);
    if (hit && hit.expiresAtMs > requestTimeMs) {
      run.step({ edgeId: route.edge.id, label: 'Cache hit: function not invoked', payload: hit.response, detail: `Entry expires in ${Math.ceil((hit.expiresAtMs - requestTimeMs) / 1000)} s` });
      return run.finish(hit.response);
    }
  }

  const context: ProxyEventContext = {
    apiId: api.apiId,
    accountId: api.accountId,
    stage: api.stage,
    domainName: stagePath.domainName,
    ...(isRest ? { deploymentId: api.deploymentId } : {}),
    resourcePath: route.resourcePath ?? stagePath.path,
    resourceId: route.resourceId,
    routeKey: route.routeKey,
    pathParameters,
    path: stagePath.path,
    contextPath: stagePath.contextPath,
    stageVariables: api.config.Variables,
    requestId,
    extendedRequestId: isRest ? shortRequestId(env.random) : requestId,
    requestTimeMs,
    sourceIp: options.sourceIp ?? DEFAULT_SOURCE_IP,
    traceId: `Root=${newTraceField(env)}`,
    binaryMediaTypes: api.config.BinaryMediaTypes,
  };
  const result: IntegrationResult =
    route.config.IntegrationType === 'AWS' && isRest
      ? await runCustomIntegration(scenario, api, route, request, context, invoker, env, run)
      : await runProxyIntegration(scenario, api, route, request, context, invoker, env, run);
  if (useCache && result.fromFunction && isCacheable(result.response)) {
    state.cache.set(fullKey, { response: result.response, expiresAtMs: requestTimeMs + api.config.CacheTtlInSeconds * 1000 });
  }

  return run.finish(result.response, {
    ...(result.errorReason ? { errorReason: result.errorReason } : {}),
    ...(result.message ? { message: result.message } : {}),
  });
}
