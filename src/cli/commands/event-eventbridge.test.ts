// The delivered event for a PutEvents entry, and PutEvents' per-entry errors:
// https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, hasStackFrame, runCli, type CliRun } from '../run-cli';
import { writeInputs } from './eventbridge-cli.testing';

const ENTRY = {
  Source: 'com.example.orders',
  DetailType: 'Order Placed',
  Detail: '{"orderId":7}',
  Resources: ['arn:aws:dynamodb:us-east-1:123456789012:table/orders'],
};

describe('event eventbridge command', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const files = writeInputs({
      'entry.json': ENTRY,
      'timed.json': { ...ENTRY, Time: '2024-02-29T23:59:59.500Z' },
      'malformed.json': { ...ENTRY, Detail: 'NotJSON' },
      'no-source.json': { DetailType: 'x', Detail: '{}' },
      'list.json': [ENTRY],
    });
    const event = ['event', 'eventbridge', '--entry'];
    const cases: Record<string, string[]> = {
      seeded: [...event, files['entry.json']!, '--seed', '1'],
      seededAgain: [...event, files['entry.json']!, '--seed', '1'],
      timed: [
        ...event,
        files['timed.json']!,
        '--region',
        'eu-west-1',
        '--account',
        '111122223333',
      ],
      malformed: [...event, files['malformed.json']!],
      noSource: [...event, files['no-source.json']!],
      list: [...event, files['list.json']!],
      missingFile: [...event, `${files['entry.json']!}.missing`],
      badAccount: [...event, files['entry.json']!, '--account', '42'],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(
        async ([name, args]) => [name, await runCli(args)] as const,
      ),
    );
    Object.assign(runs, Object.fromEntries(entries));
  }, CLI_RUNS_TIMEOUT_MS);

  it('prints the delivered event', () => {
    const event = JSON.parse(runs.seeded?.stdout ?? '{}') as Record<
      string,
      unknown
    >;
    expect(event).toEqual({
      version: '0',
      id: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      'detail-type': 'Order Placed',
      source: 'com.example.orders',
      account: '123456789012',
      time: '2024-01-01T00:00:00Z',
      region: 'us-east-1',
      resources: ['arn:aws:dynamodb:us-east-1:123456789012:table/orders'],
      detail: { orderId: 7 },
    });
  });

  it('same seed gives same output', () => {
    expect(runs.seededAgain?.stdout).toBe(runs.seeded?.stdout);
  });

  it('keeps Time without milliseconds', () => {
    const event = JSON.parse(runs.timed?.stdout ?? '{}') as Record<
      string,
      unknown
    >;
    expect(event.time).toBe('2024-02-29T23:59:59Z');
  });

  it('uses region and account options', () => {
    const event = JSON.parse(runs.timed?.stdout ?? '{}') as Record<
      string,
      unknown
    >;
    expect([event.region, event.account]).toEqual([
      'eu-west-1',
      '111122223333',
    ]);
  });

  it('reports MalformedDetail', () => {
    expect(runs.malformed?.stderr).toContain(
      'MalformedDetail: Detail is malformed.',
    );
    expect(runs.malformed?.exitCode).toBe(1);
  });

  it('reports missing Source', () => {
    expect(runs.noSource?.stderr).toContain(
      'InvalidArgument: Parameter Source is not valid. Reason: Source is a required argument.',
    );
    expect(runs.noSource?.exitCode).toBe(1);
  });

  it('rejects a list of entries', () => {
    expect(runs.list?.stderr).toContain('must hold one PutEvents entry');
    expect(runs.list?.exitCode).toBe(1);
  });

  it('reports a missing file', () => {
    expect(runs.missingFile?.stderr).toContain('not found');
    expect(runs.missingFile?.exitCode).toBe(1);
  });

  it('rejects a short account', () => {
    expect(runs.badAccount?.stderr).toContain('--account must be 12 digits');
    expect(runs.badAccount?.exitCode).toBe(2);
  });

  it('errors are one line without stack', () => {
    const failed = Object.values(runs).filter((run) => run.exitCode !== 0);
    const bad = failed.filter(
      (run) => hasStackFrame(run.stderr) || run.stderr.split('\n').length !== 2,
    );
    expect(bad).toEqual([]);
  });
});
