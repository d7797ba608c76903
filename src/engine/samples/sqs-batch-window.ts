import type { Scenario } from '../model/scenario';
import { sampleSettings } from './settings';

/**
 * The same burst as the batch-size-10 sample, read 200 messages at a time
 * with a 5-second batching window, so far fewer invocations drain it.
 */
export const SQS_BATCH_WINDOW_SAMPLE: Scenario = {
  version: 1,
  name: 'SQS burst: batch size 200 with a batching window',
  description:
    'A burst of 2,000 messages read by an event source mapping with BatchSize 200 and MaximumBatchingWindowInSeconds 5. Simulate, then set BatchSize to 10 and the window to 0 and compare invocations.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'orders',
      type: 'sqs',
      position: { x: 0, y: 80 },
      config: { QueueName: 'orders', VisibilityTimeout: 90 },
    },
    {
      id: 'process-order',
      type: 'lambda',
      position: { x: 380, y: 80 },
      config: {
        FunctionName: 'process-order',
        Timeout: 10,
        simulation: { durationMs: 100, perMessageMs: 5, coldStartMs: 250 },
        code: `// Runs once per batch; one invocation covers up to 200 messages.
export const handler = async (event) => {
  console.log('batch of', event.Records.length, 'messages');
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
      config: { BatchSize: 200, MaximumBatchingWindowInSeconds: 5 },
    },
  ],
  loads: [{ target: 'orders', count: 2000, startSeconds: 0, body: '{"orderId":"o-1"}', messageGroups: 1 }],
};
