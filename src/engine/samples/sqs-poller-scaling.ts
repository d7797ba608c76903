import type { Scenario } from '../model/scenario';
import { sampleSettings } from './settings';

/**
 * A backlog of 100,000 messages drained by a one-second function. The
 * current scaling model adds up to 300 concurrent batches a minute, the
 * classic one 60, so switching the setting changes the drain time.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html
 */
export const SQS_POLLER_SCALING_SAMPLE: Scenario = {
  version: 1,
  name: 'SQS poller scaling: classic and current',
  description:
    'A backlog of 100,000 messages and a function that takes one second per batch. Simulate with SQS poller scaling "current" (up to 300 more concurrent batches a minute), then with "classic" (up to 60 a minute), and compare the pollers chart and drain time.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'backlog',
      type: 'sqs',
      position: { x: 0, y: 80 },
      config: { QueueName: 'backlog', VisibilityTimeout: 60 },
    },
    {
      id: 'worker',
      type: 'lambda',
      position: { x: 380, y: 80 },
      config: {
        FunctionName: 'worker',
        Timeout: 10,
        simulation: { durationMs: 1000, coldStartMs: 250 },
        code: `// Takes about a second per batch of 10 messages.
export const handler = async (event) => {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  console.log('processed', event.Records.length);
};
`,
      },
    },
  ],
  edges: [
    {
      id: 'backlog-worker',
      source: 'backlog',
      target: 'worker',
      config: { BatchSize: 10 },
    },
  ],
  loads: [{ target: 'backlog', count: 100000, startSeconds: 0, body: '{"job":1}', messageGroups: 1 }],
};
