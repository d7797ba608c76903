import {
  apiStageName,
  NODE_CONFIG_SCHEMAS,
  type ApiGatewayConfig,
  type ScenarioEdge,
  type ScenarioNode,
} from '../../engine/model';

/** Returns the name AWS would show for a node: its name property, else its id. */
export function displayName(node: ScenarioNode): string {
  const config = node.config;
  const name =
    config.FunctionName ??
    config.QueueName ??
    config.DBInstanceIdentifier ??
    config.DBProxyName ??
    config.Name;

  return typeof name === 'string' && name !== '' ? name : node.id;
}

/** Returns the config with defaults filled in, or the raw config if it is invalid. */
function resolvedConfig(node: ScenarioNode): Record<string, unknown> {
  const parsed = NODE_CONFIG_SCHEMAS[node.type].safeParse(node.config);

  return parsed.success ? (parsed.data as Record<string, unknown>) : node.config;
}

/** Lists the key settings a node shows on the canvas, as short lines. */
export function keySettings(node: ScenarioNode): string[] {
  const config = resolvedConfig(node);
  switch (node.type) {
    case 'lambda':
      return [
        String(config.Runtime),
        `${String(config.MemorySize)} MB · ${String(config.Timeout)} s timeout`,
      ];
    case 'alb':
      return [`${String(config.Protocol)} listener on port ${String(config.Port)}`];
    case 'sqs':
      return [
        config.FifoQueue === true ? 'FIFO' : 'Standard',
        `visibility timeout ${String(config.VisibilityTimeout)} s`,
      ];
    case 'apigateway':
      return [
        `${String(config.ProtocolType)} API · stage ${apiStageName(config as ApiGatewayConfig)}`,
      ];
    case 'eventbridge':
      return ['event bus'];
    case 'rds':
      return [`PostgreSQL · ${String(config.DBInstanceClass)}`];
    case 'rdsproxy':
      return [
        `pool ${String(config.MaxConnectionsPercent)} % of max_connections`,
        `borrow timeout ${String(config.ConnectionBorrowTimeout)} s`,
      ];
    case 'route53':
      return [`${String(config.Type)} ${String(config.Name)} · failover`];
  }
}

/** Returns the label of an ALB→Lambda edge: its rule priority, or "default". */
export function albEdgeLabel(edge: ScenarioEdge): string {
  const priority = edge.config.Priority;

  return typeof priority === 'number' ? `priority ${priority}` : 'default';
}
