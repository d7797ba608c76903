import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_RUNS_TIMEOUT_MS, REPO_ROOT, runCli, type CliRun } from './run-cli';

const ECHO_BODY = `export const handler = async (event) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ body: event.body, isBase64Encoded: event.isBase64Encoded }),
});`;

function writeInputs(): { scenario: string; request: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'invoke-binary-'));
  const sample = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'examples/alb-hello.json'), 'utf8'),
  ) as { nodes: { type: string; config: { code?: string } }[] };
  const fn = sample.nodes.find((node) => node.type === 'lambda');
  if (fn) fn.config.code = ECHO_BODY;
  const scenario = path.join(dir, 'scenario.json');
  writeFileSync(scenario, JSON.stringify(sample));
  const head = Buffer.from(
    'POST /upload HTTP/1.1\r\nHost: example.com\r\n' +
      'Content-Type: application/octet-stream\r\nContent-Length: 6\r\n\r\n',
    'latin1',
  );
  const request = path.join(dir, 'binary.http');
  writeFileSync(request, Buffer.concat([head, Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x80, 0x7f])]));

  return { scenario, request };
}

describe('cli invoke binary body', () => {
  let run: CliRun;

  beforeAll(async () => {
    const { scenario, request } = writeInputs();
    run = await runCli(['invoke', scenario, '--node', 'alb', '--request', request]);
  }, CLI_RUNS_TIMEOUT_MS);

  it('exits 0', () => {
    expect([run.exitCode, run.stderr]).toEqual([0, '']);
  });

  it('handler gets exact base64 body', () => {
    const printed = JSON.parse(run.stdout) as { response: { body: string } };
    const echoed = JSON.parse(printed.response.body) as { body: string; isBase64Encoded: boolean };
    expect(echoed.body).toBe('AAH//oB/');
    expect(echoed.isBase64Encoded).toBe(true);
  });
});
