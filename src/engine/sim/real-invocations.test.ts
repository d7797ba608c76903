import { afterAll, describe, expect, it } from 'vitest';
import { createNodeExecutor } from '../../runtime/node/node-executor';
import { sqsScenario } from './sqs-scenario';
import { simulateAsync } from './real-invocations';

const executor = createNodeExecutor();
afterAll(async () => {
  await executor.dispose();
});

// The queue and mapping of the malformed-response case: batch size 2,
// maxReceiveCount 2, ReportBatchItemFailures.
function run(handlerReturn: string) {
  const scenario = sqsScenario({
    queue: { VisibilityTimeout: 30 },
    deadLetterQueue: {},
    maxReceiveCount: 2,
    lambda: {
      code: `export const handler = async (event) => {
        const ids = event.Records.map((record) => record.messageId);
        return ${handlerReturn};
      };`,
    },
    mapping: { BatchSize: 2, FunctionResponseTypes: ['ReportBatchItemFailures'] },
    loads: [{ target: 'queue', count: 2, body: 'order' }],
  });

  return simulateAsync(scenario, { invoker: executor });
}

describe('partial batch responses from a real handler', () => {
  it('empty itemIdentifier sends both to the DLQ', async () => {
    const result = await run(`{ batchItemFailures: [{ itemIdentifier: '' }] }`);
    expect([result.totals.processed, result.queues.dlq?.remaining]).toEqual([0, 2]);
  });

  it('null itemIdentifier sends both to the DLQ', async () => {
    const result = await run(`{ batchItemFailures: [{ itemIdentifier: null }] }`);
    expect([result.totals.processed, result.queues.dlq?.remaining]).toEqual([0, 2]);
  });

  it('second message id retries only it', async () => {
    const result = await run(`{ batchItemFailures: [{ itemIdentifier: ids[ids.length - 1] }] }`);
    expect([result.totals.processed, result.queues.dlq?.remaining]).toEqual([1, 1]);
  });

  it('empty list deletes both', async () => {
    const result = await run(`{ batchItemFailures: [] }`);
    expect([result.totals.processed, result.totals.invocations]).toEqual([2, 1]);
  });

  it('runs every invocation for real', async () => {
    const result = await run(`{ batchItemFailures: [{ itemIdentifier: '' }] }`);
    expect(result.stats.realInvocations).toBe(2);
  });
});
