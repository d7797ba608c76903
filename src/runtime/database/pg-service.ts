import type { FunctionDefinition } from '../../engine/lambda/invocation';
import { databaseAccess, type DatabaseAccess } from '../../engine/rds/access';
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
import type { HostState } from './host-state';

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
  access: DatabaseAccess,
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
  const accesses = databaseAccess(state.scenario(), fn.nodeId);
  if (accesses.length === 0) return disconnectedHost(call, fn);
  const host = String(input.host ?? 'localhost');
  const port = Number(input.port ?? POSTGRES_PORT);
  const access = accesses.find((candidate) => state.endpoint(candidate.database) === host);
  if (!access || port !== POSTGRES_PORT) throw networkError(host, port);

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

  return connection.database.query(connection.localId, {
    text: input.text,
    ...(Array.isArray(input.values) ? { values: input.values } : {}),
    ...(input.rowMode === 'array' ? { rowMode: 'array' as const } : {}),
  });
}

async function end(
  state: HostState,
  call: HostCall,
  input: Record<string, unknown>,
): Promise<null> {
  const id = Number(input.connectionId);
  const connection = lookup(state, call, input);
  state.connections.delete(id);
  if (connection) await connection.database.closeConnection(connection.localId);

  return null;
}
