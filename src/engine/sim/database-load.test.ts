import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import { simulate } from './simulation';

/** A queue → function → proxy → database scenario with a small pool. */
function proxyScenario(pool: Record<string, unknown>, durationMs: number, timeout = 30) {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'queue', type: 'sqs', config: { VisibilityTimeout: 900 } },
      {
        id: 'fn',
        type: 'lambda',
        config: { Timeout: timeout, simulation: { durationMs, coldStartMs: 0 } },
      },
      { id: 'proxy', type: 'rdsproxy', config: pool },
      { id: 'db', type: 'rds', config: { maxConnections: 10 } },
    ],
    edges: [
      { id: 'esm', source: 'queue', target: 'fn', config: { BatchSize: 1 } },
      { id: 'access', source: 'fn', target: 'proxy', config: {} },
      { id: 'target', source: 'proxy', target: 'db', config: {} },
    ],
    // Five messages start five invocations at once (five initial pollers).
    loads: [{ target: 'queue', count: 5 }],
  });
  if (!parsed.ok) throw new Error(parsed.error.message);

  // Failed messages return after 900 s; the first 10 s hold every attempt.
  return simulate(parsed.value, { untilSeconds: 10 });
}

describe('DatabaseLoad through a proxy', () => {
  it('pool caps database connections', () => {
    // 20 % of max_connections 10 is a pool of 2.
    const result = proxyScenario({ MaxConnectionsPercent: 20 }, 1000);
    expect(Math.max(...result.series.dbConnections)).toBe(2);
  });

  it('waiting borrows lengthen invocations', () => {
    const result = proxyScenario({ MaxConnectionsPercent: 20 }, 1000);
    // Pool of 2 for five 1 s invocations: the last one waits 2 s and still runs at t=2.
    expect(result.series.concurrency[2]).toBe(1);
  });

  it('borrow timeout fails the wait', () => {
    const result = proxyScenario(
      { MaxConnectionsPercent: 10, ConnectionBorrowTimeout: 1 },
      5000,
    );
    // Pool of 1: the four others wait 1 s, then get the proxy's error.
    expect(result.totals.proxyBorrowTimeouts).toBe(4);
  });

  it('function timeout ends the wait', () => {
    const result = proxyScenario({ MaxConnectionsPercent: 10 }, 1500, 2);
    // Pool of 1: the first finishes in 1.5 s, the four waiting reach the 2 s timeout.
    expect(result.totals.timeouts).toBe(4);
  });

  it('waiting clients are counted', () => {
    const result = proxyScenario({ MaxConnectionsPercent: 20 }, 1000);
    expect(result.series.proxyBorrowWaits[1]).toBe(1);
  });

  it('one client connection per environment', () => {
    const result = proxyScenario({}, 1000);
    expect(Math.max(...result.series.proxyClientConnections)).toBe(5);
  });
});
