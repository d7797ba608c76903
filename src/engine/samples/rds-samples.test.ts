import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { simulate } from '../sim';
import { validateScenario } from '../validate';
import { RDS_DIRECT_SAMPLE } from './rds-direct';
import { RDS_PROXY_SAMPLE } from './rds-proxy';

function run(sample: Scenario) {
  const parsed = parseScenario(sample);
  if (!parsed.ok) throw new Error(parsed.error.message);

  return simulate(parsed.value);
}

describe('RDS burst samples', () => {
  const direct = run(RDS_DIRECT_SAMPLE);
  const proxied = run(RDS_PROXY_SAMPLE);

  it('direct connections are refused', () => {
    expect(direct.totals.dbConnectionsRefused).toBeGreaterThan(0);
  });

  it('direct refusals fail invocations', () => {
    expect(direct.totals.errors).toBe(direct.totals.dbConnectionsRefused);
  });

  it('direct connections stop at 112', () => {
    expect(Math.max(...direct.series.dbConnections)).toBe(112);
  });

  it('direct scales past max_connections', () => {
    expect(direct.totals.maxConcurrency).toBeGreaterThan(112);
  });

  it('proxy refuses no connection', () => {
    expect(proxied.totals.dbConnectionsRefused).toBe(0);
  });

  it('proxy run has no errors', () => {
    expect(proxied.totals.errors).toBe(0);
  });

  it('proxy pool stays within 112', () => {
    expect(Math.max(...proxied.series.dbConnections)).toBe(112);
  });

  it('proxy clients exceed its pool', () => {
    expect(Math.max(...proxied.series.proxyClientConnections)).toBeGreaterThan(112);
  });

  it('proxy borrows wait under the burst', () => {
    expect(Math.max(...proxied.series.proxyBorrowWaits)).toBeGreaterThan(0);
  });

  it('both samples process every message', () => {
    expect([direct.totals.processed, proxied.totals.processed]).toEqual([5000, 5000]);
  });

  it('both samples validate cleanly', () => {
    const errors = [RDS_DIRECT_SAMPLE, RDS_PROXY_SAMPLE].flatMap((sample) =>
      validateScenario(sample).filter((diagnostic) => diagnostic.severity === 'error'),
    );
    expect(errors).toEqual([]);
  });
});
