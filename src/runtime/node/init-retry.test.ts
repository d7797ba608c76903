import { afterAll, describe, expect, it } from 'vitest';
import { INIT_LIMIT_MS } from '../shared/environment';
import { createNodeExecutor } from './node-executor';
import { testFunction } from './test-functions';

// Each case waits out the real 10 s Init limit, so they run concurrently.
const SLOW_TEST_MS = 30_000;
const executor = createNodeExecutor();
afterAll(async () => {
  await executor.dispose();
});

describe.concurrent('init over 10 s', () => {
  it('endless init times out', { timeout: SLOW_TEST_MS }, async () => {
    const code = 'while (true) {}\nexport const handler = async () => "never";';
    const record = await executor.invoke({ function: testFunction(code, { nodeId: 'stuck' }), event: {} });
    expect(record.outcome).toBe('timeout');
    expect(record.payload).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${record.requestId} Error: Task timed out after 1.00 seconds`,
    });
    expect(record.durationMs).toBe(1000);
    expect(record.initDurationMs).toBe(INIT_LIMIT_MS);
    expect(record.logs.at(-1)).toContain(`${record.requestId} Task timed out after 1.00 seconds`);
  });

  it('retried init then handler runs', { timeout: SLOW_TEST_MS }, async () => {
    // The first try blocks past 10 s and is stopped; the retry starts after
    // that and finishes within the 3 s function timeout.
    const readyAt = Date.now() + INIT_LIMIT_MS + 500;
    const code = `console.log('init');\nwhile (Date.now() < ${readyAt}) {}\n` +
      'export const handler = async () => "ran";';
    const fn = testFunction(code, { nodeId: 'slow-init', timeoutSeconds: 3 });
    const record = await executor.invoke({ function: fn, event: {} });
    expect(record.outcome).toBe('success');
    expect(record.payload).toBe('ran');
    expect(record.logs.filter((line) => line.endsWith('\tINFO\tinit')).length).toBe(2);
  });
});
