import type { Scenario, ScenarioEdge, ScenarioNode } from '../model/scenario';
import { sampleSettings } from './settings';

const HANDLER = `import pg from 'pg';

// Opened once per execution environment, at module scope, and kept for
// warm invocations, as AWS recommends.
const client = new pg.Client();
await client.connect();

export const handler = async (event) => {
  for (const record of event.Records) {
    const order = JSON.parse(record.body);
    await client.query('INSERT INTO orders (order_id) VALUES ($1)', [order.orderId]);
  }
};
`;

const SEED_SQL = `CREATE TABLE orders (
  id serial PRIMARY KEY,
  order_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO orders (order_id) VALUES ('o-seed-1'), ('o-seed-2');
`;

/**
 * The burst both RDS samples share: 5,000 messages on a queue, a function
 * without reserved concurrency that scales out, and a db.t3.micro
 * (max_connections 112). `viaProxy` puts an RDS Proxy in between.
 */
export function rdsBurstScenario(viaProxy: boolean): Scenario {
  const nodes: ScenarioNode[] = [
    {
      id: 'orders',
      type: 'sqs',
      position: { x: 0, y: 80 },
      // Six times the function timeout, as AWS advises for an SQS event source.
      config: { QueueName: 'orders', VisibilityTimeout: 180 },
    },
    {
      id: 'save-order',
      type: 'lambda',
      position: { x: 340, y: 80 },
      config: {
        FunctionName: 'save-order',
        Timeout: 30,
        MemorySize: 256,
        simulation: { durationMs: 2000, jitterMs: 200, coldStartMs: 400 },
        code: HANDLER,
      },
    },
    {
      id: 'orders-db',
      type: 'rds',
      position: { x: viaProxy ? 1020 : 680, y: 80 },
      config: { DBInstanceClass: 'db.t3.micro', seedSql: SEED_SQL },
    },
  ];
  const edges: ScenarioEdge[] = [
    { id: 'orders-save-order', source: 'orders', target: 'save-order', config: { BatchSize: 5 } },
  ];
  if (viaProxy) {
    nodes.push({
      id: 'orders-proxy',
      type: 'rdsproxy',
      position: { x: 680, y: 80 },
      config: { DBProxyName: 'orders-proxy' },
    });
    edges.push(
      { id: 'save-order-proxy', source: 'save-order', target: 'orders-proxy', config: {} },
      { id: 'proxy-orders-db', source: 'orders-proxy', target: 'orders-db', config: {} },
    );
  } else {
    edges.push({ id: 'save-order-db', source: 'save-order', target: 'orders-db', config: {} });
  }

  return {
    version: 1,
    name: viaProxy ? 'SQS burst → Lambda → RDS Proxy → RDS' : 'SQS burst → Lambda → RDS',
    description: viaProxy
      ? 'The same burst as the direct sample, with an RDS Proxy in front of the db.t3.micro. Each environment opens a client connection to the proxy; the proxy lends at most 112 database connections, one per transaction. Press Simulate: no connection is refused, some invocations wait for a pooled one.'
      : 'A burst of 5,000 messages makes the function scale out past 100 execution environments. Each one opens its own connection at module scope and keeps it, and a db.t3.micro allows 112 (max_connections). Press Simulate and watch dbConnections reach the limit and new environments fail with "sorry, too many clients already".',
    settings: sampleSettings(),
    nodes,
    edges,
    loads: [
      {
        target: 'orders',
        count: 5000,
        startSeconds: 0,
        body: '{"orderId":"o-1"}',
        messageGroups: 1,
      },
    ],
  };
}
