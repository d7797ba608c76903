import type { Scenario } from '../model/scenario';
import { sampleSettings } from './settings';

/**
 * A burst of 2,000 messages into a queue drained by one function, 10 messages
 * per batch. Two invocations in five fail, so a few messages fail five receives
 * in a row and move to the dead-letter queue.
 */
export const SQS_BURST_SAMPLE: Scenario = {
  version: 1,
  name: 'SQS burst → Lambda',
  description:
    'A burst of 2,000 messages lands on an SQS queue; an event source mapping reads batches of 10 into a function. Press Simulate and watch the queue drain, the pollers scale and failed messages reach the dead-letter queue.',
  // Seed 2 draws a run in which a few batches fail five times.
  settings: sampleSettings({ seed: 2 }),
  nodes: [
    {
      id: 'orders',
      type: 'sqs',
      position: { x: 0, y: 80 },
      config: {
        QueueName: 'orders',
        VisibilityTimeout: 30,
        RedrivePolicy: { deadLetterTargetArn: 'orders-dlq', maxReceiveCount: 5 },
      },
    },
    {
      id: 'orders-dlq',
      type: 'sqs',
      position: { x: 0, y: 280 },
      config: { QueueName: 'orders-dlq' },
    },
    {
      id: 'process-order',
      type: 'lambda',
      position: { x: 380, y: 80 },
      config: {
        FunctionName: 'process-order',
        Timeout: 5,
        MemorySize: 128,
        simulation: { durationMs: 200, jitterMs: 50, errorRate: 0.4, coldStartMs: 250 },
        code: `// Runs for every batch of up to 10 messages the event source mapping reads.
export const handler = async (event) => {
  for (const record of event.Records) {
    const order = JSON.parse(record.body);
    console.log('order', order.orderId, 'receive', record.attributes.ApproximateReceiveCount);
  }
};
`,
      },
    },
  ],
  edges: [
    {
      id: 'orders-process-order',
      source: 'orders',
      target: 'process-order',
      config: { BatchSize: 10 },
    },
  ],
  loads: [{ target: 'orders', count: 2000, startSeconds: 0, body: '{"orderId":"o-1"}', messageGroups: 1 }],
};
