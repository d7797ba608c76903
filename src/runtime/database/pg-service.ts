import type { FunctionDefinition } from '../../engine/lambda/invocation';
import { POSTGRES_PORT } from '../../engine/rds/endpoint';
import { checkAuthToken } from '../../engine/rds/iam-token';
import {
  databaseMissing,
  pamFailed,
  passwordFailed,
  type PostgresErrorFields,
} from '../../engine/rds/postgres-errors';
import { disconnectedHost, HostCallError, type HostCall } from '../shared/host-calls';
import { startupError, terminatedError } from './pg-shapes';
import type { HostAccess, HostConnection, HostState } from './host-state';
import { pinReason } from './pinning';
import type { ProxySettings } from '../../engine/rds/proxy';

interface ConnectInput {
  host?: string;
  port?: number;
  user?: string | null;
  password?: string | null;
  database?: string | null;
}

/** Serves the `pg` stand-in: connect, query, end. */
export async function pgCall(
  state: HostState,
  call: HostCall,
  fn: FunctionDefinition,
): Promise<unknown> {
  const input = (call.input ?? {}) as Record<string, unknown>;
  switch (call.operation) {
    case 'connect':
      return connect(state, call, fn, input as ConnectInput);
    case 'query':
      return query(state, call, input);
    case 'end':
      return end(state, call, input);
    default:
      throw new HostCallError('Error', `pg has no operation ${call.operation} in the playground.`);
  }
}

/** Node's own error when nothing listens on a port or a host name is unknown. */
function networkError(host: string, port: number): HostCallError {
  if (host === 'localhost' || host === '127.0.0.1' || host === '::1') {
    return new HostCallError('Error', `connect ECONNREFUSED 127.0.0.1:${port}`, {
      errno: -111,
      code: 'ECONNREFUSED',
      syscall: 'connect',
      address: '127.0.0.1',
      port,
    });
  }

  return new HostCallError('Error', `getaddrinfo ENOTFOUND ${host}`, {
    errno: -3008,
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname: host,
  });
}

function authFailure(
  state: HostState,
  access: HostAccess,
  input: ConnectInput,
  host: string,
): PostgresErrorFields | undefined {
  const user = input.user ?? '';
  const settings = access.database;
  if (access.auth === 'iam') {
    const check = checkAuthToken(
      input.password ?? '',
      { hostname: host, port: POSTGRES_PORT, username: user },
      state.clock.now(),
      state.signingKey(),
    );

    return check.ok && user === settings.username ? undefined : pamFailed(user);
  }
  if (user === settings.username && input.password === settings.password) return undefined;

  return passwordFailed(user);
}

async function connect(
  state: HostState,
  call: HostCall,
  fn: FunctionDefinition,
  input: ConnectInput,
): Promise<unknown> {
  const accesses = state.accessesOf(fn.nodeId);
  if (accesses.length === 0) return disconnectedHost(call, fn);
  const host = String(input.host ?? 'localhost');
  const port = Number(input.port ?? POSTGRES_PORT);
  const access = accesses.find((candidate) => candidate.host === host);
  if (!access || port !== POSTGRES_PORT) throw networkError(host, port);
  if (access.proxy) return connectToProxy(state, call, access, access.proxy, input, host);

  const database = state.database(access.database);
  await database.start();
  const opened = database.open(call.environmentId, input.user ?? '', state.clock.now());
  if (!opened.ok) throw startupError(opened.error);
  const localId = opened.connection.id;
  const refusal =
    authFailure(state, access, input, host) ??
    (input.database === access.database.dbName
      ? undefined
      : databaseMissing(input.database ?? ''));
  if (refusal) {
    await database.closeConnection(localId);
    throw startupError(refusal);
  }
  const connectionId = state.track({ database, localId, environmentId: call.environmentId });

  return { connectionId, processId: 1000 + localId };
}

/**
 * Opens a client connection to RDS Proxy. The proxy authenticates it, and it
 * has no database connection until the first query borrows one.
 */
async function connectToProxy(
  state: HostState,
  call: HostCall,
  access: HostAccess,
  proxy: ProxySettings,
  input: ConnectInput,
  host: string,
): Promise<unknown> {
  const pool = state.pool(proxy, access.database);
  await pool.database.start();
  const refusal =
    authFailure(state, access, input, host) ??
    (input.database === access.database.dbName
      ? undefined
      : databaseMissing(input.database ?? ''));
  if (refusal) throw startupError(refusal);
  const connectionId = state.track({
    database: pool.database,
    localId: 0,
    environmentId: call.environmentId,
    proxy: { pool, user: input.user ?? '', borrowed: false },
  });

  return { connectionId, processId: 1000 + connectionId };
}

function lookup(state: HostState, call: HostCall, input: Record<string, unknown>) {
  const connection = state.connections.get(Number(input.connectionId));
  if (!connection || connection.environmentId !== call.environmentId) return undefined;
  if (!state.isCurrent(connection.database)) return undefined;

  return connection;
}

async function query(
  state: HostState,
  call: HostCall,
  input: Record<string, unknown>,
): Promise<unknown> {
  const connection = lookup(state, call, input);
  if (!connection) throw terminatedError();
  if (typeof input.text !== 'string') {
    throw new HostCallError(
      'TypeError',
      `Client was passed a null or undefined query: pass SQL text such as 'SELECT 1'.`,
    );
  }

  const text = input.text;
  const values = Array.isArray(input.values) ? input.values : undefined;
  const run = () =>
    connection.database.query(connection.localId, {
      text,
      ...(values ? { values } : {}),
      ...(input.rowMode === 'array' ? { rowMode: 'array' as const } : {}),
    });
  const client = connection.proxy;
  if (!client) return run();

  if (!client.borrowed) {
    connection.localId = await client.pool.borrow(client.user);
    client.borrowed = true;
  }
  client.pinned ??= pinReason(text, values !== undefined && values.length > 0);
  try {
    return await run();
  } finally {
    // Multiplexing: an unpinned session gives its connection back at
    // every transaction boundary.
    if (!client.pinned && !connection.database.inTransaction(connection.localId)) {
      client.borrowed = false;
      client.pool.release(connection.localId);
    }
  }
}

/** Ends a proxy client: its database connection returns to the pool or, if pinned, closes. */
export async function endProxyClient(connection: HostConnection): Promise<void> {
  const client = connection.proxy;
  if (!client?.borrowed) return;
  client.borrowed = false;
  if (client.pinned || connection.database.inTransaction(connection.localId)) {
    await client.pool.discard(connection.localId);
  } else {
    client.pool.release(connection.localId);
  }
}

async function end(
  state: HostState,
  call: HostCall,
  input: Record<string, unknown>,
): Promise<null> {
  const id = Number(input.connectionId);
  const connection = lookup(state, call, input);
  state.connections.delete(id);
  if (connection?.proxy) await endProxyClient(connection);
  else if (connection) await connection.database.closeConnection(connection.localId);

  return null;
}
