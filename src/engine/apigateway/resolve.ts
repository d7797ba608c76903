import { apiStageName } from '../model/configs/apigateway';
import type { ApiGatewayConfig } from '../model/configs/apigateway';
import {
  apiIntegrationConfigSchema,
  type ApiIntegrationConfig,
} from '../model/configs/apigateway-integration';
import { edgeConfig, findNode, isNodeOfType, nodeConfig } from '../model/resolve';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../model/scenario';
import { stableHex } from '../util/random';
import { parsePathTemplate, type PathSegment } from './path-template';

/** Default integration timeouts: REST 29 s, HTTP 30 s (both the maximum). */
export const DEFAULT_REST_TIMEOUT_MS = 29_000;
export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;

/** An API Gateway node with its stage, ids and Region resolved. */
export interface ResolvedApi {
  node: ScenarioNode & { type: 'apigateway' };
  config: ApiGatewayConfig;
  name: string;
  protocol: 'REST' | 'HTTP';
  stage: string;
  region: string;
  accountId: string;
  /** 10-character API id, stable for a scenario seed and node. */
  apiId: string;
  deploymentId: string;
  /** The execute-api host name, `{apiId}.execute-api.{region}.amazonaws.com`. */
  executeApiDomain: string;
}

/** One API Gateway→Lambda edge: a route or resource method with its integration. */
export interface ApiRoute {
  edge: ScenarioEdge;
  config: ApiIntegrationConfig;
  functionNode?: ScenarioNode & { type: 'lambda' };
  /** `GET`, `ANY`, …; `*` for the `$default` route. */
  method: string;
  /** Resource path such as `/items/{id}`; `undefined` for `$default`. */
  resourcePath?: string;
  segments: PathSegment[];
  /** HTTP API route key (`GET /items/{id}` or `$default`). */
  routeKey: string;
  payloadVersion: '1.0' | '2.0';
  timeoutMs: number;
  /** 6-character REST resource id, stable for the resource path. */
  resourceId: string;
}

/** Resolves an API Gateway node, or undefined when the id is not one. */
export function resolveApi(scenario: Scenario, nodeId: string): ResolvedApi | undefined {
  const node = findNode(scenario, nodeId);
  if (!isNodeOfType(node, 'apigateway')) {
    return undefined;
  }
  const config = nodeConfig(node);
  const protocol = config.ProtocolType;
  const region = config.region ?? scenario.settings.region;
  const accountId = config.accountId ?? scenario.settings.accountId;
  const apiId = stableHex(`${scenario.settings.seed}:api:${accountId}:${region}:${node.id}`, 10);

  return {
    node,
    config,
    name: config.Name ?? node.id,
    protocol,
    stage: apiStageName(config),
    region,
    accountId,
    apiId,
    deploymentId: stableHex(`${apiId}:deployment`, 6),
    executeApiDomain: `${apiId}.execute-api.${region}.amazonaws.com`,
  };
}

/** Resolves one edge's route; the edge config must already be valid. */
export function resolveRoute(api: ResolvedApi, edge: ScenarioEdge, target?: ScenarioNode): ApiRoute {
  const config = edgeConfig('api-integration', edge);
  const isDefault = api.protocol === 'HTTP' && config.RouteKey === '$default';
  const [keyMethod, keyPath] = config.RouteKey && !isDefault ? config.RouteKey.split(' ') : [];
  const method = isDefault ? '*' : (keyMethod ?? config.HttpMethod);
  const resourcePath = isDefault ? undefined : (keyPath ?? config.ResourcePath);
  const protocolTimeout = api.protocol === 'HTTP' ? DEFAULT_HTTP_TIMEOUT_MS : DEFAULT_REST_TIMEOUT_MS;

  return {
    edge,
    config,
    ...(isNodeOfType(target, 'lambda') ? { functionNode: target } : {}),
    method,
    ...(resourcePath === undefined ? {} : { resourcePath }),
    segments: resourcePath === undefined ? [] : parsePathTemplate(resourcePath),
    routeKey: isDefault ? '$default' : `${method} ${resourcePath ?? ''}`,
    payloadVersion: api.protocol === 'REST' ? '1.0' : (config.PayloadFormatVersion ?? '2.0'),
    timeoutMs: config.TimeoutInMillis ?? protocolTimeout,
    resourceId: stableHex(`${api.apiId}:resource:${resourcePath ?? '$default'}`, 6),
  };
}

/** Lists the routes of an API: its edges into functions, in edge order. */
export function apiRoutes(scenario: Scenario, api: ResolvedApi): ApiRoute[] {
  const routes: ApiRoute[] = [];
  for (const edge of scenario.edges) {
    if (edge.source !== api.node.id) {
      continue;
    }
    const target = findNode(scenario, edge.target);
    if (target && target.type !== 'lambda') {
      continue;
    }
    // Invalid settings are reported by validation; such an edge has no route.
    if (!apiIntegrationConfigSchema.safeParse(edge.config).success) {
      continue;
    }
    routes.push(resolveRoute(api, edge, target));
  }

  return routes;
}
