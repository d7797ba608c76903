import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, REPO_ROOT, runCli, type CliRun } from './run-cli';

/** Writes the ALB sample with two invalid Lambda settings and an invalid seed. */
function writeBadScenario(): string {
  const scenario = JSON.parse(readFileSync(path.join(REPO_ROOT, 'examples/alb-hello.json'), 'utf8')) as {
    settings: Record<string, unknown>;
    nodes: { type: string; config: Record<string, unknown> }[];
  };
  scenario.settings.seed = -1;
  const fn = scenario.nodes.find((node) => node.type === 'lambda');
  if (fn) Object.assign(fn.config, { Timeout: 901, Tmeout: 3 });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'validate-schema-')), 'bad.json');
  writeFileSync(file, JSON.stringify(scenario));

  return file;
}

describe('cli help and argument messages', () => {
  let eventHelp: CliRun;
  let exportHelp: CliRun;
  let negativeSeed: CliRun;
  let validate: CliRun;

  beforeAll(async () => {
    [eventHelp, exportHelp, negativeSeed, validate] = await Promise.all([
      runCli(['event', '--help']),
      runCli(['export', '--help']),
      runCli(['event', 'alb', '--request', 'examples/get-hello.http', '--seed', '-1']),
      runCli(['validate', writeBadScenario()]),
    ]);
  }, CLI_RUNS_TIMEOUT_MS);

  it('event --help exits 0', () => {
    expect([eventHelp.exitCode, eventHelp.stderr]).toEqual([0, '']);
  });

  it('event --help lists types', () => {
    expect(eventHelp.stdout).toMatch(/^ {2}alb +ALB event/m);
  });

  it('export --help exits 0', () => {
    expect([exportHelp.exitCode, exportHelp.stderr]).toEqual([0, '']);
  });

  it('negative seed is our message', () => {
    expect(negativeSeed.stderr).toBe(
      '--seed must be a whole number from 0 to 4294967295, got "-1" for "event alb".\n',
    );
    expect(negativeSeed.exitCode).toBe(2);
  });

  it('validate exits 1 on schema errors', () => {
    expect(validate.exitCode).toBe(1);
  });

  it('validate lists every schema issue', () => {
    const lines = validate.stdout.trim().split('\n');
    expect(lines).toEqual([
      'error  schema/out-of-range  settings.seed: seed must be a whole number of 0 or more; got -1 (fix: use a whole number of 0 or more)',
      'error  schema/out-of-range  nodes[1].config.Timeout: Timeout must be a whole number from 1 to 900 (s); got 901 (fix: use a whole number from 1 to 900)',
      'error  schema/unknown-key  nodes[1].config.Tmeout: Tmeout is not a known setting here (fix: rename it to Timeout or remove it)',
    ]);
  });
});
