import { databaseSettings, libpqEnvironment } from '../../engine/rds/access';
import { POSTGRES_PORT } from '../../engine/rds/endpoint';
import type { Scenario } from '../../engine/model/scenario';
import { disconnectedHost, type HostServices } from '../shared/host-calls';
import { secretsManagerCall, signerCall } from './aws-services';
import { HostState, type HostClock } from './host-state';
import { endProxyClient, pgCall } from './pg-service';
import { startupError, type PgResult } from './pg-shapes';
import type { PoolStats } from './proxy-pool';
import { startPglite, type SqlEngineFactory } from './pglite-loader';

/** Settings of a scenario host. */
export interface ScenarioHostOptions {
  /** Time (IAM token validity) and randomness (endpoint, secret ARN); real ones by default. */
  clock?: HostClock;
  /** Serves the stand-ins this host does not (SQS, EventBridge). */
  fallback?: HostServices;
  /** Starts a database; PGlite, imported on first use, by default. */
  startDatabase?: SqlEngineFactory;
}

/** Host services for one scenario, with the databases it started. */
export interface ScenarioHost extends HostServices {
  /** Open connections of an RDS node. */
  openConnections(rdsNodeId: string): number;
  /**
   * Returns the current connection counts of an RDS Proxy's pool, or
   * undefined before a function used it.
   */
  proxyStats(proxyNodeId: string): PoolStats | undefined;
  /**
   * Runs SQL on an RDS node's database over a connection of its own, as a
   * console would; starts the database when needed. Throws the Postgres error.
   */
  queryDatabase(rdsNodeId: string, sql: string): Promise<PgResult | PgResult[]>;
  /** Closes every database; call it before exiting. */
  close(): Promise<void>;
}

const REAL_CLOCK: HostClock = { now: () => Date.now(), random: () => Math.random() };

/**
 * Creates the host behind a scenario's stand-ins: `pg` talks to the RDS
 * node a function is connected to, Secrets Manager returns its secret, the
 * RDS signer issues IAM tokens. Pass a function to follow a scenario that
 * changes (the app), or a scenario (the command line).
 */
export function createScenarioHost(
  scenario: Scenario | (() => Scenario),
  options: ScenarioHostOptions = {},
): ScenarioHost {
  const read = typeof scenario === 'function' ? scenario : () => scenario;
  const state = new HostState(
    read,
    options.clock ?? REAL_CLOCK,
    options.startDatabase ?? startPglite,
  );
  const fallback = options.fallback ?? disconnectedHost;

  const host: ScenarioHost = async (call, fn) => {
    const connected = state.accessesOf(fn.nodeId).length > 0;
    switch (call.module) {
      case 'pg':
        return pgCall(state, call, fn);
      case '@aws-sdk/client-secrets-manager':
        return connected ? secretsManagerCall(state, call) : fallback(call, fn);
      case '@aws-sdk/rds-signer':
        return connected ? signerCall(state, call, fn) : fallback(call, fn);
      default:
        return fallback(call, fn);
    }
  };
  host.environmentVariables = (fn) => {
    const env = { ...fallback.environmentVariables?.(fn) };
    const access = state.accessesOf(fn.nodeId)[0];
    if (!access) return env;
    Object.assign(env, libpqEnvironment(access, access.host, POSTGRES_PORT));
    if (access.auth === 'secret') env.DB_SECRET_ARN = state.secret(access.database).arn;

    return env;
  };
  host.prepare = async (fn) => {
    await fallback.prepare?.(fn);
    const starts = state.accessesOf(fn.nodeId).map((access) =>
      // A seed SQL failure is reported when the handler connects.
      state.database(access.database).start().then(
        () => undefined,
        () => undefined,
      ),
    );
    await Promise.all(starts);
  };
  host.environmentStopped = (environmentId) => {
    fallback.environmentStopped?.(environmentId);
    const databases = new Set<{ closeEnvironment(id: string): Promise<void> }>();
    for (const [id, connection] of state.connections) {
      if (connection.environmentId !== environmentId) continue;
      state.connections.delete(id);
      if (connection.proxy) void endProxyClient(connection);
      else databases.add(connection.database);
    }
    for (const database of databases) void database.closeEnvironment(environmentId);
  };
  host.openConnections = (rdsNodeId) => state.openConnections(rdsNodeId);
  host.proxyStats = (proxyNodeId) => state.existingPool(proxyNodeId)?.stats();
  host.queryDatabase = async (rdsNodeId, sql) => {
    const settings = databaseSettings(state.scenario(), rdsNodeId);
    if (!settings) {
      throw new Error(`No RDS node "${rdsNodeId}" in the scenario: select an RDS node on the canvas.`);
    }
    const database = state.database(settings);
    await database.start();
    const opened = database.open('console', settings.username, state.clock.now());
    if (!opened.ok) throw startupError(opened.error);
    try {
      return await database.query(opened.connection.id, { text: sql });
    } finally {
      await database.closeConnection(opened.connection.id);
    }
  };
  host.close = () => state.close();

  return host;
}
