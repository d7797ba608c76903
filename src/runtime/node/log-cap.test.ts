import { afterAll, describe, expect, it } from 'vitest';
import { EnvironmentPool } from '../shared/environment-pool';
import { MAX_LOG_LINES } from '../shared/log-buffer';
import type { ChannelFactory } from '../shared/protocol';
import { NODE_BUILTINS } from './node-executor';
import { testFunction } from './test-functions';
import { workerChannelFactory } from './worker-channel';

// Counts what the guest posts, to show the cap applies inside the worker.
const posted = { log: 0, dropped: 0 };
const countingFactory: ChannelFactory = (events) =>
  workerChannelFactory({
    message(message) {
      if (message.type === 'log') posted.log++;
      if (message.type === 'log-dropped') posted.dropped += message.count;
      events.message(message);
    },
    exit: (code, reason) => events.exit(code, reason),
  });

const pool = new EnvironmentPool(countingFactory, NODE_BUILTINS);
afterAll(() => pool.stopAll());

const LOOP = `export const handler = async () => {
  for (let i = 0; i < 200000; i++) console.log('line ' + i + ' ' + 'y'.repeat(100));
  return { statusCode: 200, body: 'ok' };
};`;

describe('guest log cap', () => {
  it('posts at most the cap', async () => {
    posted.log = 0;
    posted.dropped = 0;
    const record = await pool.invoke({ function: testFunction(LOOP, { timeoutSeconds: 30 }), event: {} });
    expect(record.outcome).toBe('success');
    expect(posted.log).toBe(MAX_LOG_LINES);
    expect(posted.dropped).toBe(200_000 - MAX_LOG_LINES);
  });

  it('adds truncation note to logs', async () => {
    const record = await pool.invoke({ function: testFunction(LOOP, { timeoutSeconds: 30 }), event: {} });
    const note = record.logs.find((line) => line.startsWith('[lambda-playground]'));
    expect(note).toContain(`${200_000 - MAX_LOG_LINES} more log lines were dropped`);
    expect(record.logs.filter((line) => line.includes('\tINFO\tline ')).length).toBe(MAX_LOG_LINES);
  });

  it('keeps Invoke Error past cap', async () => {
    const code = `export const handler = async () => {
      for (let i = 0; i < 5000; i++) console.log('noise ' + i);
      throw new Error('after noise');
    };`;
    const record = await pool.invoke({ function: testFunction(code, { nodeId: 'noisy' }), event: {} });
    expect(record.logs.some((line) => line.includes('Invoke Error'))).toBe(true);
  });

  it('budget resets per invocation', async () => {
    const code = `export const handler = async () => { console.log('one line'); return 1; };`;
    const fn = testFunction(code, { nodeId: 'quiet' });
    await pool.invoke({ function: fn, event: {} });
    const warm = await pool.invoke({ function: fn, event: {} });
    expect(warm.logs.some((line) => line.endsWith('\tINFO\tone line'))).toBe(true);
    expect(warm.logs.some((line) => line.startsWith('[lambda-playground]'))).toBe(false);
  });
});
