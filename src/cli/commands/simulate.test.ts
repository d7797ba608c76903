import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, hasStackFrame, runCli, type CliRun } from '../run-cli';
import type { PrintedSimulation } from './simulate';
import { writeInputs } from './eventbridge-cli.testing';

const SCENARIO = 'examples/sqs-orders.json';

// Every message fails until it is dead-lettered, so sent = processed + deadLettered + queued.
const FAILING = {
  version: 1,
  name: 'failing',
  settings: { seed: 3 },
  nodes: [
    { id: 'dlq', type: 'sqs', config: {} },
    { id: 'queue', type: 'sqs', config: { VisibilityTimeout: 10, RedrivePolicy: { deadLetterTargetArn: 'dlq', maxReceiveCount: 2 } } },
    { id: 'fn', type: 'lambda', config: { simulation: { errorRate: 0.5 } } },
  ],
  edges: [{ id: 'mapping', source: 'queue', target: 'fn', config: {} }],
  loads: [{ target: 'queue', count: 500, ratePerSecond: 50 }],
};

describe('simulate command', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const files = writeInputs({ 'failing.json': FAILING, 'no-loads.json': { ...FAILING, loads: [] } });
    const cases: Record<string, string[]> = {
      json: ['simulate', SCENARIO, '--json'],
      jsonAgain: ['simulate', SCENARIO, '--json'],
      otherSeed: ['simulate', SCENARIO, '--json', '--seed', '99'],
      summary: ['simulate', SCENARIO],
      failing: ['simulate', files['failing.json']!, '--json'],
      noLoads: ['simulate', files['no-loads.json']!],
      missing: ['simulate', 'examples/missing.json'],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => [name, await runCli(args)] as const),
    );
    Object.assign(runs, Object.fromEntries(entries));
  }, CLI_RUNS_TIMEOUT_MS);

  const parsed = (name: string) => JSON.parse(runs[name]?.stdout ?? '{}') as PrintedSimulation;

  it('prints required totals', () => {
    const { totals } = parsed('json');
    for (const key of ['sent', 'processed', 'deadLettered', 'invocations', 'throttles', 'errors', 'coldStarts', 'maxConcurrency', 'drainSeconds']) {
      expect(totals, key).toHaveProperty(key);
    }
    expect(totals.sent).toBe(2000);
  });

  it('prints series of equal length', () => {
    const { series } = parsed('json');
    const lengths = Object.values(series).map((values) => values.length);

    expect(series.t.length).toBeGreaterThan(30);
    expect(new Set(lengths).size).toBe(1);
    expect(series.t.slice(0, 3)).toEqual([0, 1, 2]);
  });

  it('prints engine stats', () => {
    const { stats } = parsed('json');

    expect(stats.events).toBeGreaterThan(0);
    expect(stats.wallMs).toBeGreaterThan(0);
  });

  it('accounts for every message', () => {
    const { totals, queues } = parsed('failing');
    const queued = queues.queue?.remaining ?? -1;

    expect(totals.deadLettered).toBeGreaterThan(0);
    expect(totals.sent).toBe(totals.processed + totals.deadLettered + totals.expired + totals.filtered + queued);
  });

  it('repeats output for one seed', () => {
    const first = parsed('json');
    const second = parsed('jsonAgain');

    expect({ ...second, stats: { ...second.stats, wallMs: 0 } }).toEqual({ ...first, stats: { ...first.stats, wallMs: 0 } });
  });

  it('changes output with --seed', () => {
    expect(parsed('otherSeed').series).not.toEqual(parsed('json').series);
  });

  it('prints readable summary', () => {
    const lines = runs.summary?.stdout.trimEnd().split('\n') ?? [];

    expect(runs.summary?.exitCode).toBe(0);
    expect(lines).toContain('Messages sent    2000');
    expect(lines.some((line) => /^Drain time {7}\d+(\.\d+)? s$/.test(line))).toBe(true);
    const valueColumns = lines.map((line) => /^\S.*? {2,}(?=\S)/.exec(line)?.[0].length);
    expect(new Set(valueColumns).size).toBe(1);
  });

  it('rejects scenario without loads', () => {
    expect(runs.noLoads?.exitCode).toBe(1);
    expect(runs.noLoads?.stderr).toMatch(/has no loads/);
    expect(runs.noLoads?.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reports missing file in one line', () => {
    expect(runs.missing?.exitCode).toBe(1);
    expect(runs.missing?.stderr).toMatch(/not found/);
    expect(hasStackFrame(runs.missing?.stderr ?? '')).toBe(false);
  });
});

// The handler rejects every message, while the model has no errors, so the
// error count shows which of them decided each outcome.
const REJECTING = {
  version: 1,
  name: 'rejecting',
  nodes: [
    { id: 'queue', type: 'sqs', config: { VisibilityTimeout: 10 } },
    {
      id: 'fn',
      type: 'lambda',
      config: { code: "export const handler = async () => { throw new Error('rejected'); };" },
    },
  ],
  edges: [{ id: 'mapping', source: 'queue', target: 'fn', config: { BatchSize: 1 } }],
  loads: [{ target: 'queue', count: 1 }],
};

describe('simulate with real invocations', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const files = writeInputs({ 'rejecting.json': REJECTING });
    const path = files['rejecting.json']!;
    runs.model = await runCli(['simulate', path, '--json']);
    runs.real = await runCli(['simulate', path, '--json', '--real-invocations', '2']);
    runs.invalid = await runCli(['simulate', path, '--real-invocations', 'many']);
  }, CLI_RUNS_TIMEOUT_MS);

  it('uses the model by default', () => {
    const printed = JSON.parse(runs.model!.stdout) as PrintedSimulation;
    expect(printed.totals.errors).toBe(0);
  });

  it('runs the handler for N invocations', () => {
    const printed = JSON.parse(runs.real!.stdout) as PrintedSimulation;
    expect(printed.totals.errors).toBe(2);
  });

  it('rejects an invalid count', () => {
    expect(runs.invalid!.stderr).toMatch(/--real-invocations must be a whole number/);
  });

  it('exits 1 on an invalid count', () => {
    expect(runs.invalid!.exitCode).toBe(1);
  });
});
