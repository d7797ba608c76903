import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALB_HELLO_SAMPLE } from '../engine/samples/alb-hello';
import { CLI_RUNS_TIMEOUT_MS, runCli, type CliRun } from './run-cli';

describe('cli validate', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'cli-validate-'));
  let clean: CliRun;
  let broken: CliRun;

  beforeAll(async () => {
    const withoutPermission = structuredClone(ALB_HELLO_SAMPLE);
    (withoutPermission.edges[0] as { config: Record<string, unknown> }).config.invokePermission =
      false;
    const brokenPath = path.join(directory, 'no-permission.json');
    writeFileSync(brokenPath, JSON.stringify(withoutPermission));
    [clean, broken] = await Promise.all([
      runCli(['validate', 'examples/alb-hello.json']),
      runCli(['validate', brokenPath]),
    ]);
  }, CLI_RUNS_TIMEOUT_MS);

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('sample has no problems', () => {
    expect(clean.stdout).toBe('No problems found.\n');
  });

  it('sample exits 0', () => {
    expect(clean.exitCode).toBe(0);
  });

  it('missing permission is one error line', () => {
    expect(broken.stdout).toMatch(
      /^error {2}alb\/missing-invoke-permission {2}edge alb-hello: [^\n]+\n$/m,
    );
  });

  it('missing permission line shows the fix', () => {
    expect(broken.stdout).toContain('(fix: ');
  });

  it('error exits 1', () => {
    expect(broken.exitCode).toBe(1);
  });
});
