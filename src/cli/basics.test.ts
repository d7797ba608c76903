import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_HELP } from './usage';
import {
  CLI_RUNS_TIMEOUT_MS,
  REPO_ROOT,
  hasStackFrame,
  runCli,
  type CliRun,
} from './run-cli';

describe('cli help and dispatch', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const cases: Record<string, string[]> = {
      help: ['--help'],
      none: [],
      version: ['--version'],
      unknown: ['deploy'],
      eventUnknown: ['event', 'kinesis'],
      pending: ['export', 'sam', 'x.json', '--out', 'out'],
      commandHelp: ['event', 'alb', '--help'],
      unknownOption: ['share', '--bogus'],
      badSeed: ['event', 'alb', '--request', 'examples/get-hello.http', '--seed', 'x'],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => [name, await runCli(args)] as const),
    );
    Object.assign(runs, Object.fromEntries(entries));
  }, CLI_RUNS_TIMEOUT_MS);

  it('help lists every design command', () => {
    const listed = COMMAND_HELP.filter((command) =>
      runs.help?.stdout.includes(`  ${command.name} `),
    );
    expect(listed.length).toBe(COMMAND_HELP.length);
  });

  it('help exits 0', () => {
    expect(runs.help?.exitCode).toBe(0);
  });

  it('help names the seeded clock', () => {
    expect(runs.help?.stdout).toContain('2024-01-01T00:00:00Z');
  });

  it('no command prints usage and exits 2', () => {
    expect(runs.none?.stderr).toContain('Usage:');
    expect(runs.none?.exitCode).toBe(2);
  });

  it('version prints package version', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'),
    ) as { version: string };
    expect(runs.version?.stdout).toBe(`${manifest.version}\n`);
  });

  it('unknown command is a usage error', () => {
    expect(runs.unknown?.stderr).toContain('Unknown command "deploy"');
    expect(runs.unknown?.exitCode).toBe(2);
  });

  it('unknown event type is a usage error', () => {
    expect(runs.eventUnknown?.stderr).toContain('"kinesis"');
    expect(runs.eventUnknown?.exitCode).toBe(2);
  });

  it('missing scenario is input error', () => {
    expect(runs.pending?.stderr).toBe('Scenario file "x.json" not found; check the path.\n');
    expect(runs.pending?.exitCode).toBe(1);
  });

  it('command help shows its synopsis', () => {
    expect(runs.commandHelp?.stdout).toContain('event alb --request FILE');
  });

  it('unknown option names the option', () => {
    expect(runs.unknownOption?.stderr).toBe(
      'Unknown option --bogus for "share"; run it with --help for usage.\n',
    );
    expect(runs.unknownOption?.exitCode).toBe(2);
  });

  it('invalid seed is a usage error', () => {
    expect(runs.badSeed?.stderr).toContain('--seed must be a whole number');
    expect(runs.badSeed?.exitCode).toBe(2);
  });

  it('errors carry no stack frames', () => {
    const withFrames = Object.entries(runs).filter(([, run]) => hasStackFrame(run.stderr));
    expect(withFrames.map(([name]) => name)).toEqual([]);
  });

  it('npm script runs the cli', async () => {
    const run = await runCli(['--version'], true);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
