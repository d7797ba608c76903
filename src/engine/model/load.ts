import { z } from 'zod';

/**
 * Load a simulation sends into a node: `count` messages starting at
 * `startSeconds`, all at once unless `ratePerSecond` spreads them out.
 */
export const loadSchema = z.strictObject({
  target: z.string().min(1, { message: 'name the node id the load sends to' }).meta({
    title: 'Target',
    description: 'Node id of the SQS queue that receives the messages.',
  }),
  count: z.number().int().min(1).max(100_000_000).meta({
    title: 'Messages',
    description: 'How many messages the load sends in total.',
  }),
  startSeconds: z.number().min(0).default(0).meta({
    title: 'Start',
    unit: 's',
    description: 'Simulated time of the first message.',
  }),
  ratePerSecond: z.number().positive().max(10_000_000).optional().meta({
    title: 'Rate',
    unit: 'messages/s',
    description: 'Messages sent per second; all are sent at once when empty.',
  }),
  body: z.string().min(1).default('{}').meta({
    title: 'Body',
    description: 'Message body; SQS rejects an empty body.',
    docUrl:
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html',
  }),
  entry: z.record(z.string(), z.unknown()).optional().meta({
    title: 'PutEvents entry',
    description:
      'For a load into an EventBridge bus: the entry each event is built from ({ "Source", "DetailType", "Detail" }).',
    docUrl:
      'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html',
  }),
  messageGroups: z.number().int().min(1).max(100_000).default(1).meta({
    title: 'Message groups',
    description:
      'FIFO queues only: messages are spread over this many MessageGroupId values in turn.',
    docUrl:
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-key-terms.html',
  }),
});

/** One load of a scenario, with defaults filled in. */
export type ScenarioLoad = z.output<typeof loadSchema>;
