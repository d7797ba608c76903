import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../engine/model';
import {
  CLI_RUNS_TIMEOUT_MS,
  REPO_ROOT,
  hasStackFrame,
  runCli,
  type CliRun,
} from './run-cli';

const SCENARIO_FILE = 'examples/alb-hello.json';

describe('cli share', () => {
  let encoded: CliRun;
  let decoded: CliRun;
  let withBase: CliRun;

  beforeAll(async () => {
    [encoded, withBase] = await Promise.all([
      runCli(['share', SCENARIO_FILE]),
      runCli(['share', SCENARIO_FILE, '--base', 'https://playground.example/app/']),
    ]);
    decoded = await runCli(['share', '--decode', encoded.stdout.trim()]);
  }, CLI_RUNS_TIMEOUT_MS);

  it('prints a link on the default app url', () => {
    expect(encoded.stdout).toMatch(/^http:\/\/localhost:5173\/#scenario=1\.[\w-]+\n$/);
  });

  it('uses the base url', () => {
    expect(withBase.stdout.startsWith('https://playground.example/app/#scenario=1.')).toBe(
      true,
    );
  });

  it('decode round trips the scenario', () => {
    const original = parseScenario(
      readFileSync(path.join(REPO_ROOT, SCENARIO_FILE), 'utf8'),
    );
    expect(original.ok && JSON.parse(decoded.stdout)).toEqual(original.ok && original.value);
  });

  it('decode exits 0', () => {
    expect(decoded.exitCode).toBe(0);
  });

  it('decode rejects a damaged link', async () => {
    const link = encoded.stdout.trim();
    const run = await runCli(['share', '--decode', link.slice(0, link.length - 20)]);
    expect(run.stderr).toContain('damaged');
    expect(run.exitCode).toBe(1);
    expect(hasStackFrame(run.stderr)).toBe(false);
  });

  it('rejects a relative base url', async () => {
    const run = await runCli(['share', SCENARIO_FILE, '--base', 'app/']);
    expect(run.stderr).toContain('--base must be an absolute URL');
    expect(run.exitCode).toBe(2);
  });
});
