import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, runCli, type CliRun } from './run-cli';

const GET_REQUEST = 'examples/get-hello.http';
const POST_REQUEST = 'examples/post-json.http';

function parse(run: CliRun | undefined): Record<string, unknown> {
  return JSON.parse(run?.stdout ?? '') as Record<string, unknown>;
}

describe('cli event alb', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const cases: Record<string, string[]> = {
      single: ['event', 'alb', '--request', GET_REQUEST],
      multi: ['event', 'alb', '--request', GET_REQUEST, '--multi-value-headers'],
      post: ['event', 'alb', '--request', POST_REQUEST],
      seededFirst: ['event', 'alb', '--request', GET_REQUEST, '--seed', '7'],
      seededSecond: ['event', 'alb', '--request', GET_REQUEST, '--seed', '7'],
      otherSeed: ['event', 'alb', '--request', GET_REQUEST, '--seed', '8'],
      noRequest: ['event', 'alb'],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => [name, await runCli(args)] as const),
    );
    Object.assign(runs, Object.fromEntries(entries));
  }, CLI_RUNS_TIMEOUT_MS);

  it('single mode keeps the last query value', () => {
    const event = parse(runs.single);
    expect(event.queryStringParameters).toEqual({ name: 'Ada', tag: 'green' });
  });

  it('single mode has method and path', () => {
    const event = parse(runs.single);
    expect([event.httpMethod, event.path]).toEqual(['GET', '/hello']);
  });

  it('single mode has no multi-value maps', () => {
    expect(parse(runs.single).multiValueHeaders).toBeUndefined();
  });

  it('multi mode keeps every query value', () => {
    const event = parse(runs.multi);
    expect(event.multiValueQueryStringParameters).toEqual({
      name: ['Ada'],
      tag: ['blue', 'green'],
    });
  });

  it('multi mode keeps repeated headers', () => {
    const headers = parse(runs.multi).multiValueHeaders as Record<string, string[]>;
    expect(headers['x-tag']).toEqual(['one', 'two']);
  });

  it('multi mode has no single-value maps', () => {
    expect(parse(runs.multi).headers).toBeUndefined();
  });

  it('post body is passed as text', () => {
    const event = parse(runs.post);
    expect([event.body, event.isBase64Encoded]).toEqual([
      '{"item":"book","quantity":2}',
      false,
    ]);
  });

  it('output is indented two spaces', () => {
    expect(runs.single?.stdout.split('\n')[1]).toMatch(/^ {2}"/);
  });

  it('same seed gives identical output', () => {
    expect(runs.seededSecond?.stdout).toBe(runs.seededFirst?.stdout);
  });

  it('seed fixes the trace id clock', () => {
    const headers = parse(runs.seededFirst).headers as Record<string, string>;
    // 0x65920080 is 1704067200, 2024-01-01T00:00:00Z in epoch seconds.
    expect(headers['x-amzn-trace-id']).toMatch(/^Root=1-65920080-[0-9a-f]{24}$/);
  });

  it('another seed gives another trace id', () => {
    expect(runs.otherSeed?.stdout).not.toBe(runs.seededFirst?.stdout);
  });

  it('missing --request is a usage error', () => {
    expect(runs.noRequest?.stderr).toBe(
      '"event alb" needs --request FILE; run it with --help for usage.\n',
    );
    expect(runs.noRequest?.exitCode).toBe(2);
  });
});
