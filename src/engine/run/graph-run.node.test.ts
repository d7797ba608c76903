// Handlers send with the SDK stand-ins; the Run follows what they send.
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeExecutor, type NodeExecutor } from '../../runtime/node/node-executor';
import { graphHost } from '../../runtime/host/graph-host';
import type { SqsEvent } from '../sqs/event';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { createRunEnvironment } from './environment';
import { GraphCallRouter } from './graph-calls';
import { MAX_RUN_INVOCATIONS } from './graph-run';
import { runRequest } from './run-request';
import type { RunInput } from './types';

const ORDERS_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders';

const SENDER = `
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async () => {
  await sqs.send(new SendMessageCommand({ QueueUrl: '${ORDERS_URL}', MessageBody: '{"orderId":42}' }));
  return { statusCode: 202, body: 'queued' };
};`;

const WORKER = `export const handler = async (event) => ({ bodies: event.Records.map((r) => r.body) });`;

const PUTTER = `
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
const events = new EventBridgeClient({});
export const handler = async (event) => events.send(new PutEventsCommand({ Entries: [
  { EventBusName: event.bus, Source: 'shop.orders', DetailType: 'OrderPlaced', Detail: '{"orderId":7}' },
] }));`;

const ECHO = `export const handler = async (event) => ({ got: event });`;

// Tries a queue that does not exist and one that exists but is not connected.
const PROBE = `
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
const nameOf = (QueueUrl) => sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' })).then(() => 'sent', (error) => error.name);
export const handler = async () => ({
  missing: await nameOf('https://sqs.us-east-1.amazonaws.com/123456789012/missing'),
  unconnected: await nameOf('${ORDERS_URL}'),
});`;

const LOOP = `
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
const events = new EventBridgeClient({});
export const handler = async () => events.send(new PutEventsCommand({ Entries: [
  { EventBusName: 'orders-bus', Source: 'shop.orders', DetailType: 'Again', Detail: '{}' },
] }));`;

let executor: NodeExecutor | undefined;
afterEach(async () => {
  await executor?.dispose();
  executor = undefined;
});

function scenarioOf(nodes: unknown[], edges: unknown[]): Scenario {
  const parsed = parseScenario({ version: 1, name: 'graph', nodes, edges });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

const queueGraph = (senderCode = SENDER, connected = true) =>
  scenarioOf(
    [
      { id: 'alb', type: 'alb', config: {} },
      { id: 'api-fn', type: 'lambda', config: { code: senderCode } },
      { id: 'orders', type: 'sqs', config: { QueueName: 'orders' } },
      { id: 'worker-fn', type: 'lambda', config: { code: WORKER } },
    ],
    [
      { id: 'alb-api', source: 'alb', target: 'api-fn', config: {} },
      ...(connected ? [{ id: 'api-orders', source: 'api-fn', target: 'orders', config: {} }] : []),
      { id: 'orders-worker', source: 'orders', target: 'worker-fn', config: {} },
    ],
  );

const busGraph = (producerCode = PUTTER, connected = true) =>
  scenarioOf(
    [
      { id: 'producer', type: 'lambda', config: { code: producerCode } },
      { id: 'bus', type: 'eventbridge', config: { Name: 'orders-bus' } },
      { id: 'consumer', type: 'lambda', config: { code: producerCode === LOOP ? LOOP : ECHO } },
    ],
    [
      ...(connected ? [{ id: 'producer-bus', source: 'producer', target: 'bus', config: {} }] : []),
      { id: 'bus-consumer', source: 'bus', target: 'consumer', config: { EventPattern: { source: ['shop.orders'] } } },
      ...(producerCode === LOOP ? [{ id: 'consumer-bus', source: 'consumer', target: 'bus', config: {} }] : []),
    ],
  );

async function run(scenario: Scenario, entry: string, input: RunInput) {
  const serviceCalls = new GraphCallRouter();
  executor = createNodeExecutor({ host: graphHost(serviceCalls) });
  const env = createRunEnvironment({ seed: 5, startMs: 1_700_000_000_000 });

  return runRequest(scenario, entry, input, executor, env, { serviceCalls });
}

const GET = { kind: 'http', raw: 'GET / HTTP/1.1\r\nHost: alb.example.com\r\n\r\n' } as const;

describe('ALB entry sending to a queue', () => {
  it('runs the queue function after', async () => {
    const result = await run(queueGraph(), 'alb', GET);

    expect(result.invocations.map((record) => record.functionNodeId)).toEqual(['api-fn', 'worker-fn']);
  });

  it('delivers the sent body', async () => {
    const result = await run(queueGraph(), 'alb', GET);
    const event = result.invocations[1]?.event as SqsEvent;

    expect(event.Records.map((record) => record.body)).toEqual(['{"orderId":42}']);
  });

  it('keeps the client response', async () => {
    const result = await run(queueGraph(), 'alb', GET);

    expect(result.response.statusCode).toBe(202);
  });

  it('traces the send under the invoke', async () => {
    const result = await run(queueGraph(), 'alb', GET);
    const send = result.trace.find((span) => span.label === 'api-fn sent 1 message to orders');
    const parent = result.trace.find((span) => span.id === send?.parentId);

    expect(parent?.label).toBe('Lambda invoke (success)');
  });

  it('rejects unknown and unconnected queues', async () => {
    const result = await run(queueGraph(PROBE, false), 'alb', GET);

    expect(result.invocations[0]?.payload).toEqual({ missing: 'QueueDoesNotExist', unconnected: 'AccessDenied' });
  });
});

describe('API entry sending to a queue', () => {
  it('runs the queue function after', async () => {
    const scenario = queueGraph();
    scenario.nodes[0] = { ...scenario.nodes[0], id: 'api', type: 'apigateway', config: { ProtocolType: 'HTTP' } } as Scenario['nodes'][number];
    scenario.edges[0] = { id: 'api-route', source: 'api', target: 'api-fn', config: { RouteKey: '$default' } };
    const result = await run(scenario, 'api', { kind: 'http', raw: 'GET /orders HTTP/1.1\r\nHost: api.example.com\r\n\r\n' });

    expect(result.invocations.map((record) => record.functionNodeId)).toEqual(['api-fn', 'worker-fn']);
  });
});

describe('direct event putting events', () => {
  const input = { kind: 'event', event: { bus: 'orders-bus' } } as const;

  it('invokes the rule target', async () => {
    const result = await run(busGraph(), 'producer', input);

    expect(result.invocations.map((record) => record.functionNodeId)).toEqual(['producer', 'consumer']);
  });

  it('hands the target the event', async () => {
    const result = await run(busGraph(), 'producer', input);

    expect(result.invocations[1]?.event).toMatchObject({ source: 'shop.orders', detail: { orderId: 7 } });
  });

  it('delivers as an async invoke', async () => {
    const result = await run(busGraph(), 'producer', input);

    expect(result.trace.some((span) => span.label === 'Delivery 1: Invoke (Event) → 202 Accepted')).toBe(true);
  });

  it('returns the event id to the handler', async () => {
    const result = await run(busGraph(), 'producer', input);
    const output = result.invocations[0]?.payload as { Entries: { EventId: string }[] };

    expect(output.Entries[0]?.EventId).toBe((result.invocations[1]?.event as { id: string }).id);
  });

  it('denies an unconnected bus per entry', async () => {
    const result = await run(busGraph(PUTTER, false), 'producer', input);
    const output = result.invocations[0]?.payload as { FailedEntryCount: number; Entries: { ErrorCode?: string }[] };

    expect(output.FailedEntryCount).toBe(1);
    expect(output.Entries[0]?.ErrorCode).toBe('AccessDeniedException');
    expect(result.invocations).toHaveLength(1);
  });

  it('accepts a missing bus silently', async () => {
    const result = await run(busGraph(), 'producer', { kind: 'event', event: { bus: 'no-such-bus' } });
    const output = result.invocations[0]?.payload as { FailedEntryCount: number };

    expect(output.FailedEntryCount).toBe(0);
    expect(result.invocations).toHaveLength(1);
    expect(result.trace.some((span) => span.label.endsWith('no-such-bus, which does not exist'))).toBe(true);
  });

  it('stops a loop at the limit', async () => {
    const result = await run(busGraph(LOOP), 'producer', input);

    expect(result.invocations).toHaveLength(MAX_RUN_INVOCATIONS);
    expect(result.message).toMatch(/stopped after 25 invocations/);
  });
});
