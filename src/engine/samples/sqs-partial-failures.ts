import type { Scenario } from '../model/scenario';
import { sampleSettings } from './settings';

/**
 * A function that reports single failed messages with batchItemFailures:
 * only those return to the queue, and after five receives SQS moves them
 * to the dead-letter queue.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export const SQS_PARTIAL_FAILURES_SAMPLE: Scenario = {
  version: 1,
  name: 'SQS partial batch failures and a dead-letter queue',
  description:
    'An event source mapping with ReportBatchItemFailures: the function returns the ids of the messages it could not process, and only those are retried. Messages that fail five receives move to the dead-letter queue. Send [{"body":"poison"},{"body":"ok"}] to the queue and read the second receive.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'payments',
      type: 'sqs',
      position: { x: 0, y: 80 },
      config: {
        QueueName: 'payments',
        VisibilityTimeout: 30,
        RedrivePolicy: { deadLetterTargetArn: 'payments-dlq', maxReceiveCount: 5 },
      },
    },
    {
      id: 'payments-dlq',
      type: 'sqs',
      position: { x: 0, y: 280 },
      config: { QueueName: 'payments-dlq' },
    },
    {
      id: 'charge',
      type: 'lambda',
      position: { x: 380, y: 80 },
      config: {
        FunctionName: 'charge',
        Timeout: 5,
        simulation: { durationMs: 150, itemFailureRate: 0.4, coldStartMs: 250 },
        code: `// Reports each message it cannot process; the rest are deleted.
export const handler = async (event) => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    if (record.body.includes('poison')) {
      console.log('cannot process', record.messageId);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
`,
      },
    },
  ],
  edges: [
    {
      id: 'payments-charge',
      source: 'payments',
      target: 'charge',
      config: { BatchSize: 10, FunctionResponseTypes: ['ReportBatchItemFailures'] },
    },
  ],
  loads: [{ target: 'payments', count: 1000, startSeconds: 0, body: '{"amount":5}', messageGroups: 1 }],
};
