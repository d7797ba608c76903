import {
  databaseAccess,
  databaseSettings,
  type DatabaseAccess,
  type DatabaseSettings,
} from '../../engine/rds/access';
import { proxyAccess, proxyEndpoint, type ProxySettings } from '../../engine/rds/proxy';
import { endpointSuffix, rdsEndpoint } from '../../engine/rds/endpoint';
import { createRdsSecret, type RdsSecret } from '../../engine/rds/secret';
import { POSTGRES_PORT } from '../../engine/rds/endpoint';
import type { Scenario } from '../../engine/model/scenario';
import { randomHex } from '../../engine/util/random';
import { Database } from './database';
import type { SqlEngineFactory } from './pglite-loader';
import { ProxyPool } from './proxy-pool';

/** A connection as the host tracks it, across databases. */
export interface HostConnection {
  database: Database;
  /** Id in the database's own ledger; through a proxy, the borrowed one, if any. */
  localId: number;
  environmentId: string;
  /** Set for a client connection to an RDS Proxy. */
  proxy?: ProxyClient;
}

/** A client session on an RDS Proxy. */
export interface ProxyClient {
  pool: ProxyPool;
  user: string;
  /** True while `localId` is the id of a connection borrowed from the pool. */
  borrowed: boolean;
  /** Reason the session is pinned to its database connection, once it is. */
  pinned?: string;
}

/** A database a function reaches, directly or through a proxy, with the host it dials. */
export interface HostAccess extends DatabaseAccess {
  host: string;
  proxy?: ProxySettings;
}

/** Clock and random source of a host. A RunEnvironment satisfies it. */
export interface HostClock {
  now(): number;
  random(): number;
}

/**
 * State of a scenario's database host: one database per RDS node (restarted
 * when its seed SQL or database name changes), the endpoints, the secrets and
 * the open connections.
 */
export class HostState {
  readonly connections = new Map<number, HostConnection>();
  private nextConnectionId = 1;
  private readonly databases = new Map<string, { key: string; database: Database }>();
  private readonly secrets = new Map<string, RdsSecret>();
  private suffix: string | undefined;
  private proxySuffix: string | undefined;
  private readonly pools = new Map<string, ProxyPool>();
  private key: string | undefined;

  constructor(
    private readonly readScenario: () => Scenario,
    readonly clock: HostClock,
    private readonly factory: SqlEngineFactory,
  ) {}

  scenario(): Scenario {
    return this.readScenario();
  }

  /** Returns the endpoint host of an RDS node. */
  endpoint(settings: DatabaseSettings): string {
    this.suffix ??= endpointSuffix(this.clock.random);

    return rdsEndpoint(settings.identifier, this.suffix, this.scenario().settings.region);
  }

  /** Returns the endpoint host of an RDS Proxy node. */
  proxyEndpoint(proxy: ProxySettings): string {
    this.proxySuffix ??= endpointSuffix(this.clock.random);

    return proxyEndpoint(proxy.name, this.proxySuffix, this.scenario().settings.region);
  }

  /** Lists the databases a function reaches, direct edges before proxies. */
  accessesOf(functionNodeId: string): HostAccess[] {
    const scenario = this.scenario();
    const direct = databaseAccess(scenario, functionNodeId).map((access) => ({
      ...access,
      host: this.endpoint(access.database),
    }));
    const proxied = proxyAccess(scenario, functionNodeId).map((access) => ({
      ...access,
      host: this.proxyEndpoint(access.proxy),
    }));

    return [...direct, ...proxied];
  }

  /**
   * Returns the pool of a proxy, bound to the running database of its target.
   * A pool whose database was replaced is closed and created again.
   */
  pool(proxy: ProxySettings, target: DatabaseSettings): ProxyPool {
    const database = this.database(target);
    let pool = this.pools.get(proxy.nodeId);
    if (!pool || pool.database !== database) {
      pool?.close();
      pool = new ProxyPool(proxy, database, () => this.clock.now());
      this.pools.set(proxy.nodeId, pool);
    }
    pool.settings = proxy;

    return pool;
  }

  /** Returns the pool of a proxy node, if a function has used it. */
  existingPool(proxyNodeId: string): ProxyPool | undefined {
    return this.pools.get(proxyNodeId);
  }

  /** Returns the key that signs IAM tokens, which never leaves the host. */
  signingKey(): string {
    this.key ??= randomHex(this.clock.random, 64);

    return this.key;
  }

  /**
   * Returns the Secrets Manager secret with an RDS node's credentials. It is
   * created on first use and again when the user name changes.
   */
  secret(settings: DatabaseSettings): RdsSecret {
    const value = {
      engine: 'postgres' as const,
      host: this.endpoint(settings),
      username: settings.username,
      password: settings.password,
      dbname: settings.dbName,
      port: POSTGRES_PORT,
    };
    let secret = this.secrets.get(settings.nodeId);
    if (!secret || secret.value.username !== value.username) {
      const { region, accountId } = this.scenario().settings;
      secret = createRdsSecret({
        identifier: settings.identifier,
        region,
        accountId,
        value,
        nowMs: this.clock.now(),
        random: this.clock.random,
      });
      this.secrets.set(settings.nodeId, secret);
    }
    secret.value = value;

    return secret;
  }

  /** Lists the secrets of every RDS node in the scenario. */
  allSecrets(): RdsSecret[] {
    const scenario = this.scenario();

    return scenario.nodes
      .filter((node) => node.type === 'rds')
      .map((node) => databaseSettings(scenario, node.id))
      .filter((settings): settings is DatabaseSettings => settings !== undefined)
      .map((settings) => this.secret(settings));
  }

  /**
   * Returns the running database of an RDS node. It is created on first use
   * and again when its database name or seed SQL changes.
   */
  database(settings: DatabaseSettings): Database {
    const key = `${settings.dbName}\n${settings.seedSql}`;
    const known = this.databases.get(settings.nodeId);
    if (known && known.key === key) {
      known.database.ledger.maxConnections = settings.maxConnections;

      return known.database;
    }
    if (known) void known.database.close();
    const database = new Database(
      settings.nodeId,
      settings.maxConnections,
      settings.seedSql,
      this.factory,
    );
    this.databases.set(settings.nodeId, { key, database });

    return database;
  }

  /** Tells whether a database is still the one serving its node. */
  isCurrent(database: Database): boolean {
    return this.databases.get(database.nodeId)?.database === database;
  }

  /** Registers an open connection and returns the id the handler uses. */
  track(connection: HostConnection): number {
    const id = this.nextConnectionId++;
    this.connections.set(id, connection);

    return id;
  }

  /** Counts the open connections of an RDS node. */
  openConnections(nodeId: string): number {
    return this.databases.get(nodeId)?.database.ledger.count() ?? 0;
  }

  /** Closes every database. */
  async close(): Promise<void> {
    const databases = [...this.databases.values()];
    this.databases.clear();
    this.connections.clear();
    for (const pool of this.pools.values()) pool.close();
    this.pools.clear();
    await Promise.all(databases.map(({ database }) => database.close()));
  }
}
