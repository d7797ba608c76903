import { borrowTimedOut } from '../../engine/rds/postgres-errors';
import { proxyPoolSize, type ProxySettings } from '../../engine/rds/proxy';
import type { Database } from './database';
import { startupError } from './pg-shapes';

interface Waiter {
  resolve(connectionId: number): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** Current connection counts of a pool, for tests and the app. */
export interface PoolStats {
  /** Database connections the proxy opened. */
  opened: number;
  idle: number;
  waiting: number;
}

/**
 * One RDS Proxy's pool of database connections: opened lazily up to
 * MaxConnectionsPercent of max_connections, lent to one client at a time,
 * and waited for up to ConnectionBorrowTimeout when all are busy
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-managing.html).
 */
export class ProxyPool {
  private readonly opened = new Set<number>();
  private readonly idle: number[] = [];
  private readonly waiters: Waiter[] = [];

  constructor(
    public settings: ProxySettings,
    readonly database: Database,
    private readonly now: () => number,
  ) {}

  /** Ledger owner of the proxy's database connections. */
  get ownerId(): string {
    return `proxy:${this.settings.nodeId}`;
  }

  /** Largest number of database connections the proxy opens. */
  get size(): number {
    return proxyPoolSize(this.database.ledger.maxConnections, this.settings.maxConnectionsPercent);
  }

  stats(): PoolStats {
    return { opened: this.opened.size, idle: this.idle.length, waiting: this.waiters.length };
  }

  /** Lends a database connection; waits when the pool is at its size. */
  async borrow(user: string): Promise<number> {
    const idle = this.idle.pop();
    if (idle !== undefined) return idle;
    const fresh = await this.tryOpen(user);
    if (fresh !== undefined) return fresh;

    return new Promise<number>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, timer: undefined };
      const timeoutMs = this.settings.borrowTimeoutMs;
      if (Number.isFinite(timeoutMs)) {
        waiter.timer = setTimeout(() => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          reject(startupError(borrowTimedOut()));
        }, timeoutMs);
      }
      this.waiters.push(waiter);
    });
  }

  /** Returns a connection at a transaction boundary; the first waiter gets it. */
  release(connectionId: number): void {
    if (!this.opened.has(connectionId)) return;
    const waiter = this.waiters.shift();
    if (!waiter) {
      this.idle.push(connectionId);
      return;
    }
    clearTimeout(waiter.timer);
    waiter.resolve(connectionId);
  }

  /**
   * Closes a connection whose session state cannot be reused (it was
   * pinned or left inside a transaction); the pool opens a new one later.
   */
  async discard(connectionId: number): Promise<void> {
    if (!this.opened.delete(connectionId)) return;
    await this.database.closeConnection(connectionId);
    if (this.waiters.length === 0) return;
    const fresh = await this.tryOpen(this.settings.target?.username ?? '');
    const waiter = this.waiters.shift();
    if (fresh === undefined) {
      if (waiter) this.waiters.unshift(waiter);
      return;
    }
    if (!waiter) {
      this.idle.push(fresh);
      return;
    }
    clearTimeout(waiter.timer);
    waiter.resolve(fresh);
  }

  /** Fails every waiter and drops the connections, when the database restarts. */
  close(): void {
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(startupError(borrowTimedOut()));
    }
    this.idle.length = 0;
    this.opened.clear();
  }

  /** Opens a database connection when the pool and the database allow one. */
  private async tryOpen(user: string): Promise<number | undefined> {
    if (this.opened.size >= this.size) return undefined;
    const opened = this.database.open(this.ownerId, user, this.now());
    if (!opened.ok) return undefined;
    const id = opened.connection.id;
    this.opened.add(id);
    if (this.settings.initQuery.trim() !== '') {
      await this.database.query(id, { text: this.settings.initQuery });
    }

    return id;
  }
}
