import { beforeAll, describe, expect, it } from 'vitest';
import type { SqsEvent } from '../../engine/sqs/event';
import { CLI_RUNS_TIMEOUT_MS, runCli, type CliRun } from '../run-cli';
import { writeInputs } from './eventbridge-cli.testing';

interface PrintedInvocation {
  functionNodeId: string;
  event: SqsEvent;
  result: unknown;
  logs: string[];
  outcome: string;
}

interface PrintedRun {
  response: { statusCode: number; body: string };
  invocations: PrintedInvocation[];
  message?: string;
}

// Tries a queue that does not exist and one that exists but is not connected.
const SENDER_CODE = `
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
async function nameOf(QueueUrl) {
  try {
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
    return 'sent';
  } catch (error) {
    return error.name;
  }
}
export const handler = async () => ({
  missing: await nameOf('https://sqs.us-east-1.amazonaws.com/123456789012/missing'),
  unconnected: await nameOf('https://sqs.us-east-1.amazonaws.com/123456789012/other'),
  connected: await nameOf('out'),
});
`;

const SENDER = {
  version: 1,
  name: 'sender',
  nodes: [
    { id: 'in', type: 'sqs', config: {} },
    { id: 'out', type: 'sqs', config: {} },
    { id: 'other', type: 'sqs', config: {} },
    { id: 'fn', type: 'lambda', config: { code: SENDER_CODE } },
  ],
  edges: [
    { id: 'in-fn', source: 'in', target: 'fn', config: {} },
    { id: 'fn-out', source: 'fn', target: 'out', config: {} },
  ],
};

describe('invoke with --messages', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const files = writeInputs({ 'sender.json': SENDER, 'one.json': [{ body: 'go' }], 'bad.json': [{ body: '' }] });
    const invoke = ['invoke', 'examples/sqs-orders.json', '--node', 'orders', '--seed', '1', '--messages'];
    const cases: Record<string, string[]> = {
      orders: [...invoke, 'examples/messages.json'],
      bad: [...invoke, files['bad.json']!],
      sender: ['invoke', files['sender.json']!, '--node', 'in', '--messages', files['one.json']!],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => [name, await runCli(args)] as const),
    );
    Object.assign(runs, Object.fromEntries(entries));
  }, CLI_RUNS_TIMEOUT_MS);

  const printed = (name: string) => JSON.parse(runs[name]?.stdout ?? '{}') as PrintedRun;

  it('returns SendMessageBatch output', () => {
    const output = JSON.parse(printed('orders').response.body) as { Successful: unknown[]; Failed: unknown[] };

    expect(runs.orders?.exitCode).toBe(0);
    expect(output.Successful).toHaveLength(3);
    expect(output.Failed).toEqual([]);
  });

  it('runs handler with batch failures', () => {
    const [first] = printed('orders').invocations;
    const failedId = first?.event.Records[1]?.messageId;

    expect(first?.functionNodeId).toBe('process-order');
    expect(first?.result).toEqual({ batchItemFailures: [{ itemIdentifier: failedId }] });
  });

  it('runs second function from send', () => {
    const shipping = printed('orders').invocations.filter((record) => record.functionNodeId === 'ship-order');
    const bodies = shipping[0]?.event.Records.map((record) => JSON.parse(record.body) as unknown);

    expect(shipping).toHaveLength(1);
    expect(bodies).toEqual([{ orderId: 1, item: 'book' }, { orderId: 3, item: 'pen' }]);
    expect(shipping[0]?.event.Records[0]?.eventSourceARN).toBe('arn:aws:sqs:us-east-1:123456789012:shipments');
  });

  it('retries failed message once more', () => {
    const retries = printed('orders').invocations.slice(2);
    const records = retries[0]?.event.Records ?? [];

    expect(retries.map((record) => record.functionNodeId)).toEqual(['process-order']);
    expect(records.map((record) => record.body)).toEqual(['{"orderId":2}']);
    expect(records[0]?.attributes.ApproximateReceiveCount).toBe('2');
  });

  it('reports dead-lettered message', () => {
    expect(printed('orders').message).toMatch(/^1 message moved from orders to its dead-letter queue after 2 receives\./);
  });

  it('names SDK errors in handler', () => {
    expect(printed('sender').invocations[0]?.result).toEqual({
      missing: 'QueueDoesNotExist',
      unconnected: 'AccessDenied',
      connected: 'sent',
    });
  });

  it('rejects empty body in one line', () => {
    expect(runs.bad?.exitCode).toBe(1);
    expect(runs.bad?.stderr.trim().split('\n')).toHaveLength(1);
    expect(runs.bad?.stderr).toMatch(/Message 0 has no body/);
  });
});
