import { beforeAll, describe, expect, it } from 'vitest';
import type { SqsEvent } from '../../engine/sqs/event';
import { CLI_RUNS_TIMEOUT_MS, runCli, type CliRun } from '../run-cli';

interface PrintedRun {
  response: { statusCode: number; body: string };
  invocations: { functionNodeId: string; event: unknown; logs: string[] }[];
}

describe('invoke through a queue', () => {
  let run: CliRun;
  let printed: PrintedRun;

  beforeAll(async () => {
    run = await runCli([
      'invoke',
      'examples/alb-to-queue.json',
      '--node',
      'alb',
      '--request',
      'examples/get-hello.http',
      '--seed',
      '1',
    ]);
    printed = JSON.parse(run.stdout || '{}') as PrintedRun;
  }, CLI_RUNS_TIMEOUT_MS);

  it('exits with status 0', () => {
    expect(run.exitCode).toBe(0);
  });

  it('answers the client with 202', () => {
    expect(printed.response.statusCode).toBe(202);
  });

  it('prints both invocations', () => {
    expect(printed.invocations.map((record) => record.functionNodeId)).toEqual(['api-fn', 'worker-fn']);
  });

  it('gives worker-fn the sent message', () => {
    const event = printed.invocations[1]?.event as SqsEvent;
    const queued = JSON.parse(printed.response.body) as { queued: string };

    expect(event.Records[0]?.messageId).toBe(queued.queued);
    expect(JSON.parse(event.Records[0]?.body ?? '{}')).toEqual({ greet: 'Ada', path: '/hello' });
  });

  it('logs the greeting in worker-fn', () => {
    const logs = printed.invocations[1]?.logs ?? [];

    expect(logs.some((line) => line.includes('greeting Ada from message'))).toBe(true);
  });
});
