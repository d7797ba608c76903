import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './run-cli';

function parse(run: CliRun | undefined): Record<string, unknown> {
  return JSON.parse(run?.stdout ?? '') as Record<string, unknown>;
}

describe('cli event apigw-rest and apigw-http', () => {
  const runs: Record<string, CliRun> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'apigw-cli-'));
    const request = path.join(dir, 'files.http');
    writeFileSync(request, 'GET /files/a/b/c.txt?tag=a%2Bb&tag=c+d HTTP/1.1\r\nHost: example.com\r\nCookie: session=abc; theme=dark\r\nX-Request-Id: r-1\r\n\r\n');
    const cases: Record<string, string[]> = {
      rest: ['event', 'apigw-rest', '--request', request, '--resource', '/files/{proxy+}', '--seed', '1'],
      restAgain: ['event', 'apigw-rest', '--request', request, '--resource', '/files/{proxy+}', '--seed', '1'],
      http: ['event', 'apigw-http', '--request', request, '--route', 'GET /files/{proxy+}'],
      httpV1: ['event', 'apigw-http', '--request', request, '--route', '$default', '--payload-version', '1.0'],
      mismatch: ['event', 'apigw-rest', '--request', request, '--resource', '/items/{id}'],
      badVersion: ['event', 'apigw-http', '--request', request, '--route', '$default', '--payload-version', '3.0'],
      noResource: ['event', 'apigw-rest', '--request', request],
    };
    const entries = await Promise.all(
      Object.entries(cases).map(async ([name, args]) => [name, await runCli(args)] as const),
    );
    Object.assign(runs, Object.fromEntries(entries));
  });

  it('rest event has proxy parameter', () => {
    expect(parse(runs.rest).pathParameters).toEqual({ proxy: 'a/b/c.txt' });
  });

  it('rest event decodes the query', () => {
    expect(parse(runs.rest).multiValueQueryStringParameters).toEqual({ tag: ['a+b', 'c d'] });
  });

  it('rest event keeps header casing', () => {
    expect((parse(runs.rest).headers as Record<string, string>)['X-Request-Id']).toBe('r-1');
  });

  it('rest event has no version', () => {
    expect(parse(runs.rest).version).toBeUndefined();
  });

  it('same seed gives same output', () => {
    expect(runs.restAgain?.stdout).toBe(runs.rest?.stdout);
  });

  it('http event splits cookies', () => {
    expect(parse(runs.http).cookies).toEqual(['session=abc', 'theme=dark']);
  });

  it('http event keeps raw query', () => {
    expect(parse(runs.http).rawQueryString).toBe('tag=a%2Bb&tag=c+d');
  });

  it('payload 1.0 adds version', () => {
    expect(parse(runs.httpV1).version).toBe('1.0');
  });

  it('unmatched resource exits 1', () => {
    expect(runs.mismatch?.exitCode).toBe(1);
    expect(runs.mismatch?.stderr).toContain('does not match /items/{id}');
  });

  it('bad payload version exits 2', () => {
    expect(runs.badVersion?.exitCode).toBe(2);
  });

  it('missing resource exits 2', () => {
    expect(runs.noResource?.stderr).toBe('"event apigw-rest" needs --resource PATH; run it with --help for usage.\n');
  });
});
