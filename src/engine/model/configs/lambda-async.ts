import { z } from 'zod';

const INVOKE_CONFIG_DOC =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-eventinvokeconfig.html';
const DESTINATIONS_DOC =
  'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html';

/** Lambda's defaults for asynchronous invocation: 2 retries, 6 hours. */
export const DEFAULT_EVENT_INVOKE_CONFIG = {
  MaximumRetryAttempts: 2,
  MaximumEventAgeInSeconds: 21_600,
} as const;

function destinationSchema(title: string, description: string) {
  return z
    .strictObject({
      Destination: z.string().min(1).meta({
        title,
        description,
        docUrl: DESTINATIONS_DOC,
      }),
    })
    .optional();
}

/**
 * Settings of a function's asynchronous invocation, with the property names
 * of `AWS::Lambda::EventInvokeConfig`.
 */
export const eventInvokeConfigSchema = z.strictObject({
  MaximumRetryAttempts: z.number().int().min(0).max(2).default(2).meta({
    title: 'Retry attempts',
    description:
      'Retries after a function error, 0–2; Lambda waits about 1 minute before the first and 2 minutes before the second.',
    docUrl:
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
  }),
  MaximumEventAgeInSeconds: z
    .number()
    .int()
    .min(60)
    .max(21_600)
    .default(21_600)
    .meta({
      title: 'Maximum event age',
      unit: 's',
      description:
        'How long an event may wait in the asynchronous queue, 60–21,600 s; older events are discarded.',
      docUrl: INVOKE_CONFIG_DOC,
    }),
  DestinationConfig: z
    .strictObject({
      OnSuccess: destinationSchema(
        'On-success destination',
        'Node id or ARN of the SQS queue, EventBridge bus or function that receives a record of each successful invocation.',
      ),
      OnFailure: destinationSchema(
        'On-failure destination',
        'Node id or ARN of the SQS queue, EventBridge bus or function that receives a record of each discarded event.',
      ),
    })
    .optional(),
});

/** A function's dead-letter queue, as in `AWS::Lambda::Function`. */
export const functionDeadLetterConfigSchema = z.strictObject({
  TargetArn: z.string().min(1).meta({
    title: 'Dead-letter queue',
    description:
      'Node id or ARN of the SQS queue that receives asynchronous events whose retries ran out.',
    docUrl:
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq',
  }),
});

/** Asynchronous invocation settings with every default filled in. */
export type EventInvokeConfig = z.output<typeof eventInvokeConfigSchema>;
