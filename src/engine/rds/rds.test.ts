import { describe, expect, it } from 'vitest';
import { edgeFields } from '../model/fields';
import { rdsAccessConfigSchema } from '../model/configs/rds-access';
import { createSeededRandom } from '../util/random';
import { ConnectionLedger } from './connections';
import { checkAuthToken, createAuthToken } from './iam-token';
import { defaultMaxConnections, instanceClassMemoryGib } from './max-connections';
import { createRdsSecret, getSecretValueOutput, secretMatches } from './secret';

describe('max_connections by instance class', () => {
  // LEAST({DBInstanceClassMemory/9531392}, 5000) with the class's RAM.
  it.each([
    ['db.t3.micro', 112],
    ['db.t3.small', 225],
    ['db.t3.medium', 450],
    ['db.t4g.large', 901],
    ['db.m5.xlarge', 1802],
    ['db.r6g.2xlarge', 5000],
  ])('%s allows %i', (instanceClass, expected) => {
    expect(defaultMaxConnections(instanceClass)).toBe(expected);
  });

  it('unknown class has no default', () => {
    expect(defaultMaxConnections('db.x9.huge')).toBeUndefined();
  });

  it('m5 has no micro size', () => {
    expect(instanceClassMemoryGib('db.m5.micro')).toBeUndefined();
  });
});

describe('connection ledger', () => {
  it('refuses past the limit with 53300', () => {
    const ledger = new ConnectionLedger(1);
    ledger.tryOpen('env-a', 'postgres', 0);
    const refused = ledger.tryOpen('env-b', 'postgres', 0);
    expect(refused).toEqual({
      ok: false,
      error: {
        name: 'error',
        message: 'sorry, too many clients already',
        severity: 'FATAL',
        code: '53300',
      },
    });
  });

  it('closing an environment frees its slots', () => {
    const ledger = new ConnectionLedger(3);
    ledger.tryOpen('env-a', 'postgres', 0);
    ledger.tryOpen('env-a', 'postgres', 0);
    ledger.tryOpen('env-b', 'postgres', 0);
    ledger.closeEnvironment('env-a');
    expect(ledger.count()).toBe(1);
  });
});

describe('iam auth token', () => {
  const request = {
    hostname: 'db.abcdefghijkl.us-east-1.rds.amazonaws.com',
    port: 5432,
    username: 'app',
    region: 'us-east-1',
    accessKeyId: 'ASIAPLAYGROUNDFAKEKEY',
  };
  const issuedMs = Date.parse('2024-01-01T00:00:00Z');
  const token = createAuthToken(request, issuedMs, 'key');
  const target = { hostname: request.hostname, port: 5432, username: 'app' };

  it('has the presigned url shape', () => {
    expect(token).toMatch(
      /^db\.abcdefghijkl\.us-east-1\.rds\.amazonaws\.com:5432\/\?Action=connect&DBUser=app&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAPLAYGROUNDFAKEKEY%2F20240101%2Fus-east-1%2Frds-db%2Faws4_request&X-Amz-Date=20240101T000000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=[0-9a-f]{64}$/,
    );
  });

  it('is valid at 15 minutes', () => {
    expect(checkAuthToken(token, target, issuedMs + 900_000, 'key')).toEqual({ ok: true });
  });

  it('expires after 15 minutes', () => {
    expect(checkAuthToken(token, target, issuedMs + 900_001, 'key')).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('is bound to its user', () => {
    const other = { ...target, username: 'admin' };
    expect(checkAuthToken(token, other, issuedMs, 'key')).toEqual({
      ok: false,
      reason: 'wrong-target',
    });
  });

  it('rejects an edited token', () => {
    const edited = token.replace('X-Amz-Expires=900', 'X-Amz-Expires=999');
    expect(checkAuthToken(edited, target, issuedMs, 'key')).toEqual({
      ok: false,
      reason: 'signature',
    });
  });
});

describe('rds secret', () => {
  const secret = createRdsSecret({
    identifier: 'orders',
    region: 'us-east-1',
    accountId: '123456789012',
    value: {
      engine: 'postgres',
      host: 'orders.abcdefghijkl.us-east-1.rds.amazonaws.com',
      username: 'postgres',
      password: 'pw-123456',
      dbname: 'postgres',
      port: 5432,
    },
    nowMs: 0,
    random: createSeededRandom(1),
  });

  it('arn ends with six characters', () => {
    expect(secret.arn).toMatch(
      /^arn:aws:secretsmanager:us-east-1:123456789012:secret:rds-db-credentials\/orders\/postgres-[A-Za-z0-9]{6}$/,
    );
  });

  it('matches by name and arn', () => {
    expect([secretMatches(secret, secret.name), secretMatches(secret, secret.arn)]).toEqual([
      true,
      true,
    ]);
  });

  it('secret string holds the rds keys', () => {
    const value = JSON.parse(getSecretValueOutput(secret).SecretString) as object;
    expect(Object.keys(value).sort()).toEqual([
      'dbname',
      'engine',
      'host',
      'password',
      'port',
      'username',
    ]);
  });
});

describe('database access edge', () => {
  it('auth defaults to password', () => {
    expect(rdsAccessConfigSchema.parse({})).toEqual({ auth: 'password' });
  });

  it('inspector offers three auth modes', () => {
    const auth = edgeFields('database-access').find((field) => field.path[0] === 'auth');
    expect(auth?.options).toEqual(['password', 'secret', 'iam']);
  });
});
