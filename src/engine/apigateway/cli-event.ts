import { newTraceField } from '../alb/trace-id';
import type { HttpRequest } from '../http/request';
import { err, ok, type Result } from '../model/result';
import type { RunEnvironment } from '../run/types';
import { randomHex, randomUuid } from '../util/random';
import { DEFAULT_SOURCE_IP, type ProxyEventContext, type ProxyEventV1, type ProxyEventV2 } from './event-types';
import { buildProxyEventV2 } from './http-event';
import { shortRequestId } from './ids';
import { matchPathTemplate, parsePathTemplate } from './path-template';
import { buildProxyEventV1 } from './rest-event';

/** The resource or route that the `event apigw-rest` and `event apigw-http` commands match. */
export type CliEventRequest =
  | { api: 'REST'; resource: string }
  | { api: 'HTTP'; route: string; payloadVersion: '1.0' | '2.0' };

const DEFAULT_REGION = 'us-east-1';
const DEFAULT_ACCOUNT = '123456789012';

function parseRoute(route: string): Result<{ method: string; path?: string }, string> {
  if (route === '$default') {
    return ok({ method: '*' });
  }
  const match = /^([A-Z]+) (\/\S*)$/.exec(route);
  if (!match?.[1] || !match[2]) {
    return err(`Invalid route '${route}': use "METHOD PATH" such as "GET /items/{id}", or "$default"`);
  }

  return ok({ method: match[1], path: match[2] });
}

/**
 * Builds the proxy event an API sends for a request matched to one resource
 * or route, with the request path taken as relative to the stage (`prod` for
 * REST, `$default` for HTTP). Ids and times come from `env`.
 */
export function buildCliProxyEvent(
  request: HttpRequest,
  target: CliEventRequest,
  env: RunEnvironment,
): Result<ProxyEventV1 | ProxyEventV2, string> {
  const route = target.api === 'REST' ? ok({ method: 'ANY', path: target.resource }) : parseRoute(target.route);
  if (!route.ok) {
    return route;
  }
  const { method, path: template } = route.value;
  if (template !== undefined && !/^\/([^/]+(\/[^/]+)*)?$/.test(template)) {
    return err(`Invalid resource path '${template}': use a path such as /items/{id} or /{proxy+}`);
  }
  if (method !== '*' && method !== 'ANY' && method !== request.method) {
    return err(`The route is for ${method} but the request is ${request.method}; change one of them`);
  }
  const path = request.path.replace(/^\/{2,}/, '/');
  const match = template === undefined ? { parameters: {} } : matchPathTemplate(parsePathTemplate(template), path);
  if (!match) {
    return err(`The request path ${path} does not match ${template ?? ''}; give a resource or route that matches it`);
  }
  const isRest = target.api === 'REST';
  const stage = isRest ? 'prod' : '$default';
  const apiId = randomHex(env.random, 10);
  const requestId = isRest ? randomUuid(env.random) : shortRequestId(env.random);
  const context: ProxyEventContext = {
    apiId,
    accountId: DEFAULT_ACCOUNT,
    stage,
    domainName: `${apiId}.execute-api.${DEFAULT_REGION}.amazonaws.com`,
    ...(isRest ? { deploymentId: randomHex(env.random, 6) } : {}),
    resourcePath: template ?? path,
    resourceId: randomHex(env.random, 6),
    routeKey: template === undefined ? '$default' : `${method} ${template}`,
    pathParameters: match.parameters,
    path,
    contextPath: isRest ? `/${stage}${path}` : path,
    stageVariables: {},
    requestId,
    extendedRequestId: isRest ? shortRequestId(env.random) : requestId,
    requestTimeMs: env.now(),
    sourceIp: DEFAULT_SOURCE_IP,
    traceId: `Root=${newTraceField(env)}`,
    binaryMediaTypes: [],
  };
  if (target.api === 'HTTP' && target.payloadVersion === '2.0') {
    return ok(buildProxyEventV2(request, context));
  }

  return ok(buildProxyEventV1(request, context, { httpApi: target.api === 'HTTP' }));
}
