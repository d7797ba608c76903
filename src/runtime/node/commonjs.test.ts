import { afterAll, describe, expect, it } from 'vitest';
import { createNodeExecutor } from './node-executor';
import { testFunction } from './test-functions';

const executor = createNodeExecutor();
afterAll(async () => {
  await executor.dispose();
});

let nextNode = 0;
async function run(code: string, event: unknown = {}) {
  nextNode++;

  return executor.invoke({ function: testFunction(code, { nodeId: `cjs-${nextNode}` }), event });
}

describe('CommonJS handlers', () => {
  it('exports.handler runs', async () => {
    const record = await run('exports.handler = async (event) => ({ n: event.n * 2 });', { n: 21 });
    expect(record.outcome).toBe('success');
    expect(record.payload).toEqual({ n: 42 });
  });

  it('module.exports object runs', async () => {
    const record = await run("module.exports = { handler: async () => 'ok' };");
    expect(record.payload).toBe('ok');
  });

  it('require of a built-in', async () => {
    const record = await run(
      "const { randomUUID } = require('node:crypto');\nexports.handler = async () => randomUUID().length;",
    );
    expect(record.payload).toBe(36);
  });

  it('require of a stand-in package', async () => {
    const record = await run(
      "const pg = require('pg');\nexports.handler = async () => typeof pg.Pool;",
    );
    expect(record.payload).toBe('function');
  });

  it('unknown require is ImportModuleError', async () => {
    const record = await run("const axios = require('axios');\nexports.handler = async () => 1;");
    expect(record.payload).toMatchObject({
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find module 'axios'",
    });
  });

  it('caught require failure is harmless', async () => {
    const record = await run(
      "let found = true;\ntry { require('optional-thing'); } catch (error) { found = error.code; }\n" +
        'exports.handler = async () => found;',
    );
    expect(record.payload).toBe('MODULE_NOT_FOUND');
  });

  it('stack names index.js and line', async () => {
    const record = await run("\nexports.handler = async () => { throw new Error('line two'); };");
    const trace = (record.payload as { trace: string[] }).trace;
    expect(trace.some((line) => line.includes('/var/task/index.js:2:'))).toBe(true);
  });
});

describe('ES module handlers', () => {
  it('exports with import fails as on AWS', async () => {
    const record = await run(
      "import { randomUUID } from 'node:crypto';\nexports.handler = async () => randomUUID();",
    );
    expect(record.payload).toMatchObject({
      errorType: 'ReferenceError',
      errorMessage: 'exports is not defined in ES module scope',
    });
  });

  it('mixed module logs a hint', async () => {
    const record = await run("import util from 'node:util';\nexports.handler = async () => util;");
    expect(record.logs.some((line) => line.includes('loads as an ES module'))).toBe(true);
  });

  it('require is not defined', async () => {
    const record = await run('export const handler = async () => typeof require;');
    expect(record.payload).toBe('undefined');
  });
});
