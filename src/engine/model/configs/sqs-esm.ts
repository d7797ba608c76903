import { z } from 'zod';

const PARAMETERS_DOC =
  'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html';
const ERROR_HANDLING_DOC =
  'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html';

/** Largest `BatchSize` for a standard queue; FIFO queues allow at most 10. */
export const MAX_BATCH_SIZE_STANDARD = 10_000;
/** Largest `BatchSize` for a FIFO queue. */
export const MAX_BATCH_SIZE_FIFO = 10;
/** Above this `BatchSize`, AWS requires a batching window of at least 1 s. */
export const BATCH_SIZE_WITHOUT_WINDOW = 10;

/**
 * An SQS event source mapping, the settings of an SQS → Lambda edge, with
 * the property names of `AWS::Lambda::EventSourceMapping`. Rules that depend
 * on the queue (FIFO limits, the batching window above 10 messages) are
 * checked by `validateSqs`, so that a half-edited form still parses.
 */
export const sqsEventSourceMappingConfigSchema = z.strictObject({
  Enabled: z.boolean().default(true).meta({
    title: 'Enabled',
    description: 'A disabled mapping stops polling; messages stay in the queue.',
    docUrl: PARAMETERS_DOC,
  }),
  BatchSize: z.number().int().min(1).max(MAX_BATCH_SIZE_STANDARD).default(10).meta({
    title: 'Batch size',
    description:
      'Most messages in one invocation: 1–10,000 for standard queues, 1–10 for FIFO queues.',
    docUrl: PARAMETERS_DOC,
  }),
  MaximumBatchingWindowInSeconds: z.number().int().min(0).max(300).default(0).meta({
    title: 'Batching window',
    unit: 's',
    description:
      'How long Lambda gathers messages before invoking; at least 1 s when the batch size is above 10. FIFO queues do not support it.',
    docUrl: PARAMETERS_DOC,
  }),
  FunctionResponseTypes: z
    .array(z.enum(['ReportBatchItemFailures']))
    .max(1)
    .default([])
    .meta({
      title: 'Function response types',
      description:
        'With ReportBatchItemFailures, the function returns batchItemFailures and only those messages are retried.',
      docUrl: ERROR_HANDLING_DOC,
    }),
  ScalingConfig: z
    .strictObject({
      MaximumConcurrency: z.number().int().min(2).max(1000).optional().meta({
        title: 'Maximum concurrency',
        description:
          'Most concurrent invocations this mapping starts (2–1,000); at the cap it stops reading instead of being throttled.',
        docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/API_ScalingConfig.html',
      }),
    })
    .optional(),
  FilterCriteria: z
    .strictObject({
      Filters: z
        .array(
          z.strictObject({
            Pattern: z.string().min(1).meta({
              title: 'Pattern',
              description: 'An event filtering pattern, as JSON text.',
            }),
          }),
        )
        .max(10)
        .default([])
        .meta({
          title: 'Filters',
          description:
            'Messages that match no filter are deleted from the queue without invoking the function.',
          docUrl:
            'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html',
        }),
    })
    .optional(),
});

/** An SQS event source mapping with every default filled in. */
export type SqsEventSourceMappingConfig = z.output<
  typeof sqsEventSourceMappingConfigSchema
>;
