import {
  EDGE_CONFIG_SCHEMAS,
  type EdgeKind,
  type ScenarioEdge,
} from '../../engine/model';
import { albEdgeLabel } from './node-summary';

/** Returns the edge config with defaults filled in, or the raw config if invalid. */
function resolvedEdgeConfig(
  kind: EdgeKind,
  edge: ScenarioEdge,
): Record<string, unknown> {
  const parsed = EDGE_CONFIG_SCHEMAS[kind].safeParse(edge.config);

  return parsed.success ? (parsed.data as Record<string, unknown>) : edge.config;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

/** Describes an API route: "GET /items/{id}" or its route key, then "proxy" or "custom". */
function apiRouteParts(config: Record<string, unknown>): string[] {
  const route =
    typeof config.RouteKey === 'string' && config.RouteKey !== ''
      ? config.RouteKey
      : `${text(config.HttpMethod, 'ANY')} ${text(config.ResourcePath, '/{proxy+}')}`;
  const integration = config.IntegrationType === 'AWS' ? 'custom' : 'proxy';

  return [route, integration];
}

/**
 * Describes what an edge is in a few words per part: the ALB rule priority,
 * the API route and integration type, the SQS batch size, the EventBridge
 * rule's schedule or "pattern", or the Route 53 failover role. Other edges
 * get no parts.
 */
export function edgeLabelParts(
  kind: EdgeKind | undefined,
  edge: ScenarioEdge,
): string[] {
  if (kind === undefined) {
    return [];
  }
  const config = resolvedEdgeConfig(kind, edge);
  switch (kind) {
    case 'alb-target':
      return [albEdgeLabel(edge)];
    case 'api-integration':
      return apiRouteParts(config);
    case 'event-source-mapping':
      return [`batch ${String(config.BatchSize ?? 10)}`];
    case 'eventbridge-rule':
      return [text(config.ScheduleExpression, 'pattern')];
    case 'dns-alias':
      return [text(config.Failover, 'PRIMARY')];
    default:
      return [];
  }
}

/** Joins the parts into the canvas label, such as "GET /items/{id} · proxy". */
export function edgeLabelText(parts: readonly string[]): string | undefined {
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * Builds the accessible name, such as
 * "Connection from api to items: GET /items/{id}, proxy".
 */
export function edgeAriaLabel(edge: ScenarioEdge, parts: readonly string[]): string {
  const base = `Connection from ${edge.source} to ${edge.target}`;

  return parts.length > 0 ? `${base}: ${parts.join(', ')}` : base;
}
