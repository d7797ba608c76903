import { randomUuid } from '../util/random';

/**
 * The Secrets Manager secret of an RDS for PostgreSQL database. Keys follow
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html.
 */
export interface RdsSecretValue {
  engine: 'postgres';
  host: string;
  username: string;
  password: string;
  dbname: string;
  port: number;
}

/** GetSecretValue response for one secret. */
export interface GetSecretValueOutput {
  ARN: string;
  Name: string;
  VersionId: string;
  SecretString: string;
  VersionStages: string[];
  CreatedDate: string;
}

/** One stored secret: its name, ARN and current value. */
export interface RdsSecret {
  name: string;
  arn: string;
  versionId: string;
  createdMs: number;
  value: RdsSecretValue;
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * Creates the secret of a database. Secrets Manager adds a hyphen and six
 * random characters after the name at the end of the ARN
 * (https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/secretsmanager/aws.sdk.kotlin.services.secretsmanager.model/-create-secret-request/name.html).
 */
export function createRdsSecret(options: {
  identifier: string;
  region: string;
  accountId: string;
  value: RdsSecretValue;
  nowMs: number;
  random: () => number;
}): RdsSecret {
  const name = `rds-db-credentials/${options.identifier}/${options.value.username}`;
  let suffix = '';
  for (let index = 0; index < 6; index += 1) {
    suffix += ALPHANUMERIC[Math.floor(options.random() * ALPHANUMERIC.length)] ?? 'a';
  }

  return {
    name,
    arn: `arn:aws:secretsmanager:${options.region}:${options.accountId}:secret:${name}-${suffix}`,
    versionId: randomUuid(options.random),
    createdMs: options.nowMs,
    value: options.value,
  };
}

/**
 * Tells whether a SecretId names this secret: its full ARN, its name, or
 * its ARN without the six-character suffix.
 */
export function secretMatches(secret: RdsSecret, secretId: string): boolean {
  return (
    secretId === secret.arn ||
    secretId === secret.name ||
    secretId === secret.arn.slice(0, secret.arn.length - 7)
  );
}

/** Builds the GetSecretValue response for a secret. */
export function getSecretValueOutput(secret: RdsSecret): GetSecretValueOutput {
  return {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: secret.versionId,
    SecretString: JSON.stringify(secret.value),
    VersionStages: ['AWSCURRENT'],
    CreatedDate: new Date(secret.createdMs).toISOString(),
  };
}

