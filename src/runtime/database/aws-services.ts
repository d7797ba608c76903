import type { FunctionDefinition } from '../../engine/lambda/invocation';
import { createAuthToken } from '../../engine/rds/iam-token';
import { getSecretValueOutput, secretMatches } from '../../engine/rds/secret';
import { HostCallError, type HostCall } from '../shared/host-calls';
import { PLACEHOLDER_ACCESS_KEY_ID } from '../shared/reserved-env';
import type { HostState } from './host-state';

// AWS SDK v3 service errors carry these next to the name and message.
const CLIENT_FAULT = { $fault: 'client', $metadata: { httpStatusCode: 400 } };

/** Serves `@aws-sdk/client-secrets-manager`: GetSecretValue of RDS secrets. */
export function secretsManagerCall(state: HostState, call: HostCall): unknown {
  if (call.operation !== 'GetSecretValueCommand') {
    throw new HostCallError(
      'UnsupportedOperation',
      `Secrets Manager ${call.operation} is not in the playground; use GetSecretValueCommand.`,
    );
  }
  const secretId = String((call.input as { SecretId?: unknown } | null)?.SecretId ?? '');
  const secret = state.allSecrets().find((candidate) => secretMatches(candidate, secretId));
  if (!secret) {
    // https://docs.aws.amazon.com/botocore/latest/reference/services/secretsmanager/client/exceptions/ResourceNotFoundException.html
    throw new HostCallError(
      'ResourceNotFoundException',
      "Secrets Manager can't find the specified secret.",
      CLIENT_FAULT,
    );
  }

  return getSecretValueOutput(secret);
}

/** Serves `@aws-sdk/rds-signer`: `getAuthToken()` with the signer's settings. */
export function signerCall(state: HostState, call: HostCall, fn: FunctionDefinition): string {
  const config = (call.input ?? {}) as {
    hostname?: unknown;
    port?: unknown;
    username?: unknown;
    region?: unknown;
  };
  if (typeof config.hostname !== 'string' || typeof config.username !== 'string') {
    throw new HostCallError(
      'Error',
      'Signer needs hostname, port and username: new Signer({ hostname: process.env.PGHOST, port: 5432, username: process.env.PGUSER }).',
    );
  }

  return createAuthToken(
    {
      hostname: config.hostname,
      port: Number(config.port ?? 5432),
      username: config.username,
      region: typeof config.region === 'string' ? config.region : fn.region,
      accessKeyId: PLACEHOLDER_ACCESS_KEY_ID,
    },
    state.clock.now(),
    state.signingKey(),
  );
}
