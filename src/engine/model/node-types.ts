/** Node types a scenario may contain, in palette order. */
export const NODE_TYPES = [
  'alb',
  'apigateway',
  'sqs',
  'eventbridge',
  'rds',
  'rdsproxy',
  'lambda',
  'route53',
] as const;

/** One of the services that can be placed on the canvas. */
export type NodeType = (typeof NODE_TYPES)[number];

/** Display details the palette and the canvas show for each node type. */
export interface NodeTypeInfo {
  /** AWS's name for the service. */
  label: string;
  /** One line on what the service sends to Lambda, or receives from it. */
  summary: string;
  /** The service's role, used to group the palette. */
  group: 'Entry points' | 'Messaging' | 'Compute' | 'Data';
}

export const NODE_TYPE_INFO: Record<NodeType, NodeTypeInfo> = {
  alb: {
    label: 'Application Load Balancer',
    summary: 'Turns HTTP requests into synchronous Lambda invocations.',
    group: 'Entry points',
  },
  apigateway: {
    label: 'API Gateway',
    summary: 'Routes REST or HTTP API requests to a function.',
    group: 'Entry points',
  },
  sqs: {
    label: 'SQS queue',
    summary: 'Delivers messages in batches through an event source mapping.',
    group: 'Messaging',
  },
  eventbridge: {
    label: 'EventBridge bus',
    summary: 'Matches events to rules and invokes functions asynchronously.',
    group: 'Messaging',
  },
  lambda: {
    label: 'Lambda function',
    summary: 'Runs your handler code for each event it receives.',
    group: 'Compute',
  },
  rds: {
    label: 'RDS database',
    summary: 'A PostgreSQL database that functions connect to.',
    group: 'Data',
  },
  rdsproxy: {
    label: 'RDS Proxy',
    summary: 'Pools database connections so that many functions share a few.',
    group: 'Data',
  },
  route53: {
    label: 'Route 53',
    summary: 'Answers DNS lookups with a load balancer, failing over when it is unhealthy.',
    group: 'Entry points',
  },
};

/** Tells whether a string names a known node type. */
export function isNodeType(value: unknown): value is NodeType {
  return (
    typeof value === 'string' && (NODE_TYPES as readonly string[]).includes(value)
  );
}
