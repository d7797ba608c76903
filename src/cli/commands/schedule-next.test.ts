// Invalid expressions fail as PutRule does, with "Parameter ScheduleExpression
// is not valid.":
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, hasStackFrame, runCli, type CliRun } from '../run-cli';

describe('schedule-next command', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const from = ['--from', '2024-01-01T00:00:00Z'];
    const cases: Record<string, string[]> = {
      rate: ['schedule-next', 'rate(1 minute)', '--count', '3', ...from],
      cron: ['schedule-next', 'cron(0 9 ? * 3#2 *)', '--count', '2', ...from],
      defaultCount: ['schedule-next', 'cron(0 0 * * ? *)', ...from],
      badRate: ['schedule-next', 'rate(1 minutes)', ...from],
      badCron: ['schedule-next', 'cron(0 1 * * * *)', ...from],
      unquoted: ['schedule-next', 'rate(5', 'minutes)', ...from],
      badCount: ['schedule-next', 'rate(5 minutes)', '--count', '0', ...from],
      badFrom: ['schedule-next', 'rate(5 minutes)', '--from', 'tomorrow'],
      past: ['schedule-next', 'cron(0 0 1 1 ? 2020)', ...from],
      february30: ['schedule-next', 'cron(0 0 30 2 ? *)', ...from],
      help: ['schedule-next', '--help'],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(
        async ([name, args]) => [name, await runCli(args)] as const,
      ),
    );
    Object.assign(runs, Object.fromEntries(entries));
  }, CLI_RUNS_TIMEOUT_MS);

  it('prints rate firings one per line', () => {
    expect(runs.rate?.stdout).toBe(
      '2024-01-01T00:01:00Z\n2024-01-01T00:02:00Z\n2024-01-01T00:03:00Z\n',
    );
  });

  it('prints cron firings in UTC', () => {
    expect(runs.cron?.stdout).toBe(
      '2024-01-09T09:00:00Z\n2024-02-13T09:00:00Z\n',
    );
  });

  it('prints five firings by default', () => {
    expect(runs.defaultCount?.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('rejects plural unit for one', () => {
    expect(runs.badRate?.stderr).toBe(
      'Parameter ScheduleExpression is not valid. Reason: the unit must be "minute" for the value 1, as in rate(1 minute).\n',
    );
    expect(runs.badRate?.exitCode).toBe(1);
  });

  it('rejects cron without ?', () => {
    expect(runs.badCron?.stderr).toContain(
      'Parameter ScheduleExpression is not valid.',
    );
    expect(runs.badCron?.exitCode).toBe(1);
  });

  it('asks to quote a split expression', () => {
    expect(runs.unquoted?.stderr).toContain(
      'quote it, as in schedule-next "rate(5 minutes)"',
    );
    expect(runs.unquoted?.exitCode).toBe(2);
  });

  it('rejects count zero', () => {
    expect(runs.badCount?.stderr).toContain(
      '--count must be a whole number from 1',
    );
    expect(runs.badCount?.exitCode).toBe(2);
  });

  it('rejects a non-ISO from', () => {
    expect(runs.badFrom?.stderr).toContain('--from must be an ISO-8601 time');
    expect(runs.badFrom?.exitCode).toBe(2);
  });

  it('past-only schedule prints nothing', () => {
    expect(runs.past?.stdout).toBe('');
    expect(runs.past?.stderr).toContain(
      'never fires after 2024-01-01T00:00:00Z',
    );
    expect(runs.past?.exitCode).toBe(0);
  });

  it('errors carry no stack frames', () => {
    const withFrames = Object.values(runs).filter((run) =>
      hasStackFrame(run.stderr),
    );
    expect(withFrames).toEqual([]);
  });

  it('never-firing cron exits 0', () => {
    expect(runs.february30?.stdout).toBe('');
    expect(runs.february30?.stderr).toContain('never fires after');
    expect(runs.february30?.exitCode).toBe(0);
  });

  it('help explains never-firing expressions', () => {
    const help = (runs.help?.stdout ?? '').replace(/\s+/g, ' ');
    expect(runs.help?.exitCode).toBe(0);
    expect(help).toContain('never fires after TIME');
    expect(help).toContain('exits 0');
  });
});
