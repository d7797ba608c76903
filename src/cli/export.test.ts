import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, runCli, type CliRun } from './run-cli';

describe('cli export sam', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'cli-export-'));
  const out = path.join(directory, 'app');
  let first: CliRun;
  let again: CliRun;
  let forced: CliRun;
  let noOut: CliRun;

  beforeAll(async () => {
    first = await runCli(['export', 'sam', 'examples/alb-hello.json', '--out', out]);
    [again, forced, noOut] = await Promise.all([
      runCli(['export', 'sam', 'examples/alb-hello.json', '--out', out]),
      runCli(['export', 'sam', 'examples/alb-hello.json', '--out', out, '--force']),
      runCli(['export', 'sam', 'examples/alb-hello.json']),
    ]);
  }, CLI_RUNS_TIMEOUT_MS);

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('exits 0', () => {
    expect(first.exitCode).toBe(0);
  });

  it('writes template.yaml', () => {
    expect(readFileSync(path.join(out, 'template.yaml'), 'utf8')).toContain('Transform: AWS::Serverless-2016-10-31\n');
  });

  it('template references the handler folder', () => {
    expect(readFileSync(path.join(out, 'template.yaml'), 'utf8')).toContain('CodeUri: src/hello/\n');
  });

  it('writes the handler source', () => {
    expect(readFileSync(path.join(out, 'src/hello/index.mjs'), 'utf8')).toContain('export const handler = async');
  });

  it('writes the README', () => {
    expect(existsSync(path.join(out, 'README.md'))).toBe(true);
  });

  it('lists the files written', () => {
    expect(first.stdout).toContain(`wrote ${path.join(out, 'template.yaml')}\n`);
  });

  it('refuses to overwrite', () => {
    expect(again.exitCode).toBe(1);
  });

  it('names the existing files in one line', () => {
    expect(again.stderr).toMatch(/^"[^"]+" already contains template\.yaml, [^\n]+--force[^\n]+\n$/);
  });

  it('overwrites with --force', () => {
    expect(forced.exitCode).toBe(0);
  });

  it('needs --out', () => {
    expect([noOut.exitCode, noOut.stderr]).toEqual([2, '"export sam" needs --out DIR; run it with --help for usage.\n']);
  });
});
