import type { NodeType } from './node-types';
import { NODE_TYPE_INFO } from './node-types';

/** AWS resource that an edge between two node types represents. */
export type EdgeKind =
  | 'alb-target'
  | 'api-integration'
  | 'event-source-mapping'
  | 'eventbridge-rule'
  | 'database-access'
  | 'proxy-access'
  | 'proxy-target'
  | 'send-message'
  | 'put-events'
  | 'dns-alias';

const SUPPORTED: Record<string, { kind: EdgeKind; creates: string }> = {
  'alb>lambda': { kind: 'alb-target', creates: 'a target group and a listener rule' },
  'apigateway>lambda': {
    kind: 'api-integration',
    creates: 'a route with a Lambda integration',
  },
  'sqs>lambda': { kind: 'event-source-mapping', creates: 'an event source mapping' },
  'eventbridge>lambda': {
    kind: 'eventbridge-rule',
    creates: 'a rule with the function as its target',
  },
  'lambda>rds': {
    kind: 'database-access',
    creates: 'database access for the function',
  },
  'lambda>rdsproxy': {
    kind: 'proxy-access',
    creates: 'database access for the function through the proxy',
  },
  'rdsproxy>rds': {
    kind: 'proxy-target',
    creates: 'the proxy target group pointing at the database',
  },
  'lambda>sqs': {
    kind: 'send-message',
    creates: 'permission to send messages to the queue',
  },
  'lambda>eventbridge': {
    kind: 'put-events',
    creates: 'permission to put events on the bus',
  },
  'route53>alb': {
    kind: 'dns-alias',
    creates: 'a failover alias record pointing at the load balancer',
  },
};

/** Explains why AWS has no direct integration for a pair of services. */
function refusalReason(source: NodeType, target: NodeType): string {
  const from = NODE_TYPE_INFO[source].label;
  const to = NODE_TYPE_INFO[target].label;
  if (source === 'route53') {
    return `A Route 53 record in the playground is an alias to an Application Load Balancer, not to ${to}.`;
  }
  if (target === 'route53') {
    return `Route 53 answers DNS lookups from clients; ${from} does not send to it.`;
  }
  if (source === target) {
    return `A ${from} cannot be connected to another ${from} directly.`;
  }
  if (target === 'lambda') {
    return `${from} cannot invoke a Lambda function.`;
  }
  if (source === 'lambda') {
    return `A function cannot call ${to} in the playground yet; it can call SQS, EventBridge, RDS and RDS Proxy.`;
  }
  if (source === 'rdsproxy') {
    return `An RDS Proxy forwards only to an RDS database, not to ${to}.`;
  }
  if (target === 'rdsproxy') {
    return source === 'rds'
      ? 'Connect the proxy to the database (RDS Proxy → RDS); the proxy opens the connections.'
      : `Only Lambda functions connect to an RDS Proxy in the playground, not ${from}.`;
  }
  if (target === 'rds' || source === 'rds') {
    return `RDS databases connect only to Lambda functions, not to ${source === 'rds' ? to : from}.`;
  }

  return `${from} cannot send to ${to} directly; put a Lambda function between them.`;
}

/** The outcome of checking a connection before it is made. */
export type ConnectionCheck =
  | { ok: true; kind: EdgeKind; creates: string }
  | { ok: false; reason: string };

/** Checks whether AWS supports an edge from `source` to `target`. */
export function checkConnection(source: NodeType, target: NodeType): ConnectionCheck {
  const supported = SUPPORTED[`${source}>${target}`];
  if (supported) {
    return { ok: true, ...supported };
  }

  return { ok: false, reason: refusalReason(source, target) };
}
