import { z } from 'zod';

/** Authentication modes a function can use with the database. */
export const RDS_AUTH_MODES = ['password', 'secret', 'iam'] as const;

/** One of RDS_AUTH_MODES. */
export type RdsAuthMode = (typeof RDS_AUTH_MODES)[number];

/**
 * A Lambda→RDS edge: the function may connect to the database. Only
 * settings the playground needs; AWS has no resource for this edge, so the
 * names are camelCase.
 */
export const rdsAccessConfigSchema = z.strictObject({
  auth: z.enum(RDS_AUTH_MODES).default('password').meta({
    title: 'Authentication',
    description:
      'password: PGPASSWORD holds the master password. secret: no PGPASSWORD; read the secret named by DB_SECRET_ARN with GetSecretValue. iam: use an @aws-sdk/rds-signer token, valid 15 minutes, as the password.',
    docUrl:
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
  }),
});

export type RdsAccessConfig = z.output<typeof rdsAccessConfigSchema>;
