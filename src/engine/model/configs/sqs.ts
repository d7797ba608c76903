import { z } from 'zod';

const QUEUE_DOC =
  'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html';

/** An SQS queue, with CloudFormation property names. */
export const sqsConfigSchema = z.strictObject({
  QueueName: z.string().min(1).max(80).optional().meta({
    title: 'Queue name',
    description: 'FIFO queue names end in .fifo; the node id is used when empty.',
  }),
  FifoQueue: z.boolean().default(false).meta({
    title: 'FIFO queue',
    description: 'Keeps order within a message group and removes duplicates.',
    docUrl: QUEUE_DOC,
  }),
  ContentBasedDeduplication: z.boolean().default(false).meta({
    title: 'Content-based deduplication',
    description:
      'FIFO queues only: the deduplication id is the SHA-256 of the body when a message has none.',
    docUrl: QUEUE_DOC,
  }),
  VisibilityTimeout: z.number().int().min(0).max(43200).default(30).meta({
    title: 'Visibility timeout',
    unit: 's',
    description: 'How long a received message stays hidden from other readers.',
    docUrl: QUEUE_DOC,
  }),
  MessageRetentionPeriod: z
    .number()
    .int()
    .min(60)
    .max(1209600)
    .default(345600)
    .meta({
      title: 'Message retention',
      unit: 's',
      description: 'Messages older than this are deleted.',
      docUrl: QUEUE_DOC,
    }),
  DelaySeconds: z.number().int().min(0).max(900).default(0).meta({
    title: 'Delivery delay',
    unit: 's',
    description: 'New messages stay invisible for this long.',
    docUrl: QUEUE_DOC,
  }),
  RedrivePolicy: z
    .strictObject({
      deadLetterTargetArn: z.string().min(1).meta({
        title: 'Dead-letter queue',
        description: 'ARN or node id of the queue that receives failed messages.',
        docUrl: QUEUE_DOC,
      }),
      maxReceiveCount: z.number().int().min(1).max(1000).meta({
        title: 'Maximum receives',
        description:
          'Receives before a message moves to the dead-letter queue.',
        docUrl: QUEUE_DOC,
      }),
    })
    .optional(),
});

export type SqsConfig = z.output<typeof sqsConfigSchema>;
