import { z } from 'zod';

const PROXY_DOC =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbproxy.html';
const POOL_DOC =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbproxytargetgroup-connectionpoolconfigurationinfoformat.html';

/**
 * An RDS Proxy (AWS::RDS::DBProxy) with its default target group's pool
 * settings (DBProxyTargetGroup ConnectionPoolConfigurationInfo) flattened
 * in, since the playground gives each proxy one target group.
 */
export const rdsProxyConfigSchema = z.strictObject({
  DBProxyName: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/, {
      message: 'start with a letter; use letters, digits and single hyphens',
    })
    .max(63)
    .optional()
    .meta({
      title: 'Proxy name',
      description: 'First label of the proxy endpoint; the node id when empty.',
      docUrl: PROXY_DOC,
    }),
  MaxConnectionsPercent: z.number().int().min(1).max(100).default(100).meta({
    title: 'Max connections',
    unit: '%',
    description:
      'Pool size as a share of the target database’s max_connections; the proxy opens connections lazily up to it.',
    docUrl: POOL_DOC,
  }),
  MaxIdleConnectionsPercent: z.number().int().min(0).max(100).optional().meta({
    title: 'Max idle connections',
    unit: '%',
    description:
      'Idle pooled connections the proxy keeps open, as a share of max_connections; at most MaxConnectionsPercent. Empty means half of MaxConnectionsPercent: 50 at the default 100.',
    docUrl: POOL_DOC,
  }),
  ConnectionBorrowTimeout: z.number().int().min(0).max(3600).default(120).meta({
    title: 'Connection borrow timeout',
    unit: 's',
    description:
      'How long a client waits for a pooled connection when all are busy; then it gets "Timed-out waiting to acquire database connection." 0 waits without limit.',
    docUrl: POOL_DOC,
  }),
  InitQuery: z.string().default('').meta({
    title: 'Initialization query',
    description:
      'SQL the proxy runs on each new database connection, such as SET statements; session setup here does not pin.',
    docUrl: POOL_DOC,
  }),
  RequireTLS: z.boolean().default(false).meta({
    title: 'Require TLS',
    description: 'Refuses client connections without TLS.',
    docUrl: PROXY_DOC,
  }),
  IdleClientTimeout: z.number().int().min(1).max(28_800).default(1800).meta({
    title: 'Idle client timeout',
    unit: 's',
    description:
      'The proxy closes a client connection idle this long; its database connection returns to the pool.',
    docUrl: PROXY_DOC,
  }),
});

export type RdsProxyConfig = z.output<typeof rdsProxyConfigSchema>;

/** A proxy→RDS edge: the proxy's target. AWS's target group has no other setting here. */
export const rdsProxyTargetConfigSchema = z.strictObject({});

export type RdsProxyTargetConfig = z.output<typeof rdsProxyTargetConfigSchema>;
