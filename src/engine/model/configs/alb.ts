import { z } from 'zod';
import { placementFields } from './placement';

const LAMBDA_TARGETS_DOC =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html';
const LISTENER_DOC =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html';
const LISTENER_RULES_DOC =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-condition-types.html';

/** An Application Load Balancer and its listener. */
export const albConfigSchema = z.strictObject({
  Name: z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/, {
      message: 'use 1 to 32 letters, digits or inner hyphens',
    })
    .optional()
    .meta({
      title: 'Name',
      description: 'Load balancer name; the node id is used when empty.',
    }),
  Scheme: z.enum(['internet-facing', 'internal']).default('internet-facing').meta({
    title: 'Scheme',
    description: 'Internet-facing load balancers have a public DNS name.',
  }),
  Port: z.number().int().min(1).max(65535).default(80).meta({
    title: 'Listener port',
    description: 'Port the listener accepts requests on.',
  }),
  Protocol: z.enum(['HTTP', 'HTTPS']).default('HTTP').meta({
    title: 'Listener protocol',
    description: 'Sent to the function in X-Forwarded-Proto.',
  }),
  FixedResponseConfig: z
    .strictObject({
      StatusCode: z
        .string()
        .regex(/^[2-5]\d\d$/, { message: 'use a status code from 200 to 599' })
        .default('404')
        .meta({
          title: 'Default status code',
          description:
            'Fixed response when no rule matches and no target group is the default.',
          docUrl: LISTENER_DOC,
        }),
      ContentType: z.string().default('text/plain').meta({
        title: 'Default content type',
        description: 'Content type of the fixed response.',
        docUrl: LISTENER_DOC,
      }),
      MessageBody: z.string().max(1024).default('Not Found').meta({
        title: 'Default body',
        description: 'Body of the fixed response, at most 1,024 characters.',
        docUrl: LISTENER_DOC,
      }),
    })
    .default({
      StatusCode: '404',
      ContentType: 'text/plain',
      MessageBody: 'Not Found',
    }),
  ...placementFields("The load balancer's"),
});

/** One listener rule condition, as in CloudFormation's `RuleCondition`. */
export const ruleConditionSchema = z.strictObject({
  Field: z.enum([
    'path-pattern',
    'host-header',
    'http-request-method',
    'http-header',
    'query-string',
    'source-ip',
  ]),
  PathPatternConfig: z.strictObject({ Values: z.array(z.string()) }).optional(),
  HostHeaderConfig: z.strictObject({ Values: z.array(z.string()) }).optional(),
  HttpRequestMethodConfig: z
    .strictObject({ Values: z.array(z.string()) })
    .optional(),
  HttpHeaderConfig: z
    .strictObject({ HttpHeaderName: z.string(), Values: z.array(z.string()) })
    .optional(),
  QueryStringConfig: z
    .strictObject({
      Values: z.array(
        z.strictObject({ Key: z.string().optional(), Value: z.string() }),
      ),
    })
    .optional(),
  SourceIpConfig: z.strictObject({ Values: z.array(z.string()) }).optional(),
  /** Legacy form for `path-pattern` and `host-header`. */
  Values: z.array(z.string()).optional(),
});

/** The ALB→Lambda edge: a target group holding one function, and its rule. */
export const albTargetConfigSchema = z.strictObject({
  Name: z.string().optional().meta({
    title: 'Target group name',
    description: 'The target group that contains the function.',
  }),
  Priority: z.number().int().min(1).max(50000).optional().meta({
    title: 'Rule priority',
    description:
      'Lower numbers are evaluated first. Empty makes this the default action.',
    docUrl: LISTENER_RULES_DOC,
  }),
  Conditions: z.array(ruleConditionSchema).default([]).meta({
    title: 'Rule conditions',
    description: 'All must match for the rule to forward here.',
    docUrl: LISTENER_RULES_DOC,
  }),
  HealthCheckEnabled: z.boolean().default(false).meta({
    title: 'Health checks',
    description:
      'Off by default for Lambda targets; each check is a billed invocation.',
    docUrl: LAMBDA_TARGETS_DOC,
  }),
  HealthCheckPath: z.string().startsWith('/').default('/').meta({
    title: 'Health check path',
    description: 'Path of the health check request.',
    docUrl: LAMBDA_TARGETS_DOC,
  }),
  HealthCheckIntervalSeconds: z.number().int().min(5).max(300).default(35).meta({
    title: 'Health check interval',
    unit: 's',
    description: 'Time between health checks of the function.',
    docUrl: LAMBDA_TARGETS_DOC,
  }),
  HealthCheckTimeoutSeconds: z.number().int().min(2).max(120).default(30).meta({
    title: 'Health check timeout',
    unit: 's',
    description: 'No response within this time counts as a failed check.',
    docUrl: LAMBDA_TARGETS_DOC,
  }),
  HealthyThresholdCount: z.number().int().min(2).max(10).default(5).meta({
    title: 'Healthy threshold',
    description: 'Consecutive successes before the target is healthy.',
    docUrl: LAMBDA_TARGETS_DOC,
  }),
  UnhealthyThresholdCount: z.number().int().min(2).max(10).default(2).meta({
    title: 'Unhealthy threshold',
    description: 'Consecutive failures before the target is unhealthy.',
    docUrl: LAMBDA_TARGETS_DOC,
  }),
  Matcher: z
    .strictObject({
      HttpCode: z
        .string()
        .regex(/^\d{3}(?:[-,]\d{3})*$/, {
          message: 'use codes such as 200, 200,204 or 200-299',
        })
        .default('200')
        .meta({
          title: 'Success codes',
          description:
            'Health check status codes that count as success (200–499).',
          docUrl: LAMBDA_TARGETS_DOC,
        }),
    })
    .default({ HttpCode: '200' }),
  TargetGroupAttributes: z
    .array(z.strictObject({ Key: z.string(), Value: z.string() }))
    .default([])
    .meta({
      title: 'Target group attributes',
      description:
        'lambda.multi_value_headers.enabled=true sends multiValueHeaders and multiValueQueryStringParameters.',
      docUrl: `${LAMBDA_TARGETS_DOC}#multi-value-headers`,
    }),
  invokePermission: z.boolean().default(true).meta({
    title: 'Invoke permission',
    description:
      'Resource policy letting elasticloadbalancing.amazonaws.com invoke the function.',
    docUrl: LAMBDA_TARGETS_DOC,
  }),
});

export type AlbConfig = z.output<typeof albConfigSchema>;
export type RuleCondition = z.output<typeof ruleConditionSchema>;
export type AlbTargetConfig = z.output<typeof albTargetConfigSchema>;

/** Reads a target group attribute by key. */
export function targetGroupAttribute(
  config: AlbTargetConfig,
  key: string,
): string | undefined {
  return config.TargetGroupAttributes.find((attribute) => attribute.Key === key)
    ?.Value;
}
