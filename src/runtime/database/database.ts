import { ConnectionLedger, type OpenConnection } from '../../engine/rds/connections';
import type { PostgresErrorFields } from '../../engine/rds/postgres-errors';
import { HostCallError } from '../shared/host-calls';
import { Mutex } from './mutex';
import { pgError, pgResult, type PgResult } from './pg-shapes';
import type { SqlEngine, SqlEngineFactory } from './pglite-loader';

/** One statement or script sent on a connection. */
export interface QueryInput {
  text: string;
  values?: unknown[];
  rowMode?: 'array';
}

/**
 * One RDS node's PostgreSQL: a PGlite instance, its connections and the
 * seed SQL run at start. PGlite has a single session, so connections take
 * turns: statements run one at a time, and a connection inside a
 * transaction keeps the database until COMMIT or ROLLBACK.
 * NOTE: session settings (SET) are shared by all connections.
 */
export class Database {
  readonly ledger: ConnectionLedger;
  private engine: Promise<SqlEngine> | undefined;
  private readonly mutex = new Mutex();
  private owner: number | undefined;
  private waiters: Array<() => void> = [];

  constructor(
    readonly nodeId: string,
    maxConnections: number,
    private readonly seedSql: string,
    private readonly factory: SqlEngineFactory,
  ) {
    this.ledger = new ConnectionLedger(maxConnections);
  }

  /** Starts PGlite and runs the seed SQL, once. */
  start(): Promise<SqlEngine> {
    this.engine ??= this.boot();

    return this.engine;
  }

  /** Opens a connection for an environment, or returns PostgreSQL's refusal. */
  open(
    environmentId: string,
    user: string,
    nowMs: number,
  ): { ok: true; connection: OpenConnection } | { ok: false; error: PostgresErrorFields } {
    return this.ledger.tryOpen(environmentId, user, nowMs);
  }

  /** Runs a statement (with values) or a script (without) on a connection. */
  async query(connectionId: number, input: QueryInput): Promise<PgResult | PgResult[]> {
    const engine = await this.start();

    return this.exclusive(connectionId, engine, async () => {
      const options = input.rowMode === 'array' ? { rowMode: 'array' as const } : {};
      try {
        // node-postgres uses the extended protocol only when values are given.
        if (input.values && input.values.length > 0) {
          return pgResult(await engine.query(input.text, input.values, options));
        }
        const results = (await engine.exec(input.text, options)).map(pgResult);

        return results.length === 1 ? (results[0] as PgResult) : results;
      } catch (error) {
        throw pgError(error);
      }
    });
  }

  /** Tells whether a connection is inside a transaction, holding the database. */
  inTransaction(connectionId: number): boolean {
    return this.owner === connectionId;
  }

  /** Closes one connection; an open transaction rolls back. */
  async closeConnection(connectionId: number): Promise<void> {
    if (!this.ledger.close(connectionId)) return;
    await this.abandon(connectionId);
  }

  /** Closes the connections of a discarded environment. */
  async closeEnvironment(environmentId: string): Promise<void> {
    for (const connection of this.ledger.closeEnvironment(environmentId)) {
      await this.abandon(connection.id);
    }
  }

  /** Stops PGlite. */
  async close(): Promise<void> {
    const engine = this.engine;
    this.engine = undefined;
    if (engine) await (await engine.catch(() => undefined))?.close();
  }

  private async boot(): Promise<SqlEngine> {
    const engine = await this.factory();
    if (this.seedSql.trim() === '') return engine;
    try {
      await engine.exec(this.seedSql);
    } catch (error) {
      await engine.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new HostCallError(
        'SeedSqlError',
        `Seed SQL of RDS node ${this.nodeId} failed: ${reason}. Fix seedSql in the inspector and run again.`,
      );
    }

    return engine;
  }

  private async abandon(connectionId: number): Promise<void> {
    if (this.owner !== connectionId || !this.engine) return;
    const engine = await this.engine;
    await this.exclusive(connectionId, engine, async () => {
      await engine.exec('ROLLBACK');
    });
  }

  private async exclusive<T>(
    connectionId: number,
    engine: SqlEngine,
    work: () => Promise<T>,
  ): Promise<T> {
    for (;;) {
      const release = await this.mutex.lock();
      if (this.owner === undefined || this.owner === connectionId) {
        try {
          return await work();
        } finally {
          this.settle(connectionId, engine);
          release();
        }
      }
      release();
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private settle(connectionId: number, engine: SqlEngine): void {
    if (engine.isInTransaction()) {
      this.owner = connectionId;
    } else if (this.owner === connectionId) {
      this.owner = undefined;
      for (const wake of this.waiters.splice(0)) wake();
    }
  }
}
