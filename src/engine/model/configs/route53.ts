import { z } from 'zod';

const RECORD_SET_DOC =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-recordset.html';
const FAILOVER_DOC =
  'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-failover.html';
const ALIAS_TARGET_DOC =
  'https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html';

/**
 * A Route 53 record name (AWS::Route53::RecordSet `Name` and `Type`). Each
 * Route 53 → ALB edge adds one failover alias record with this name.
 */
export const route53ConfigSchema = z.strictObject({
  Name: z
    .string()
    .max(255)
    .regex(/^(\*\.)?([A-Za-z0-9_-]+\.)+[A-Za-z]{2,}\.?$/, {
      message: 'use a domain name such as api.example.com',
    })
    .default('api.example.com')
    .meta({
      title: 'Record name',
      description: 'The domain name clients look up.',
      docUrl: RECORD_SET_DOC,
    }),
  Type: z.enum(['A']).default('A').meta({
    title: 'Record type',
    description: 'An A alias record returns the load balancer’s IPv4 addresses.',
    docUrl: RECORD_SET_DOC,
  }),
});

/**
 * The Route 53 → ALB edge: one failover alias record of the node's name,
 * pointing at the load balancer.
 */
export const route53AliasConfigSchema = z.strictObject({
  Failover: z.enum(['PRIMARY', 'SECONDARY']).default('PRIMARY').meta({
    title: 'Failover',
    description:
      'Route 53 answers with the PRIMARY record while it is healthy, and with the SECONDARY record when the primary is unhealthy.',
    docUrl: FAILOVER_DOC,
  }),
  SetIdentifier: z.string().min(1).max(128).optional().meta({
    title: 'Set identifier',
    description:
      'Tells apart the records that share the name and type; the edge id when empty.',
    docUrl: RECORD_SET_DOC,
  }),
  AliasTarget: z
    .strictObject({
      EvaluateTargetHealth: z.boolean().default(true).meta({
        title: 'Evaluate target health',
        description:
          'The record inherits the load balancer’s health: unhealthy when a target group holds only unhealthy targets. Off, the record always counts as healthy.',
        docUrl: ALIAS_TARGET_DOC,
      }),
    })
    .default({ EvaluateTargetHealth: true }),
  region: z.string().optional().meta({
    title: 'Region',
    description:
      'Region of the load balancer the record points at, shown in the answer; the load balancer’s Region when empty.',
  }),
});

export type Route53Config = z.output<typeof route53ConfigSchema>;
export type Route53AliasConfig = z.output<typeof route53AliasConfigSchema>;
