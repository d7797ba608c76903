import { describe, expect, it } from 'vitest';
import { checkConnection } from '../model/connections';
import { parseScenario } from '../model/parse';
import type { Scenario } from '../model/scenario';
import { validateScenario } from '../validate';
import { proxyAccess, proxyEndpoint, proxyPoolSize, proxySettings } from './proxy';

function scenario(proxy: Record<string, unknown>, edges: Record<string, unknown>[]): Scenario {
  const parsed = parseScenario({
    version: 1,
    nodes: [
      { id: 'fn', type: 'lambda', config: {} },
      { id: 'proxy', type: 'rdsproxy', config: proxy },
      { id: 'db', type: 'rds', config: {} },
      { id: 'db2', type: 'rds', config: {} },
    ],
    edges,
  });
  if (!parsed.ok) throw new Error(parsed.error.message);

  return parsed.value;
}

const ACCESS = { id: 'access', source: 'fn', target: 'proxy', config: { auth: 'secret' } };
const TARGET = { id: 'target', source: 'proxy', target: 'db' };

function codes(value: Scenario): string[] {
  return validateScenario(value).map((diagnostic) => diagnostic.code);
}

describe('RDS Proxy connections', () => {
  it('lambda may connect to a proxy', () => {
    expect(checkConnection('lambda', 'rdsproxy')).toMatchObject({ ok: true, kind: 'proxy-access' });
  });

  it('proxy may target a database', () => {
    expect(checkConnection('rdsproxy', 'rds')).toMatchObject({ ok: true, kind: 'proxy-target' });
  });

  it('database to proxy is refused', () => {
    expect(checkConnection('rds', 'rdsproxy')).toMatchObject({ ok: false });
  });

  it('proxy to queue is refused', () => {
    const check = checkConnection('rdsproxy', 'sqs');
    expect(check.ok ? '' : check.reason).toContain('only to an RDS database');
  });
});

describe('RDS Proxy settings', () => {
  it('pool is a share of max_connections', () => {
    expect(proxyPoolSize(112, 95)).toBe(106);
  });

  it('idle percent defaults to half', () => {
    const settings = proxySettings(scenario({ MaxConnectionsPercent: 80 }, [TARGET]), 'proxy');
    expect(settings?.maxIdleConnectionsPercent).toBe(40);
  });

  it('borrow timeout 0 waits forever', () => {
    const settings = proxySettings(scenario({ ConnectionBorrowTimeout: 0 }, [TARGET]), 'proxy');
    expect(settings?.borrowTimeoutMs).toBe(Infinity);
  });

  it('function access reaches the target', () => {
    const access = proxyAccess(scenario({}, [ACCESS, TARGET]), 'fn');
    expect(access.map((entry) => [entry.auth, entry.database.nodeId])).toEqual([['secret', 'db']]);
  });

  it('endpoint names the proxy', () => {
    expect(proxyEndpoint('Orders-Proxy', 'abcdef123456', 'us-east-1')).toBe(
      'orders-proxy.proxy-abcdef123456.us-east-1.rds.amazonaws.com',
    );
  });
});

describe('RDS Proxy validation', () => {
  it('proxy without target is an error', () => {
    expect(codes(scenario({}, [ACCESS]))).toContain('rdsproxy/no-target');
  });

  it('two targets are an error', () => {
    const edges = [ACCESS, TARGET, { id: 'target2', source: 'proxy', target: 'db2' }];
    expect(codes(scenario({}, edges))).toContain('rdsproxy/several-targets');
  });

  it('idle above max is an error', () => {
    const proxy = { MaxConnectionsPercent: 30, MaxIdleConnectionsPercent: 50 };
    expect(codes(scenario(proxy, [ACCESS, TARGET]))).toContain('rdsproxy/idle-above-max');
  });

  it('target that is no database is refused', () => {
    const edges = [ACCESS, TARGET, { id: 'bad', source: 'proxy', target: 'fn' }];
    expect(() => scenario({}, edges)).toThrow('RDS Proxy cannot invoke a Lambda function.');
  });

  it('connected proxy has no errors', () => {
    const errors = validateScenario(scenario({}, [ACCESS, TARGET])).filter(
      (diagnostic) => diagnostic.severity === 'error',
    );
    expect(errors).toEqual([]);
  });
});
