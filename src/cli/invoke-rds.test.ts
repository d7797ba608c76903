import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../engine/model';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI_RUNS_TIMEOUT_MS, REPO_ROOT, runCli, type CliRun } from './run-cli';

const SCENARIO = 'examples/rds-orders.json';

interface PrintedRun {
  response: { statusCode: number; body: string };
  invocations: { outcome: string; result: unknown; logs: string[] }[];
}

describe('cli invoke with an RDS node', () => {
  let run: CliRun;

  beforeAll(async () => {
    run = await runCli([
      'invoke',
      SCENARIO,
      '--node',
      'orders',
      '--event',
      'examples/rds-order-event.json',
      '--seed',
      '1',
    ]);
  }, CLI_RUNS_TIMEOUT_MS);

  it('example parses as a scenario', () => {
    const text = readFileSync(path.join(REPO_ROOT, SCENARIO), 'utf8');
    expect(parseScenario(text).ok).toBe(true);
  });

  it('exits 0 without stderr', () => {
    expect([run.exitCode, run.stderr]).toEqual([0, '']);
  });

  it('handler succeeds', () => {
    const printed = JSON.parse(run.stdout) as PrintedRun;
    expect(printed.invocations[0]?.outcome).toBe('success');
  });

  it('returns seeded and inserted rows', () => {
    const printed = JSON.parse(run.stdout) as PrintedRun;
    expect(printed.invocations[0]?.result).toEqual({
      orderId: 2,
      orders: [
        { id: 1, item: 'notebook', qty: 1 },
        { id: 2, item: 'pencil', qty: 3 },
      ],
    });
  });
});
