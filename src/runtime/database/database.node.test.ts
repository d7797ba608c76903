import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunEnvironment } from '../../engine/run/environment';
import type { InvocationRecord } from '../../engine/lambda/invocation';
import { createNodeExecutor, type NodeExecutor } from '../node/node-executor';
import { createScenarioHost, type ScenarioHost } from './scenario-host';
import { definitionOf, rdsScenario } from './rds-scenario.testing';

// One PGlite for the whole file: each instance takes seconds and ~480 MB.
const PGLITE_TIMEOUT_MS = 60_000;

const ORDERS = `import pg from 'pg';
export const handler = async (event) => {
  const client = new pg.Client();
  await client.connect();
  await client.query('INSERT INTO orders (item, qty) VALUES ($1, $2)', [event.item, event.qty]);
  const result = await client.query('SELECT item, qty FROM orders WHERE item = $1', [event.item]);
  await client.end();
  return { rows: result.rows, command: result.command, rowCount: result.rowCount };
};`;

const FAILING_SQL = `import { Client } from 'pg';
export const handler = async () => {
  const client = new Client();
  await client.connect();
  try {
    await client.query('SELECT * FROM missing_table');
  } catch (error) {
    return { name: error.name, message: error.message, code: error.code, severity: error.severity };
  } finally {
    await client.end();
  }
};`;

const DUPLICATE = `import { Client } from 'pg';
export const handler = async () => {
  const client = new Client();
  await client.connect();
  await client.query('CREATE TABLE IF NOT EXISTS skus (sku text PRIMARY KEY)');
  await client.query("INSERT INTO skus VALUES ('a') ON CONFLICT DO NOTHING");
  try {
    await client.query('INSERT INTO skus VALUES ($1)', ['a']);
  } catch (error) {
    return { code: error.code, detail: error.detail, constraint: error.constraint };
  } finally {
    await client.end();
  }
};`;

const GREEDY = `import { Client } from 'pg';
export const handler = async () => {
  const clients = [];
  try {
    for (let i = 0; i < 4; i++) {
      const client = new Client();
      await client.connect();
      clients.push(client);
    }
    return { opened: clients.length };
  } catch (error) {
    return { opened: clients.length, message: error.message, code: error.code, severity: error.severity };
  } finally {
    for (const client of clients) await client.end();
  }
};`;

const HOLDER = `import { Client } from 'pg';
let client;
export const handler = async () => {
  if (!client) {
    client = new Client();
    await client.connect();
  }
  const result = await client.query('SELECT count(*) AS n FROM orders');
  return { n: result.rows[0].n };
};`;

const SLEEPER = `import { Client } from 'pg';
const client = new Client();
export const handler = async () => {
  await client.connect();
  await new Promise(() => {});
};`;

const CONNECT_ONLY = `import { Client } from 'pg';
export const handler = async () => {
  const client = new Client();
  try {
    await client.connect();
    await client.end();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: error.message, code: error.code };
  }
};`;

const SECRET = `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { Client } from 'pg';
export const handler = async () => {
  const out = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: process.env.DB_SECRET_ARN }),
  );
  const secret = JSON.parse(out.SecretString);
  const client = new Client({
    host: secret.host, port: secret.port, user: secret.username,
    password: secret.password, database: secret.dbname,
  });
  await client.connect();
  const result = await client.query('SELECT 1 AS one');
  await client.end();
  return { keys: Object.keys(secret).sort(), engine: secret.engine, one: result.rows[0].one,
    pgPasswordSet: 'PGPASSWORD' in process.env };
};`;

const IAM = `import { Signer } from '@aws-sdk/rds-signer';
import { Client } from 'pg';
export const handler = async (event) => {
  const token = event.token ?? await new Signer({
    hostname: process.env.PGHOST, port: 5432, username: process.env.PGUSER,
  }).getAuthToken();
  const client = new Client({ password: token });
  try {
    await client.connect();
    await client.end();
    return { ok: true, token };
  } catch (error) {
    return { ok: false, message: error.message, code: error.code };
  }
};`;

const ENV = `export const handler = async () => ({
  host: process.env.PGHOST, port: process.env.PGPORT, user: process.env.PGUSER,
  database: process.env.PGDATABASE, password: process.env.PGPASSWORD,
});`;

const scenario = rdsScenario(
  {
    orders: { code: ORDERS },
    failing: { code: FAILING_SQL },
    duplicate: { code: DUPLICATE },
    greedy: { code: GREEDY },
    holder: { code: HOLDER },
    sleeper: { code: SLEEPER, timeout: 1 },
    'wrong-password': { code: CONNECT_ONLY, env: { PGPASSWORD: 'not-the-password' } },
    secret: { code: SECRET, auth: 'secret' },
    iam: { code: IAM, auth: 'iam' },
    env: { code: ENV },
  },
  { loner: CONNECT_ONLY },
);
const clock = createRunEnvironment({ seed: 7, startMs: Date.parse('2024-01-01T00:00:00Z') });
let host: ScenarioHost;
let executor: NodeExecutor;

function run(nodeId: string, event: unknown = {}): Promise<InvocationRecord> {
  return executor.invoke({ function: definitionOf(scenario, nodeId), event });
}

async function payload(nodeId: string, event: unknown = {}): Promise<Record<string, unknown>> {
  return (await run(nodeId, event)).payload as Record<string, unknown>;
}

beforeAll(async () => {
  host = createScenarioHost(scenario, { clock });
  executor = createNodeExecutor({ host });
  await run('orders', { item: 'warm-up', qty: 0 });
}, PGLITE_TIMEOUT_MS);

afterAll(async () => {
  await executor.dispose();
  await host.close();
}, PGLITE_TIMEOUT_MS);

describe('pg against the RDS node', () => {
  it('insert then select returns rows', async () => {
    const result = await payload('orders', { item: 'book', qty: 2 });
    expect(result.rows).toEqual([{ item: 'book', qty: 2 }]);
  }, PGLITE_TIMEOUT_MS);

  it('select reports command and rowCount', async () => {
    const result = await payload('orders', { item: 'pen', qty: 1 });
    expect([result.command, result.rowCount]).toEqual(['SELECT', 1]);
  }, PGLITE_TIMEOUT_MS);

  it('sql error carries its SQLSTATE', async () => {
    expect(await payload('failing')).toEqual({
      name: 'error',
      message: 'relation "missing_table" does not exist',
      code: '42P01',
      severity: 'ERROR',
    });
  }, PGLITE_TIMEOUT_MS);

  it('unique violation carries detail', async () => {
    expect(await payload('duplicate')).toEqual({
      code: '23505',
      detail: 'Key (sku)=(a) already exists.',
      constraint: 'skus_pkey',
    });
  }, PGLITE_TIMEOUT_MS);

  it('fourth connection hits max_connections', async () => {
    expect(await payload('greedy')).toEqual({
      opened: 3,
      message: 'sorry, too many clients already',
      code: '53300',
      severity: 'FATAL',
    });
  }, PGLITE_TIMEOUT_MS);

  it('unconnected function is told to connect', async () => {
    const record = await run('loner');
    expect(record.payload).toMatchObject({ ok: false });
    expect((record.payload as { message: string }).message).toContain(
      'connect function loner to an RDS database',
    );
  }, PGLITE_TIMEOUT_MS);
});

describe('connections and environments', () => {
  it('module-scope connection survives warm starts', async () => {
    const first = await run('holder');
    const second = await run('holder');
    expect(second.environmentId).toBe(first.environmentId);
    expect(host.openConnections('orders-db')).toBe(1);
  }, PGLITE_TIMEOUT_MS);

  it('int8 comes back as a string', async () => {
    expect(typeof (await payload('holder')).n).toBe('string');
  }, PGLITE_TIMEOUT_MS);

  it('timed-out environment closes its connections', async () => {
    const before = host.openConnections('orders-db');
    const record = await run('sleeper');
    expect(record.outcome).toBe('timeout');
    expect(host.openConnections('orders-db')).toBe(before);
  }, PGLITE_TIMEOUT_MS);
});

describe('authentication modes', () => {
  it('libpq variables point at the endpoint', async () => {
    const env = await payload('env');
    expect(env.host).toMatch(/^orders-db\.[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
    expect([env.port, env.user, env.database, env.password]).toEqual([
      '5432',
      'postgres',
      'postgres',
      'playground-password',
    ]);
  }, PGLITE_TIMEOUT_MS);

  it('wrong password fails with 28P01', async () => {
    expect(await payload('wrong-password')).toEqual({
      ok: false,
      message: 'password authentication failed for user "postgres"',
      code: '28P01',
    });
  }, PGLITE_TIMEOUT_MS);

  it('secret mode connects with the secret', async () => {
    expect(await payload('secret')).toEqual({
      keys: ['dbname', 'engine', 'host', 'password', 'port', 'username'],
      engine: 'postgres',
      one: 1,
      pgPasswordSet: false,
    });
  }, PGLITE_TIMEOUT_MS);

  it('iam token connects', async () => {
    expect(await payload('iam')).toMatchObject({ ok: true });
  }, PGLITE_TIMEOUT_MS);

  it('iam token fails after 15 minutes', async () => {
    const { token } = await payload('iam');
    clock.advance(15 * 60 * 1000 + 1000);
    expect(await payload('iam', { token })).toEqual({
      ok: false,
      message: 'PAM authentication failed for user "postgres"',
      code: '28000',
    });
  }, PGLITE_TIMEOUT_MS);
});
