// TestEventPattern prints {"Result": true|false}; invalid patterns fail with
// "Event pattern is not valid. Reason: ...":
// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_TestEventPattern.html
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, hasStackFrame, runCli, type CliRun } from '../run-cli';
import { writeInputs } from './eventbridge-cli.testing';

const EVENT = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'Order Status',
  source: 'com.example.orders',
  account: '123456789012',
  time: '2024-03-01T10:00:00Z',
  region: 'us-east-1',
  resources: [],
};

describe('test-event-pattern command', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const files = writeInputs({
      'pattern.json': {
        detail: { status: [{ 'anything-but': ['cancelled'] }] },
      },
      'empty-array.json': { detail: { status: [] } },
      'broken.json': '{"detail": ',
      'null.json': { ...EVENT, detail: { status: null } },
      'cancelled.json': { ...EVENT, detail: { status: 'cancelled' } },
      'no-id.json': { source: 'x', detail: {} },
      'array.json': ['not', 'an', 'event'],
    });
    const pattern = ['test-event-pattern', '--event-pattern'];
    const cases: Record<string, string[]> = {
      match: [
        ...pattern,
        files['pattern.json']!,
        '--event',
        files['null.json']!,
      ],
      noMatch: [
        ...pattern,
        files['pattern.json']!,
        '--event',
        files['cancelled.json']!,
      ],
      invalid: [
        ...pattern,
        files['empty-array.json']!,
        '--event',
        files['null.json']!,
      ],
      brokenJson: [
        ...pattern,
        files['broken.json']!,
        '--event',
        files['null.json']!,
      ],
      missingFields: [
        ...pattern,
        files['pattern.json']!,
        '--event',
        files['no-id.json']!,
      ],
      arrayEvent: [
        ...pattern,
        files['pattern.json']!,
        '--event',
        files['array.json']!,
      ],
      noEvent: [...pattern, files['pattern.json']!],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(
        async ([name, args]) => [name, await runCli(args)] as const,
      ),
    );
    Object.assign(runs, Object.fromEntries(entries));
  }, CLI_RUNS_TIMEOUT_MS);

  it('prints Result true', () => {
    expect(runs.match?.stdout).toBe('{"Result": true}\n');
  });

  it('match exits 0', () => {
    expect(runs.match?.exitCode).toBe(0);
  });

  it('prints Result false', () => {
    expect(runs.noMatch?.stdout).toBe('{"Result": false}\n');
  });

  it('no match exits 0', () => {
    expect(runs.noMatch?.exitCode).toBe(0);
  });

  it('invalid pattern gives AWS reason', () => {
    expect(runs.invalid?.stderr).toMatch(
      /empty-array\.json: Event pattern is not valid\. Reason: Empty arrays are not allowed\n$/,
    );
  });

  it('invalid pattern exits 1', () => {
    expect(runs.invalid?.exitCode).toBe(1);
  });

  it('invalid pattern prints nothing', () => {
    expect(runs.invalid?.stdout).toBe('');
  });

  it('broken JSON pattern exits 1', () => {
    expect(runs.brokenJson?.stderr).toContain(
      'Event pattern is not valid. Reason:',
    );
    expect(runs.brokenJson?.exitCode).toBe(1);
  });

  it('event without id is rejected', () => {
    expect(runs.missingFields?.stderr).toContain(
      'Parameter Event is not valid.',
    );
    expect(runs.missingFields?.stderr).toContain(
      'id, account, time, region, detail-type',
    );
    expect(runs.missingFields?.exitCode).toBe(1);
  });

  it('array event is rejected', () => {
    expect(runs.arrayEvent?.stderr).toContain('Parameter Event is not valid.');
    expect(runs.arrayEvent?.exitCode).toBe(1);
  });

  it('missing --event is a usage error', () => {
    expect(runs.noEvent?.stderr).toContain('needs --event FILE');
    expect(runs.noEvent?.exitCode).toBe(2);
  });

  it('errors are one line without stack', () => {
    const failed = Object.values(runs).filter((run) => run.exitCode !== 0);
    const bad = failed.filter(
      (run) => hasStackFrame(run.stderr) || run.stderr.split('\n').length !== 2,
    );
    expect(bad).toEqual([]);
  });
});
