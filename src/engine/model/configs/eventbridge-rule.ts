import { z } from 'zod';

const RULE_DOC =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-rule.html';
const RETRY_DOC =
  'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html';
const DLQ_DOC =
  'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html';
const TRANSFORM_DOC =
  'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html';

/** EventBridge's default target retry policy: 24 hours and 185 attempts. */
export const DEFAULT_RULE_RETRY_POLICY = {
  MaximumRetryAttempts: 185,
  MaximumEventAgeInSeconds: 86_400,
} as const;

/**
 * An EventBridge rule whose target is the function at the edge's end, with
 * the property names of `AWS::Events::Rule` and its `Target`. Whether the
 * rule has a pattern or a schedule is checked by the validation rules, so
 * that a half-edited form still parses.
 */
export const eventBridgeRuleConfigSchema = z.strictObject({
  Name: z
    .string()
    .regex(/^[.\-_A-Za-z0-9]{1,64}$/, {
      message: 'use 1 to 64 letters, digits, dots, hyphens or underscores',
    })
    .optional()
    .meta({
      title: 'Rule name',
      description: 'Name of the rule; the edge id is used when empty.',
      docUrl: RULE_DOC,
    }),
  State: z.enum(['ENABLED', 'DISABLED']).default('ENABLED').meta({
    title: 'State',
    description: 'A disabled rule matches nothing and never fires.',
    docUrl: RULE_DOC,
  }),
  EventPattern: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .optional()
    .meta({
      title: 'Event pattern',
      description:
        'Events on the bus that match this pattern go to the function. Set this or a schedule, not both.',
      docUrl:
        'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html',
    }),
  ScheduleExpression: z.string().optional().meta({
    title: 'Schedule expression',
    description:
      'rate(5 minutes) or cron(0 12 * * ? *), in UTC; only on the default bus. Set this or a pattern, not both.',
    docUrl:
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html',
  }),
  RetryPolicy: z
    .strictObject({
      MaximumRetryAttempts: z.number().int().min(0).max(185).default(185).meta({
        title: 'Maximum retry attempts',
        description:
          'Retries of a delivery the function did not accept, 0–185. Errors thrown by the function are retried by Lambda instead.',
        docUrl: RETRY_DOC,
      }),
      MaximumEventAgeInSeconds: z
        .number()
        .int()
        .min(60)
        .max(86_400)
        .default(86_400)
        .meta({
          title: 'Maximum event age',
          unit: 's',
          description:
            'How long EventBridge keeps retrying a delivery, 60–86,400 s.',
          docUrl: RETRY_DOC,
        }),
    })
    .optional(),
  DeadLetterConfig: z
    .strictObject({
      Arn: z.string().min(1).meta({
        title: 'Dead-letter queue',
        description:
          'Node id or ARN of a standard SQS queue that receives events EventBridge could not deliver.',
        docUrl: DLQ_DOC,
      }),
    })
    .optional(),
  InputTransformer: z
    .strictObject({
      InputPathsMap: z.record(z.string(), z.string()).default({}).meta({
        title: 'Input paths',
        description:
          'Variables and the JSON paths they read from the event, such as "state": "$.detail.state"; at most 100.',
        docUrl: TRANSFORM_DOC,
      }),
      InputTemplate: z.string().min(1).max(8192).meta({
        title: 'Input template',
        description:
          'What the function receives, with <variable> placeholders; predefined: <aws.events.rule-name>, <aws.events.rule-arn>, <aws.events.event>, <aws.events.event.json>, <aws.events.event.ingestion-time>.',
        docUrl: TRANSFORM_DOC,
      }),
    })
    .optional(),
  invokePermission: z.boolean().default(true).meta({
    title: 'Invoke permission',
    description:
      'Whether the function allows events.amazonaws.com to invoke it. Without it every delivery fails with NO_PERMISSIONS and goes to the dead-letter queue without retries.',
    docUrl: DLQ_DOC,
  }),
  simulation: z
    .strictObject({
      deliveryFailureRate: z.number().min(0).max(1).default(0).meta({
        title: 'Delivery failure rate',
        description:
          'Share of deliveries Lambda rejects with a throttle, from 0 to 1, so that EventBridge retries them.',
        docUrl: RETRY_DOC,
      }),
    })
    .default({ deliveryFailureRate: 0 }),
});

/** A rule with every default filled in. */
export type EventBridgeRuleConfig = z.output<typeof eventBridgeRuleConfigSchema>;
