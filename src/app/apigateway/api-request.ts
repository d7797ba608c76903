import {
  apiRoutes,
  resolveApi,
  type ApiRoute,
  type ResolvedApi,
} from '../../engine/apigateway/resolve';
import type { Scenario } from '../../engine/model';

/** Host, method and path of a new composer request to an API. */
export interface ApiRequestDefaults {
  /** Host header: the custom domain when one is set, else the execute-api host. */
  host: string;
  method: string;
  /** Path and query, with the stage or base path prefix. */
  target: string;
}

/** Fills each `{name}` with a sample value and `{name+}` with two segments. */
export function samplePath(resourcePath: string): string {
  return resourcePath
    .replace(/\{[^}/]+\+\}/g, 'hello/world')
    .replace(/\{[^}/]+\}/g, '1');
}

/**
 * Returns the path prefix a client sends before the resource path: the base
 * path mapping on the custom domain, else `/{stage}`, and nothing on an HTTP
 * API's `$default` stage.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html
 */
export function stagePrefix(api: ResolvedApi): string {
  if (api.config.DomainName) {
    return api.config.BasePath === '' ? '' : `/${api.config.BasePath}`;
  }

  return api.stage === '$default' ? '' : `/${api.stage}`;
}

function firstRoute(routes: ApiRoute[]): ApiRoute | undefined {
  return routes.find((route) => route.resourcePath !== undefined) ?? routes[0];
}

function safeResolve(scenario: Scenario, nodeId: string): ResolvedApi | undefined {
  try {
    return resolveApi(scenario, nodeId);
  } catch {
    // A config the schema rejects is reported by validation; use defaults.
    return undefined;
  }
}

/**
 * Returns the host, method and path a request to an API starts with: the
 * API's invoke URL (or custom domain) and a path matching its first route.
 */
export function apiRequestDefaults(
  scenario: Scenario,
  nodeId: string,
): ApiRequestDefaults | undefined {
  const api = safeResolve(scenario, nodeId);
  if (!api) {
    return undefined;
  }
  const route = firstRoute(apiRoutes(scenario, api));
  const method =
    route && route.method !== 'ANY' && route.method !== '*' ? route.method : 'GET';
  const path = route?.resourcePath === undefined ? '/' : samplePath(route.resourcePath);
  const prefix = stagePrefix(api);
  const target = prefix !== '' && path === '/' ? prefix : `${prefix}${path}`;

  return { host: api.config.DomainName ?? api.executeApiDomain, method, target };
}
