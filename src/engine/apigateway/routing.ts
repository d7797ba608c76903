import { compareRanks, matchPathTemplate } from './path-template';
import type { ApiRoute } from './resolve';

/** The outcome of matching a request to a route or resource method. */
export type RouteDecision =
  | { kind: 'matched'; route: ApiRoute; pathParameters: Record<string, string> }
  /** REST: the resource exists but has no such method. */
  | { kind: 'no-method'; resourcePath: string }
  | { kind: 'no-route' };

interface Candidate {
  route: ApiRoute;
  parameters: Record<string, string>;
  rank: number[];
}

function candidates(routes: readonly ApiRoute[], path: string): Candidate[] {
  const found: Candidate[] = [];
  for (const route of routes) {
    if (route.resourcePath === undefined) {
      continue;
    }
    const match = matchPathTemplate(route.segments, path);
    if (match) {
      found.push({ route, parameters: match.parameters, rank: match.rank });
    }
  }

  return found;
}

function methodRank(route: ApiRoute, method: string): number {
  if (route.method === method) {
    return 0;
  }

  return route.method === 'ANY' ? 1 : -1;
}

function best(found: Candidate[], method: string): Candidate | undefined {
  return found
    .filter((candidate) => methodRank(candidate.route, method) >= 0)
    .sort(
      (left, right) =>
        compareRanks(left.rank, right.rank) ||
        methodRank(left.route, method) - methodRank(right.route, method),
    )[0];
}

/**
 * Picks a REST API method: the most specific resource whose path matches
 * (literal before {param} before {proxy+}), then its method, an exact method
 * before ANY.
 * NOTE: when the most specific resource lacks the method, AWS returns 403
 * rather than trying a less specific resource; that reading is assumed.
 */
export function routeRestRequest(
  routes: readonly ApiRoute[],
  method: string,
  path: string,
): RouteDecision {
  const found = candidates(routes, path).sort((left, right) => compareRanks(left.rank, right.rank));
  const top = found[0];
  if (!top) {
    return { kind: 'no-route' };
  }
  const sameResource = found.filter((candidate) => candidate.route.resourcePath === top.route.resourcePath);
  const chosen = best(sameResource, method);
  if (!chosen) {
    return { kind: 'no-method', resourcePath: top.route.resourcePath ?? '/' };
  }

  return { kind: 'matched', route: chosen.route, pathParameters: chosen.parameters };
}

/**
 * Picks an HTTP API route: the most specific route whose method and path
 * match, then a greedy route, then `$default`.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html
 */
export function routeHttpRequest(
  routes: readonly ApiRoute[],
  method: string,
  path: string,
): RouteDecision {
  const chosen = best(candidates(routes, path), method);
  if (chosen) {
    return { kind: 'matched', route: chosen.route, pathParameters: chosen.parameters };
  }
  const fallback = routes.find((route) => route.routeKey === '$default');
  if (fallback) {
    return { kind: 'matched', route: fallback, pathParameters: {} };
  }

  return { kind: 'no-route' };
}
