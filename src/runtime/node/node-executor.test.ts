import { afterEach, describe, expect, it } from 'vitest';
import { createNodeExecutor, type NodeExecutor } from './node-executor';
import { testFunction } from './test-functions';

let executor: NodeExecutor;
afterEach(async () => {
  await executor.dispose();
});

function start(): NodeExecutor {
  executor = createNodeExecutor();

  return executor;
}

const COUNTER = `
let count = 0;
console.log('init');
export const handler = async () => ({ count: ++count });
`;

describe('node executor environments', () => {
  it('cold start then warm start', async () => {
    const fn = testFunction(COUNTER);
    const first = await start().invoke({ function: fn, event: {} });
    const second = await executor.invoke({ function: fn, event: {} });
    expect(first.coldStart).toBe(true);
    expect(second.coldStart).toBe(false);
    expect(second.payload).toEqual({ count: 2 });
    expect(second.environmentId).toBe(first.environmentId);
    expect(first.initDurationMs).toBeGreaterThan(0);
    expect(second.initDurationMs).toBeUndefined();
  });

  it('init logs come before START', async () => {
    const record = await start().invoke({ function: testFunction(COUNTER), event: {} });
    expect(record.logs[0]).toMatch(/^\S+Z\tundefined\tINFO\tinit$/);
    expect(record.logs[1]).toMatch(/^START RequestId: /);
  });

  it('concurrent invokes use two environments', async () => {
    const fn = testFunction(`export const handler = async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return 'done';
    };`);
    const [a, b] = await Promise.all([
      start().invoke({ function: fn, event: {} }),
      executor.invoke({ function: fn, event: {} }),
    ]);
    expect(a.environmentId).not.toBe(b.environmentId);
    expect(executor.environments()).toHaveLength(2);
  });

  it('code change retires environments', async () => {
    const first = await start().invoke({ function: testFunction(COUNTER), event: {} });
    const changed = testFunction(`${COUNTER}\n// changed`);
    const second = await executor.invoke({ function: changed, event: {} });
    expect(second.coldStart).toBe(true);
    expect(second.environmentId).not.toBe(first.environmentId);
    expect(executor.environments()).toHaveLength(1);
  });
});

describe('node executor timeout', () => {
  it('busy loop times out', async () => {
    const fn = testFunction(`let n = 0;
      export const handler = async (event) => { n++; if (event.spin) while (true) {} return n; };`);
    await start().invoke({ function: fn, event: {} });
    const record = await executor.invoke({ function: fn, event: { spin: true } });
    expect(record.outcome).toBe('timeout');
    expect(record.payload).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${record.requestId} Error: Task timed out after 1.00 seconds`,
    });
    expect(record.logs.at(-1)).toMatch(
      new RegExp(`^\\S+Z ${record.requestId} Task timed out after 1.00 seconds$`),
    );
    const next = await executor.invoke({ function: fn, event: {} });
    expect(next.coldStart).toBe(true);
    expect(next.payload).toBe(1);
  });
});
