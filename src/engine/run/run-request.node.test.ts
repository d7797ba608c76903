import { afterEach, describe, expect, it } from 'vitest';
import { createNodeExecutor, type NodeExecutor } from '../../runtime/node/node-executor';
import { ALB_HELLO_SAMPLE } from '../samples/alb-hello';
import { createRunEnvironment } from './environment';
import { runRequest } from './run-request';

let executor: NodeExecutor | undefined;
afterEach(async () => {
  await executor?.dispose();
  executor = undefined;
});

describe('runRequest with Node executor', () => {
  it('runs the ALB sample handler', async () => {
    executor = createNodeExecutor();
    const env = createRunEnvironment({ seed: 1, startMs: 1_700_000_000_000 });
    const raw = 'GET /hello?name=Ada%20L HTTP/1.1\r\nHost: web-alb.example.com\r\n\r\n';
    const result = await runRequest(ALB_HELLO_SAMPLE, 'alb', { kind: 'http', raw }, executor, env);
    const body = JSON.parse(result.response.body) as { message: string; invocations: number; requestId: string };
    const logs = result.invocations[0]?.logs ?? [];

    expect(result.response.statusCode).toBe(200);
    expect(body.message).toBe('Hello, Ada L!');
    expect(body.invocations).toBe(1);
    expect(body.requestId).toBe(result.invocations[0]?.requestId);
    expect(logs.some((line) => line.startsWith('START RequestId: '))).toBe(true);
    expect(logs.some((line) => line.includes('path /hello invocation 1'))).toBe(true);
    expect(logs.some((line) => line.startsWith('REPORT RequestId: '))).toBe(true);
  });
});
