import { tooManyClients, type PostgresErrorFields } from './postgres-errors';

/** One open database connection and the environment holding it. */
export interface OpenConnection {
  id: number;
  environmentId: string;
  user: string;
  openedMs: number;
}

/**
 * Counts a database's open connections against max_connections. NOTE:
 * PostgreSQL also keeps superuser_reserved_connections (3) and RDS keeps
 * rds.rds_superuser_reserved_connections; the playground counts every
 * connection against the whole limit.
 */
export class ConnectionLedger {
  private readonly open = new Map<number, OpenConnection>();
  private nextId = 1;

  constructor(public maxConnections: number) {}

  /** Opens a connection, or returns PostgreSQL's error when none is left. */
  tryOpen(
    environmentId: string,
    user: string,
    nowMs: number,
  ): { ok: true; connection: OpenConnection } | { ok: false; error: PostgresErrorFields } {
    if (this.open.size >= this.maxConnections) return { ok: false, error: tooManyClients() };
    const connection = { id: this.nextId++, environmentId, user, openedMs: nowMs };
    this.open.set(connection.id, connection);

    return { ok: true, connection };
  }

  /** Returns an open connection by id. */
  get(id: number): OpenConnection | undefined {
    return this.open.get(id);
  }

  /** Closes a connection; returns false when it was not open. */
  close(id: number): boolean {
    return this.open.delete(id);
  }

  /** Closes every connection of an environment and returns them. */
  closeEnvironment(environmentId: string): OpenConnection[] {
    const closed = [...this.open.values()].filter(
      (connection) => connection.environmentId === environmentId,
    );
    for (const connection of closed) this.open.delete(connection.id);

    return closed;
  }

  /** Number of open connections, in all or in one environment. */
  count(environmentId?: string): number {
    if (environmentId === undefined) return this.open.size;

    return [...this.open.values()].filter((c) => c.environmentId === environmentId).length;
  }
}
