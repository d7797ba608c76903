import { afterAll, describe, expect, it } from 'vitest';
import { createNodeExecutor } from './node-executor';
import { testFunction } from './test-functions';

const executor = createNodeExecutor();
afterAll(async () => {
  await executor.dispose();
});

async function run(code: string, overrides = {}, event: unknown = {}) {
  return executor.invoke({ function: testFunction(code, overrides), event });
}

describe('error payloads', () => {
  it('errorType from error name', async () => {
    const record = await run(`class NotFound extends Error {
      constructor(message) { super(message); this.name = 'NotFound'; }
    }
    export const handler = async () => { throw new NotFound('order 42'); };`);
    const payload = record.payload as { errorType: string; errorMessage: string; trace: string[] };
    expect(record.outcome).toBe('error');
    expect(payload.errorType).toBe('NotFound');
    expect(payload.errorMessage).toBe('order 42');
    expect(payload.trace[0]).toBe('NotFound: order 42');
  });

  it('logs Invoke Error line', async () => {
    const record = await run(`export const handler = async () => { throw new TypeError('bad'); };`);
    const line = record.logs.find((entry) => entry.includes('Invoke Error'));
    expect(line).toMatch(/\tERROR\tInvoke Error \t\{"errorType":"TypeError","errorMessage":"bad"/);
  });

  it('thrown string payload', async () => {
    const record = await run(`export const handler = async () => { throw 'plain'; };`);
    expect(record.payload).toEqual({ errorType: 'string', errorMessage: 'plain', trace: [] });
  });

  it('missing export is HandlerNotFound', async () => {
    const record = await run(`export const other = async () => 1;`);
    expect(record.payload).toMatchObject({
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: 'index.handler is undefined or not exported',
    });
  });

  it('unknown import is ImportModuleError', async () => {
    const record = await run(`import axios from 'axios'; export const handler = async () => 1;`);
    expect(record.payload).toMatchObject({
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find module 'axios'",
    });
  });

  it('compile error names the line', async () => {
    const record = await run(`const x: number = ;\nexport const handler = async () => x;`, {
      language: 'typescript',
    });
    const payload = record.payload as { errorType: string; trace: string[] };
    expect(payload.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(payload.trace).toContain('    at file:///var/task/index.ts:1:19');
  });

  it('process.exit gives ExitError', async () => {
    const record = await run(`export const handler = async () => { process.exit(); };`);
    expect(record.outcome).toBe('crash');
    expect(record.payload).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${record.requestId} Error: Runtime exited without providing a reason`,
    });
  });

  it('oversized response is rejected', async () => {
    const record = await run(`export const handler = async () => 'x'.repeat(6291556);`);
    expect(record.payload).toEqual({
      errorType: 'Function.ResponseSizeTooLarge',
      errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).',
    });
  });

  it('stand-in reports not connected', async () => {
    const record = await run(`import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
    export const handler = async () => new SQSClient({}).send(new SendMessageCommand({ QueueUrl: 'q' }));`);
    expect(record.payload).toMatchObject({ errorType: 'NotConnectedError' });
    expect((record.payload as { errorMessage: string }).errorMessage).toContain(
      'SendMessageCommand is not connected in this scenario',
    );
  });
});

describe('handler styles', () => {
  const CALLBACK = `export const handler = (event, context, callback) => {
    setTimeout(() => callback(null, { ok: true }), 5);
  };`;

  it('callback handler on nodejs22.x', async () => {
    const record = await run(CALLBACK);
    expect(record.payload).toEqual({ ok: true });
  });

  it('callback handler rejected on nodejs24.x', async () => {
    const record = await run(CALLBACK, { runtime: 'nodejs24.x' });
    expect(record.payload).toMatchObject({ errorType: 'Runtime.CallbackHandlerDeprecated' });
  });

  it('sync return used on nodejs24.x', async () => {
    const record = await run(`export const handler = () => 7;`, { runtime: 'nodejs24.x' });
    expect(record.payload).toBe(7);
  });

  it('TypeScript handler compiles', async () => {
    const record = await run(
      `interface Order { id: number }\nexport const handler = async (event: Order): Promise<number> => event.id * 2;`,
      { language: 'typescript' },
      { id: 21 },
    );
    expect(record.payload).toBe(42);
  });

  it('node crypto is importable', async () => {
    const record = await run(`import { randomUUID } from 'node:crypto';
    export const handler = async () => randomUUID().length;`);
    expect(record.payload).toBe(36);
  });
});

describe('logs', () => {
  it('console levels and format', async () => {
    const record = await run(`export const handler = async (event, context) => {
      console.log('a %s', 'b'); console.info({ x: 1 }); console.warn('w');
      console.error('e'); console.debug('d'); console.trace('t');
    };`);
    const id = record.requestId;
    const app = record.logs.filter((line) => line.includes(`\t${id}\t`));
    expect(app.map((line) => line.split('\t').slice(1).join('\t'))).toEqual([
      `${id}\tINFO\ta b`,
      `${id}\tINFO\t{ x: 1 }`,
      `${id}\tWARN\tw`,
      `${id}\tERROR\te`,
      `${id}\tDEBUG\td`,
      `${id}\tTRACE\tt`,
    ]);
    expect(app[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\t/);
  });

  it('START END REPORT lines', async () => {
    const record = await run(`export const handler = async () => 1;`, { memorySizeMb: 256 });
    const id = record.requestId;
    expect(record.logs[0]).toBe(`START RequestId: ${id} Version: $LATEST`);
    expect(record.logs.at(-2)).toBe(`END RequestId: ${id}`);
    const report = record.logs.at(-1) ?? '';
    expect(report).toMatch(
      new RegExp(
        `^REPORT RequestId: ${id}\\tDuration: \\d+\\.\\d\\d ms\\tBilled Duration: \\d+ ms` +
          `\\tMemory Size: 256 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: \\d+\\.\\d\\d ms$`,
      ),
    );
    expect(record.billedDurationMs).toBe(
      Math.ceil(record.durationMs + (record.initDurationMs ?? 0)),
    );
    expect(record.maxMemoryUsedMb).toBeLessThanOrEqual(256);
  });
});

describe('context and environment', () => {
  const DUMP = `export const handler = async (event, context) => {
    const first = context.getRemainingTimeInMillis();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const { getRemainingTimeInMillis, ...fields } = context;
    return { first, second: context.getRemainingTimeInMillis(), fields, env: process.env };
  };`;

  it('context fields match Lambda', async () => {
    const record = await run(DUMP, { environment: { STAGE: 'dev' } });
    const { fields } = record.payload as { fields: Record<string, unknown> };
    expect(fields.functionName).toBe('orders');
    expect(fields.functionVersion).toBe('$LATEST');
    expect(fields.invokedFunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:orders');
    expect(fields.memoryLimitInMB).toBe('128');
    expect(fields.awsRequestId).toBe(record.requestId);
    expect(fields.logGroupName).toBe('/aws/lambda/orders');
    expect(fields.logStreamName).toMatch(/^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(fields.callbackWaitsForEmptyEventLoop).toBe(true);
  });

  it('remaining time decreases', async () => {
    const record = await run(DUMP);
    const { first, second } = record.payload as { first: number; second: number };
    expect(first).toBeLessThanOrEqual(1000);
    expect(second).toBeLessThan(first);
  });

  it('env has node and reserved variables', async () => {
    const record = await run(DUMP, { environment: { STAGE: 'dev' } });
    const { env } = record.payload as { env: Record<string, string> };
    expect(env.STAGE).toBe('dev');
    expect(env.AWS_REGION).toBe('us-east-1');
    expect(env.AWS_LAMBDA_FUNCTION_NAME).toBe('orders');
    expect(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE).toBe('128');
    expect(env.AWS_EXECUTION_ENV).toBe('AWS_Lambda_nodejs22.x');
    expect(env.AWS_LAMBDA_INITIALIZATION_TYPE).toBe('on-demand');
    expect(env._HANDLER).toBe('index.handler');
    expect(env.LAMBDA_TASK_ROOT).toBe('/var/task');
    expect(env.TZ).toBe(':UTC');
    expect(env.HOME).toBeUndefined();
  });
});
