import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, REPO_ROOT, runCli, type CliRun } from './run-cli';

const SAMPLE = 'examples/alb-hello.json';

interface PrintedRun {
  response: { statusCode: number; headers: Record<string, unknown>; body: string };
  invocations: { event: Record<string, unknown>; result: unknown; logs: string[] }[];
}

function parse(run: CliRun): PrintedRun {
  return JSON.parse(run.stdout) as PrintedRun;
}

describe('cli invoke', () => {
  let throughAlb: CliRun;
  let direct: CliRun;

  beforeAll(async () => {
    [throughAlb, direct] = await Promise.all([
      runCli(['invoke', SAMPLE, '--node', 'alb', '--request', 'examples/get-hello.http']),
      runCli(['invoke', SAMPLE, '--node', 'hello', '--event', 'examples/event.json']),
    ]);
  }, CLI_RUNS_TIMEOUT_MS);

  it('alb run exits 0', () => {
    expect([throughAlb.exitCode, throughAlb.stderr]).toEqual([0, '']);
  });

  it('alb response is 200', () => {
    expect(parse(throughAlb).response.statusCode).toBe(200);
  });

  it('alb response carries the handler body', () => {
    const body = JSON.parse(parse(throughAlb).response.body) as { message: string };
    expect(body.message).toBe('Hello, Ada!');
  });

  it('alb response headers are an object', () => {
    expect(parse(throughAlb).response.headers['content-type']).toBe('application/json');
  });

  it('alb invocation got the alb event', () => {
    expect(parse(throughAlb).invocations[0]?.event.path).toBe('/hello');
  });

  it('alb invocation logs start, end, report', () => {
    const logs = parse(throughAlb).invocations[0]?.logs ?? [];
    const kinds = ['START', 'END', 'REPORT'].filter((kind) =>
      logs.some((line) => line.startsWith(`${kind} RequestId: `)),
    );
    expect(kinds).toEqual(['START', 'END', 'REPORT']);
  });

  it('alb invocation logs the handler output', () => {
    const logs = parse(throughAlb).invocations[0]?.logs ?? [];
    expect(logs.some((line) => line.includes('path /hello invocation 1'))).toBe(true);
  });

  it('direct run exits 0', () => {
    expect([direct.exitCode, direct.stderr]).toEqual([0, '']);
  });

  it('direct run sends the event unchanged', () => {
    const event = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'examples/event.json'), 'utf8'),
    ) as unknown;
    expect(parse(direct).invocations[0]?.event).toEqual(event);
  });

  it('direct run returns the handler value', () => {
    const result = parse(direct).invocations[0]?.result as { body: string };
    expect(JSON.parse(result.body)).toMatchObject({ message: 'Hello, Grace!' });
  });

  it('direct run responds 200', () => {
    expect(parse(direct).response.statusCode).toBe(200);
  });
});
