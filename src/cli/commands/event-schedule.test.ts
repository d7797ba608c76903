// The event a scheduled rule delivers (source aws.events, detail-type
// "Scheduled Event", the rule ARN in resources, empty detail):
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-run-lambda-schedule.html
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackFrame, runCli, type CliRun } from '../run-cli';

describe('event schedule command', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const cases: Record<string, string[]> = {
      seeded: [
        'event',
        'schedule',
        '--rule',
        'nightly',
        '--time',
        '2024-05-01T02:00:00Z',
        '--seed',
        '3',
      ],
      region: [
        'event',
        'schedule',
        '--rule',
        'r1',
        '--time',
        '2024-05-01T04:00:00+02:00',
        '--region',
        'eu-central-1',
        '--account',
        '111122223333',
      ],
      badRule: [
        'event',
        'schedule',
        '--rule',
        'my rule',
        '--time',
        '2024-05-01T02:00:00Z',
      ],
      badTime: ['event', 'schedule', '--rule', 'r', '--time', '2024-05-01'],
      noTime: ['event', 'schedule', '--rule', 'r'],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(
        async ([name, args]) => [name, await runCli(args)] as const,
      ),
    );
    Object.assign(runs, Object.fromEntries(entries));
  });

  it('prints the scheduled event', () => {
    const event = JSON.parse(runs.seeded?.stdout ?? '{}') as Record<
      string,
      unknown
    >;
    expect({ ...event, id: 'id' }).toEqual({
      version: '0',
      id: 'id',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '123456789012',
      time: '2024-05-01T02:00:00Z',
      region: 'us-east-1',
      resources: ['arn:aws:events:us-east-1:123456789012:rule/nightly'],
      detail: {},
    });
  });

  it('converts the time to UTC', () => {
    const event = JSON.parse(runs.region?.stdout ?? '{}') as Record<
      string,
      unknown
    >;
    expect(event.time).toBe('2024-05-01T02:00:00Z');
  });

  it('builds the rule ARN from options', () => {
    const event = JSON.parse(runs.region?.stdout ?? '{}') as Record<
      string,
      unknown
    >;
    expect(event.resources).toEqual([
      'arn:aws:events:eu-central-1:111122223333:rule/r1',
    ]);
  });

  it('rejects a rule name with a space', () => {
    expect(runs.badRule?.stderr).toContain('Rule name "my rule" is not valid');
    expect(runs.badRule?.exitCode).toBe(2);
  });

  it('rejects a date without time', () => {
    expect(runs.badTime?.stderr).toContain('--time must be an ISO-8601 time');
    expect(runs.badTime?.exitCode).toBe(2);
  });

  it('requires --time', () => {
    expect(runs.noTime?.stderr).toContain('needs --time ISO-8601');
    expect(runs.noTime?.exitCode).toBe(2);
  });

  it('errors carry no stack frames', () => {
    const withFrames = Object.values(runs).filter((run) =>
      hasStackFrame(run.stderr),
    );
    expect(withFrames).toEqual([]);
  });
});
