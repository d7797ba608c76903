import { apiRoutes, resolveApi, resolveRoute } from '../../engine/apigateway/resolve';
import { routeHttpRequest, routeRestRequest } from '../../engine/apigateway/routing';
import { resolveStagePath } from '../../engine/apigateway/stage-path';
import { parseRawHttpRequest } from '../../engine/http';
import { findNode, type Scenario } from '../../engine/model';
import { samplePath, stagePrefix } from './api-request';

/** Tells whether a raw request sent to the edge's API reaches that edge's route. */
export function requestReachesEdge(scenario: Scenario, edgeId: string, raw: string): boolean {
  const edge = scenario.edges.find((item) => item.id === edgeId);
  const parsed = parseRawHttpRequest(raw);
  if (!edge || !parsed.ok) {
    return false;
  }
  try {
    const api = resolveApi(scenario, edge.source);
    if (!api) {
      return false;
    }
    const stagePath = resolveStagePath(api, parsed.value);
    if (!stagePath.ok) {
      return false;
    }
    const route = api.protocol === 'REST' ? routeRestRequest : routeHttpRequest;
    const decision = route(apiRoutes(scenario, api), parsed.value.method, stagePath.path);

    return decision.kind === 'matched' && decision.route.edge.id === edgeId;
  } catch {
    // An invalid config has no route; validation reports it.
    return false;
  }
}

/** Returns a method and path that reach the edge's route, or undefined for an invalid edge. */
export function edgeRequestLine(
  scenario: Scenario,
  edgeId: string,
): { method: string; target: string } | undefined {
  const edge = scenario.edges.find((item) => item.id === edgeId);
  if (!edge) {
    return undefined;
  }
  try {
    const api = resolveApi(scenario, edge.source);
    if (!api) {
      return undefined;
    }
    const route = resolveRoute(api, edge, findNode(scenario, edge.target));
    const method = route.method === 'ANY' || route.method === '*' ? 'GET' : route.method;
    const path = route.resourcePath === undefined ? '/' : samplePath(route.resourcePath);

    return { method, target: `${stagePrefix(api)}${path}` };
  } catch {
    return undefined;
  }
}
