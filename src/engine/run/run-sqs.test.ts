// Batch handling follows "Success and failure conditions" in
// https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
import { describe, expect, it } from 'vitest';
import type {
  FunctionInvoker,
  InvocationOutcome,
  InvocationRecord,
  InvocationRequest,
} from '../lambda/invocation';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import type { SqsEvent, SqsMessageInput } from '../sqs/event';
import { createRunEnvironment } from './environment';
import { MAX_RUN_INVOCATIONS } from './run-sqs';
import { runRequest } from './run-request';

type Reply = { outcome?: InvocationOutcome; payload: unknown };

/** Test double of the runtime: answers each event with `reply`; runs no code. */
class ScriptedInvoker implements FunctionInvoker {
  readonly events: SqsEvent[] = [];

  constructor(private readonly reply: (event: SqsEvent, call: number) => Reply) {}

  async invoke(request: InvocationRequest): Promise<InvocationRecord> {
    const event = request.event as SqsEvent;
    this.events.push(event);
    const { outcome = 'success', payload } = this.reply(event, this.events.length);

    return {
      requestId: request.requestId ?? 'request',
      functionNodeId: request.function.nodeId,
      event,
      outcome,
      payload,
      logs: [],
      durationMs: 10,
      billedDurationMs: 10,
      coldStart: false,
      environmentId: 'env-1',
      memorySizeMb: 128,
      maxMemoryUsedMb: 64,
    };
  }
}

function ordersScenario(options: { queue?: object; mapping?: object; redrive?: boolean } = {}): Scenario {
  const parsed = parseScenario({
    version: 1,
    name: 'orders',
    nodes: [
      { id: 'orders-dlq', type: 'sqs', config: {} },
      {
        id: 'orders',
        type: 'sqs',
        config: {
          ...(options.redrive === false
            ? {}
            : { RedrivePolicy: { deadLetterTargetArn: 'orders-dlq', maxReceiveCount: 2 } }),
          ...options.queue,
        },
      },
      { id: 'fn', type: 'lambda', config: { code: 'export const handler = async () => {};' } },
    ],
    edges: [{ id: 'mapping', source: 'orders', target: 'fn', config: { BatchSize: 2, ...options.mapping } }],
  });
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return parsed.value;
}

const REPORT = { FunctionResponseTypes: ['ReportBatchItemFailures'] };
const TWO: SqsMessageInput[] = [{ body: 'm-1' }, { body: 'm-2' }];

async function run(scenario: Scenario, messages: SqsMessageInput[], invoker: FunctionInvoker) {
  const env = createRunEnvironment({ seed: 7, startMs: 1_704_067_200_000 });

  return runRequest(scenario, 'orders', { kind: 'messages', messages }, invoker, env);
}

const bodies = (event: SqsEvent | undefined) => event?.Records.map((record) => record.body);

describe('runSqsMessages batches', () => {
  it('splits messages by BatchSize', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: null }));
    const messages = ['a', 'b', 'c', 'd', 'e'].map((body) => ({ body }));
    const result = await run(ordersScenario(), messages, invoker);

    expect(result.invocations).toHaveLength(3);
    expect(invoker.events.map(bodies)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('returns SendMessageBatch output', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: null }));
    const result = await run(ordersScenario(), TWO, invoker);
    const output = JSON.parse(result.response.body) as { Successful: { Id: string; MessageId: string }[]; Failed: unknown[] };

    expect(output.Successful.map((entry) => entry.Id)).toEqual(['0', '1']);
    expect(output.Successful[0]?.MessageId).toBe(invoker.events[0]?.Records[0]?.messageId);
    expect(output.Failed).toEqual([]);
  });

  it('keeps attribute casing in event', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: null }));
    const city = { DataType: 'String', StringValue: 'Any City' };
    await run(ordersScenario(), [{ body: 'x', messageAttributes: { City: city } }], invoker);

    expect(invoker.events[0]?.Records[0]?.messageAttributes.City).toEqual({
      stringValue: 'Any City',
      stringListValues: [],
      binaryListValues: [],
      dataType: 'String',
    });
  });

  it('repeats output for one seed', async () => {
    const first = await run(ordersScenario(), TWO, new ScriptedInvoker(() => ({ payload: null })));
    const second = await run(ordersScenario(), TWO, new ScriptedInvoker(() => ({ payload: null })));

    expect(first.response.body).toBe(second.response.body);
  });
});

describe('runSqsMessages failures', () => {
  it('redrives empty itemIdentifier batch', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: { batchItemFailures: [{ itemIdentifier: '' }] } }));
    const result = await run(ordersScenario({ mapping: REPORT }), TWO, invoker);
    const moved = result.trace.find((span) => span.label.includes('moved to dead-letter queue'));

    expect(invoker.events.map(bodies)).toEqual([['m-1', 'm-2'], ['m-1', 'm-2']]);
    expect(invoker.events[1]?.Records[0]?.attributes.ApproximateReceiveCount).toBe('2');
    expect(moved?.label).toBe('2 messages moved to dead-letter queue orders-dlq');
    expect(result.message).toMatch(/2 messages moved from orders to its dead-letter queue after 2 receives/);
  });

  it('redrives null itemIdentifier batch', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: { batchItemFailures: [{ itemIdentifier: null }] } }));
    const result = await run(ordersScenario({ mapping: REPORT }), TWO, invoker);

    expect(invoker.events).toHaveLength(2);
    expect(result.message).toMatch(/2 messages moved/);
  });

  it('retries only listed message', async () => {
    const invoker = new ScriptedInvoker((event, call) => ({
      payload: call === 1 ? { batchItemFailures: [{ itemIdentifier: event.Records[1]?.messageId }] } : {},
    }));
    const result = await run(ordersScenario({ mapping: REPORT }), TWO, invoker);

    expect(invoker.events.map(bodies)).toEqual([['m-1', 'm-2'], ['m-2']]);
    expect(result.message).toBeUndefined();
  });

  it('deletes batch on empty list', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: { batchItemFailures: [] } }));
    const result = await run(ordersScenario({ mapping: REPORT }), TWO, invoker);

    expect(invoker.events).toHaveLength(1);
    expect(result.message).toBeUndefined();
  });

  it('ignores failures list without setting', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: { batchItemFailures: [{ itemIdentifier: '' }] } }));
    await run(ordersScenario(), TWO, invoker);

    expect(invoker.events).toHaveLength(1);
  });

  it('returns whole batch on error', async () => {
    const invoker = new ScriptedInvoker((_event, call) =>
      call === 1 ? { outcome: 'error', payload: { errorType: 'Error', errorMessage: 'boom' } } : { payload: null },
    );
    const result = await run(ordersScenario({ mapping: REPORT }), TWO, invoker);
    const wait = result.trace.find((span) => span.label.startsWith('Waiting'));

    expect(invoker.events.map(bodies)).toEqual([['m-1', 'm-2'], ['m-1', 'm-2']]);
    expect(wait?.endMs).toBe(30_000);
  });

  it('stops endless retries at limit', async () => {
    const invoker = new ScriptedInvoker(() => ({ outcome: 'error', payload: {} }));
    const result = await run(ordersScenario({ redrive: false }), TWO, invoker);

    expect(result.invocations).toHaveLength(MAX_RUN_INVOCATIONS);
    expect(result.message).toMatch(/stopped after 25 invocations/);
  });

  it('keeps messages without mapping', async () => {
    const scenario = ordersScenario({ mapping: { Enabled: false } });
    const result = await run(scenario, TWO, new ScriptedInvoker(() => ({ payload: null })));

    expect(result.invocations).toHaveLength(0);
    expect(result.message).toBe('2 messages stay in orders: no enabled event source mapping reads it.');
  });
});

describe('runSqsMessages FIFO', () => {
  const fifo = { QueueName: 'orders.fifo', FifoQueue: true, ContentBasedDeduplication: true };

  it('holds group behind failed message', async () => {
    const invoker = new ScriptedInvoker((event, call) =>
      call === 1 ? { outcome: 'error', payload: {} } : { payload: null },
    );
    const messages = [
      { body: 'a', messageGroupId: 'g1' },
      { body: 'b', messageGroupId: 'g1' },
      { body: 'c', messageGroupId: 'g2' },
    ];
    await run(ordersScenario({ queue: fifo, mapping: { BatchSize: 1 } }), messages, invoker);

    expect(invoker.events.map(bodies)).toEqual([['a'], ['c'], ['a'], ['b']]);
  });

  it('adds SequenceNumber to output', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: null }));
    const result = await run(ordersScenario({ queue: fifo }), [{ body: 'a', messageGroupId: 'g1' }], invoker);
    const output = JSON.parse(result.response.body) as { Successful: { SequenceNumber?: string }[] };

    expect(output.Successful[0]?.SequenceNumber).toBe(invoker.events[0]?.Records[0]?.attributes.SequenceNumber);
    expect(output.Successful[0]?.SequenceNumber).toMatch(/^\d{20}$/);
  });

  it('drops duplicate body silently', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: null }));
    const messages = [
      { body: 'same', messageGroupId: 'g1' },
      { body: 'same', messageGroupId: 'g1' },
    ];
    const result = await run(ordersScenario({ queue: fifo }), messages, invoker);
    const output = JSON.parse(result.response.body) as { Successful: unknown[] };

    expect(output.Successful).toHaveLength(2);
    expect(invoker.events.map(bodies)).toEqual([['same']]);
  });

  it('fails entry without deduplication', async () => {
    const invoker = new ScriptedInvoker(() => ({ payload: null }));
    const queue = { ...fifo, ContentBasedDeduplication: false };
    const result = await run(ordersScenario({ queue }), [{ body: 'a', messageGroupId: 'g1' }], invoker);
    const output = JSON.parse(result.response.body) as { Failed: { Code: string }[] };

    expect(output.Failed[0]?.Code).toBe('InvalidParameterValue');
    expect(invoker.events).toHaveLength(0);
  });
});
