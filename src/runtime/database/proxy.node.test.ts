import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvocationRecord } from '../../engine/lambda/invocation';
import { parseScenario } from '../../engine/model/parse';
import { createRunEnvironment } from '../../engine/run/environment';
import { createNodeExecutor, type NodeExecutor } from '../node/node-executor';
import { definitionOf } from './rds-scenario.testing';
import { createScenarioHost, type ScenarioHost } from './scenario-host';

// One PGlite for the whole file: each instance takes seconds and ~480 MB.
const PGLITE_TIMEOUT_MS = 60_000;

// Two clients share a pool of one database connection.
const MULTIPLEX = `import { Client } from 'pg';
export const handler = async () => {
  const a = new Client();
  const b = new Client();
  await a.connect();
  await b.connect();
  const first = await a.query('SELECT 1 AS n');
  const second = await b.query('SELECT 2 AS n');
  await a.end();
  await b.end();
  return [first.rows[0].n, second.rows[0].n];
};`;

// STATEMENT is a session-state statement that pins a's connection.
const PINNED = `import { Client } from 'pg';
export const handler = async (event) => {
  const a = new Client();
  const b = new Client();
  await a.connect();
  await b.connect();
  await a.query(event.statement, event.values);
  try {
    await b.query('SELECT 1');
    return { waited: false };
  } catch (error) {
    return { waited: true, message: error.message };
  } finally {
    await a.end();
    await b.end();
  }
};`;

// An open transaction keeps the connection until COMMIT.
const TRANSACTION = `import { Client } from 'pg';
export const handler = async () => {
  const a = new Client();
  const b = new Client();
  await a.connect();
  await b.connect();
  await a.query('BEGIN');
  const during = await b.query('SELECT 1').then(() => 'ran', (error) => error.message);
  await a.query('COMMIT');
  const after = await b.query('SELECT 1').then(() => 'ran', (error) => error.message);
  await a.end();
  await b.end();
  return { during, after };
};`;

const SETTING = `import { Client } from 'pg';
export const handler = async () => {
  const client = new Client();
  await client.connect();
  const result = await client.query("SELECT current_setting('application_name') AS name");
  await client.end();
  return { name: result.rows[0].name, host: process.env.PGHOST };
};`;

const FUNCTIONS = { multiplex: MULTIPLEX, pinned: PINNED, transaction: TRANSACTION, setting: SETTING };

function proxyScenario() {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'db', type: 'rds', config: { maxConnections: 10, seedSql: 'CREATE TABLE t (n int);' } },
      {
        id: 'proxy',
        type: 'rdsproxy',
        config: {
          DBProxyName: 'orders-proxy',
          // 10 % of max_connections 10: a pool of one connection.
          MaxConnectionsPercent: 10,
          ConnectionBorrowTimeout: 1,
          InitQuery: "SET application_name = 'via-proxy'",
        },
      },
      ...Object.entries(FUNCTIONS).map(([id, code]) => ({
        id,
        type: 'lambda',
        config: { code, language: 'javascript', Timeout: 10 },
      })),
    ],
    edges: [
      { id: 'target', source: 'proxy', target: 'db' },
      ...Object.keys(FUNCTIONS).map((id) => ({ id: `${id}-proxy`, source: id, target: 'proxy' })),
    ],
  });
  if (!parsed.ok) throw new Error(parsed.error.message);

  return parsed.value;
}

const scenario = proxyScenario();
const clock = createRunEnvironment({ seed: 3, startMs: Date.parse('2024-01-01T00:00:00Z') });
let host: ScenarioHost;
let executor: NodeExecutor;

async function payload(nodeId: string, event: unknown = {}): Promise<unknown> {
  const record: InvocationRecord = await executor.invoke({
    function: definitionOf(scenario, nodeId),
    event,
  });

  return record.payload;
}

beforeAll(async () => {
  host = createScenarioHost(scenario, { clock });
  executor = createNodeExecutor({ host });
  await payload('multiplex');
}, PGLITE_TIMEOUT_MS);

afterAll(async () => {
  await executor.dispose();
  await host.close();
}, PGLITE_TIMEOUT_MS);

describe('pg through RDS Proxy', () => {
  it('clients share one pooled connection', async () => {
    expect(await payload('multiplex')).toEqual([1, 2]);
  }, PGLITE_TIMEOUT_MS);

  it('pool opens at most its size', async () => {
    await payload('multiplex');
    expect(host.proxyStats('proxy')?.opened).toBe(1);
  }, PGLITE_TIMEOUT_MS);

  it('proxy clients hold no database connection', async () => {
    await payload('multiplex');
    expect(host.openConnections('db')).toBe(1);
  }, PGLITE_TIMEOUT_MS);

  it('SET pins and others time out', async () => {
    expect(await payload('pinned', { statement: "SET timezone = 'UTC'" })).toEqual({
      waited: true,
      message: 'Timed-out waiting to acquire database connection.',
    });
  }, PGLITE_TIMEOUT_MS);

  it('advisory lock pins the session', async () => {
    const result = await payload('pinned', { statement: 'SELECT pg_advisory_lock(1)' });
    expect(result).toMatchObject({ waited: true });
  }, PGLITE_TIMEOUT_MS);

  it('query with values pins the session', async () => {
    const result = await payload('pinned', { statement: 'SELECT $1::int', values: [1] });
    expect(result).toMatchObject({ waited: true });
  }, PGLITE_TIMEOUT_MS);

  it('plain select does not pin', async () => {
    expect(await payload('pinned', { statement: 'SELECT 1' })).toEqual({ waited: false });
  }, PGLITE_TIMEOUT_MS);

  it('transaction holds until commit', async () => {
    expect(await payload('transaction')).toEqual({
      during: 'Timed-out waiting to acquire database connection.',
      after: 'ran',
    });
  }, PGLITE_TIMEOUT_MS);

  it('init query runs on new connections', async () => {
    expect(await payload('setting')).toMatchObject({ name: 'via-proxy' });
  }, PGLITE_TIMEOUT_MS);

  it('PGHOST is the proxy endpoint', async () => {
    const result = (await payload('setting')) as { host: string };
    expect(result.host).toMatch(/^orders-proxy\.proxy-[a-z0-9]{12}\.us-east-1\.rds\.amazonaws\.com$/);
  }, PGLITE_TIMEOUT_MS);

  it('console query sees seeded table', async () => {
    const result = await host.queryDatabase('db', "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 't'");
    expect(result).toMatchObject({ rows: [{ n: '1' }] });
  }, PGLITE_TIMEOUT_MS);
});
