import type { BatchOutcome } from '../lambda/outcome-model';
import { databaseAccess } from '../rds/access';
import { borrowTimedOut, tooManyClients } from '../rds/postgres-errors';
import { proxyAccess, proxyPoolSize } from '../rds/proxy';
import type { Scenario } from '../model/scenario';
import { EventQueue } from './event-queue';

/**
 * Time a refused or timed-out connection attempt adds to an invocation.
 * NOTE: an estimate; the real cost depends on the network and on TLS.
 */
export const CONNECT_FAILURE_MS = 5;

/** Counters of database connections over a simulation. */
export interface DatabaseCounters {
  /** Connections the database refused with 53300 (cumulative). */
  dbConnectionsRefused: number;
  /** Borrows that ended with the proxy's timeout error (cumulative). */
  proxyBorrowTimeouts: number;
  /** Borrows that had to wait for a pooled connection (cumulative). */
  proxyBorrowsWaited: number;
  /** Peak of open database connections, all databases together. */
  maxDbConnections: number;
}

/** Connection gauges the series read at each sample. */
export interface DatabaseGauges {
  dbConnections: number;
  proxyClientConnections: number;
  proxyBorrowWaits: number;
}

/** Services the model needs from the simulation. */
export interface DatabaseHost {
  readonly now: number;
  at(time: number, fire: () => void): void;
}

class DatabaseState {
  open = 0;
  /** Environments (function#environment) with a direct connection open. */
  readonly holders = new Set<string>();

  constructor(readonly maxConnections: number) {}
}

class ProxyState {
  /** Database connections the proxy opened; they stay in the pool. */
  opened = 0;
  /** When each opened connection is free again; at or before now means idle. */
  readonly freeAt = new EventQueue<null>();
  /** Environments with a client connection to the proxy open. */
  readonly clients = new Set<string>();

  constructor(
    readonly database: DatabaseState,
    readonly poolSize: number,
    readonly borrowTimeoutMs: number,
  ) {}
}

type Route = { kind: 'direct'; database: DatabaseState } | { kind: 'proxy'; proxy: ProxyState };

/**
 * Database connections under load. Each execution environment opens its
 * connection once, at module scope, and keeps it until the environment
 * ends, as AWS recommends
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-rds.html).
 * Directly, that is one database connection per environment, and beyond
 * max_connections the database refuses the rest. Through RDS Proxy, it is
 * one client connection per environment. Each invocation borrows a pooled
 * database connection for its transaction. When the pool is at
 * MaxConnectionsPercent, the invocation waits for one, up to
 * ConnectionBorrowTimeout
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-managing.html).
 * NOTE: an invocation is taken as one transaction that lasts its whole
 * duration, and pooled connections are never closed for being idle.
 */
export class DatabaseLoad {
  readonly counters: DatabaseCounters = {
    dbConnectionsRefused: 0,
    proxyBorrowTimeouts: 0,
    proxyBorrowsWaited: 0,
    maxDbConnections: 0,
  };
  private waiting = 0;
  private readonly routes = new Map<string, Route>();
  private readonly databases = new Map<string, DatabaseState>();
  private readonly proxies = new Map<string, ProxyState>();

  constructor(
    scenario: Scenario,
    private readonly host: DatabaseHost,
  ) {
    for (const node of scenario.nodes) {
      if (node.type !== 'lambda') continue;
      const route = this.routeOf(scenario, node.id);
      if (route) this.routes.set(node.id, route);
    }
  }

  /** Tells whether any function of the scenario connects to a database. */
  get active(): boolean {
    return this.routes.size > 0;
  }

  /**
   * Applies the database to a model outcome of an invocation that starts
   * now in `environment`: a refused connection or a borrow timeout turns
   * it into an error, a borrow wait makes it longer.
   */
  apply(
    functionId: string,
    environment: number,
    outcome: BatchOutcome,
    timeoutMs: number,
  ): BatchOutcome {
    const route = this.routes.get(functionId);
    if (!route) return outcome;
    const key = `${functionId}#${environment}`;
    if (route.kind === 'direct') return this.direct(route.database, key, outcome);

    return this.borrow(route.proxy, key, outcome, timeoutMs);
  }

  /** Closes the connections of an ended environment (a timeout restarts it). */
  environmentEnded(functionId: string, environment: number): void {
    const route = this.routes.get(functionId);
    const key = `${functionId}#${environment}`;
    if (route?.kind === 'proxy') {
      route.proxy.clients.delete(key);
    } else if (route?.database.holders.delete(key)) {
      route.database.open -= 1;
    }
  }

  /** Returns the current connections, for the series. */
  gauges(): DatabaseGauges {
    let dbConnections = 0;
    for (const database of this.databases.values()) dbConnections += database.open;
    let proxyClientConnections = 0;
    for (const proxy of this.proxies.values()) proxyClientConnections += proxy.clients.size;

    return { dbConnections, proxyClientConnections, proxyBorrowWaits: this.waiting };
  }

  private direct(database: DatabaseState, key: string, outcome: BatchOutcome): BatchOutcome {
    if (database.holders.has(key)) return outcome;
    if (database.open >= database.maxConnections) {
      this.counters.dbConnectionsRefused += 1;
      const error = tooManyClients();

      return failed(outcome, `${error.severity} ${error.code}: ${error.message}`);
    }
    database.holders.add(key);
    this.opened(database);

    return outcome;
  }

  private borrow(
    proxy: ProxyState,
    key: string,
    outcome: BatchOutcome,
    timeoutMs: number,
  ): BatchOutcome {
    proxy.clients.add(key);
    const now = this.host.now;
    const borrowAt = now + outcome.initMs;
    const deadline = now + outcome.initMs + timeoutMs;
    let readyAt = borrowAt;
    if (proxy.freeAt.size > 0 && proxy.freeAt.peekTime() <= borrowAt) {
      proxy.freeAt.pop();
    } else if (canOpen(proxy)) {
      proxy.opened += 1;
      this.opened(proxy.database);
    } else {
      // Invocations reach here in start order, so taking the connection
      // that frees first serves waiting clients first come, first served.
      readyAt = proxy.freeAt.peekTime();
      const giveUpAt = Math.min(borrowAt + proxy.borrowTimeoutMs, deadline);
      this.counters.proxyBorrowsWaited += 1;
      if (readyAt > giveUpAt) {
        this.wait(now, giveUpAt);
        if (giveUpAt >= deadline) {
          return timedOut(outcome, timeoutMs);
        }
        this.counters.proxyBorrowTimeouts += 1;
        const error = borrowTimedOut();

        return failed(outcome, error.message, proxy.borrowTimeoutMs);
      }
      proxy.freeAt.pop();
      this.wait(now, readyAt);
    }
    const waitMs = readyAt - borrowAt;
    const endAt = Math.min(readyAt + outcome.durationMs, deadline);
    proxy.freeAt.push(endAt, null);
    if (waitMs === 0) return outcome;
    if (readyAt + outcome.durationMs > deadline) {
      return timedOut(outcome, timeoutMs);
    }

    return { ...outcome, durationMs: outcome.durationMs + waitMs };
  }

  private wait(from: number, until: number): void {
    if (until <= from) return;
    this.waiting += 1;
    this.host.at(until, () => {
      this.waiting -= 1;
    });
  }

  private opened(database: DatabaseState): void {
    database.open += 1;
    let total = 0;
    for (const state of this.databases.values()) total += state.open;
    this.counters.maxDbConnections = Math.max(this.counters.maxDbConnections, total);
  }

  private routeOf(scenario: Scenario, functionId: string): Route | undefined {
    const direct = databaseAccess(scenario, functionId)[0];
    if (direct) return { kind: 'direct', database: this.databaseState(direct.database) };
    const viaProxy = proxyAccess(scenario, functionId)[0];
    if (!viaProxy) return undefined;
    let proxy = this.proxies.get(viaProxy.proxy.nodeId);
    if (!proxy) {
      const database = this.databaseState(viaProxy.database);
      proxy = new ProxyState(
        database,
        proxyPoolSize(database.maxConnections, viaProxy.proxy.maxConnectionsPercent),
        viaProxy.proxy.borrowTimeoutMs,
      );
      this.proxies.set(viaProxy.proxy.nodeId, proxy);
    }

    return { kind: 'proxy', proxy };
  }

  private databaseState(settings: { nodeId: string; maxConnections: number }): DatabaseState {
    let state = this.databases.get(settings.nodeId);
    if (!state) {
      state = new DatabaseState(settings.maxConnections);
      this.databases.set(settings.nodeId, state);
    }

    return state;
  }
}

/** Tells whether a proxy may open one more database connection. */
function canOpen(proxy: ProxyState): boolean {
  return (
    proxy.opened < proxy.poolSize &&
    proxy.database.open < proxy.database.maxConnections
  );
}

/** Returns the outcome of an invocation stopped at the function timeout while it waited or ran. */
function timedOut(outcome: BatchOutcome, timeoutMs: number): BatchOutcome {
  return {
    kind: 'timeout',
    initMs: outcome.initMs,
    durationMs: timeoutMs,
    reason: 'Task timed out',
  };
}

/** Returns the outcome of an invocation whose connection attempt failed, so the handler throws. */
function failed(outcome: BatchOutcome, reason: string, waitedMs = 0): BatchOutcome {
  return {
    kind: 'error',
    initMs: outcome.initMs,
    durationMs: waitedMs + CONNECT_FAILURE_MS,
    reason,
  };
}
