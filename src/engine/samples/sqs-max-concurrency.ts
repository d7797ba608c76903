import type { Scenario } from '../model/scenario';
import { sampleSettings } from './settings';

/**
 * An event source mapping capped at five concurrent invocations, so that a
 * burst never puts more than five calls on the downstream system at once.
 * https://docs.aws.amazon.com/lambda/latest/dg/API_ScalingConfig.html
 */
export const SQS_MAX_CONCURRENCY_SAMPLE: Scenario = {
  version: 1,
  name: 'SQS maximum concurrency protects a downstream system',
  description:
    'A burst of 3,000 messages read by a mapping with ScalingConfig.MaximumConcurrency 5: the function never runs more than five copies, so the downstream API it calls sees at most five requests at once, and no invocation is throttled. Simulate and read the concurrency chart.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'updates',
      type: 'sqs',
      position: { x: 0, y: 80 },
      config: { QueueName: 'updates', VisibilityTimeout: 60 },
    },
    {
      id: 'sync-partner',
      type: 'lambda',
      position: { x: 380, y: 80 },
      config: {
        FunctionName: 'sync-partner',
        Timeout: 10,
        simulation: { durationMs: 400, jitterMs: 100, coldStartMs: 250 },
        code: `// Calls a partner API that allows five requests at a time.
export const handler = async (event) => {
  console.log('sending', event.Records.length, 'updates to the partner API');
};
`,
      },
    },
  ],
  edges: [
    {
      id: 'updates-sync-partner',
      source: 'updates',
      target: 'sync-partner',
      config: { BatchSize: 10, ScalingConfig: { MaximumConcurrency: 5 } },
    },
  ],
  loads: [{ target: 'updates', count: 3000, startSeconds: 0, body: '{"id":1}', messageGroups: 1 }],
};
