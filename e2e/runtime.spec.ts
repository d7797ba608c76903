import { expect, test, type Page } from '@playwright/test';

// The sandboxed browser executor, driven through runtime-harness.html.

interface Record {
  outcome: string;
  payload: unknown;
  coldStart: boolean;
  environmentId: string;
  logs: string[];
  requestId: string;
}

async function invoke(page: Page, fn: object, event: object = {}): Promise<Record> {
  return page.evaluate(
    ([definition, payload]) => window.runtimeHarness.invoke(definition, payload),
    [fn, event] as const,
  ) as Promise<Record>;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/runtime-harness.html');
  await expect(page.locator('#status')).toHaveText('ready');
});

test('cold then warm start', async ({ page }) => {
  const fn = {
    nodeId: 'counter',
    code: 'let count = 0;\nexport const handler = async () => ({ count: ++count });',
  };
  const first = await invoke(page, fn);
  const second = await invoke(page, fn);
  expect(first.coldStart).toBe(true);
  expect(second.coldStart).toBe(false);
  expect(second.environmentId).toBe(first.environmentId);
  expect(second.payload).toEqual({ count: 2 });
});

test('TypeScript handler runs', async ({ page }) => {
  const record = await invoke(
    page,
    {
      language: 'typescript',
      code: 'import { randomUUID } from "node:crypto";\n' +
        'export const handler = async (event: { n: number }): Promise<object> => ' +
        '({ double: event.n * 2, id: randomUUID().length, region: process.env.AWS_REGION });',
    },
    { n: 21 },
  );
  expect(record.payload).toEqual({ double: 42, id: 36, region: 'us-east-1' });
});

test('error payload from error name', async ({ page }) => {
  const record = await invoke(page, {
    code: 'class NotFound extends Error { constructor(m) { super(m); this.name = "NotFound"; } }\n' +
      'export const handler = async () => { console.log("about to fail"); throw new NotFound("order 42"); };',
  });
  expect(record.outcome).toBe('error');
  expect(record.payload).toMatchObject({ errorType: 'NotFound', errorMessage: 'order 42' });
  expect(record.logs.some((line) => line.endsWith('\tINFO\tabout to fail'))).toBe(true);
});

test('busy loop times out, page responsive', async ({ page }) => {
  const pending = invoke(page, {
    nodeId: 'spinner',
    code: 'export const handler = async () => { while (true) {} };',
  });
  await page.getByRole('button', { name: 'Clicks: 0' }).click();
  await expect(page.getByRole('button', { name: 'Clicks: 1' })).toBeVisible();
  const record = await pending;
  expect(record.outcome).toBe('timeout');
  expect(record.payload).toEqual({
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${record.requestId} Error: Task timed out after 1.00 seconds`,
  });
});

test('handler fetch makes no request', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/from-handler')) requests.push(request.url());
  });
  const record = await invoke(page, {
    code: 'export const handler = async () => {\n' +
      '  try { await fetch("http://127.0.0.1:4173/from-handler"); return "reached"; }\n' +
      '  catch (error) { return "blocked: " + error.name; }\n};',
  });
  expect(record.payload).toBe('blocked: TypeError');
  expect(requests).toEqual([]);
});

test('handler cannot read localStorage', async ({ page }) => {
  await page.evaluate(() => localStorage.setItem('secret', 'page-only'));
  const record = await invoke(page, {
    code: 'export const handler = async () => {\n' +
      '  try { return String(globalThis.localStorage?.getItem("secret")); }\n' +
      '  catch (error) { return "denied: " + error.name; }\n};',
  });
  expect(record.payload).not.toContain('page-only');
});

test('log flood is truncated, not killed', async ({ page }) => {
  const record = await invoke(page, {
    nodeId: 'logger',
    timeoutSeconds: 30,
    code: 'export const handler = async () => {\n' +
      '  for (let i = 0; i < 200000; i++) console.log("line " + i + " " + "y".repeat(100));\n' +
      '  return { statusCode: 200, body: "ok" };\n};',
  });
  expect(record.outcome).toBe('success');
  expect(record.payload).toEqual({ statusCode: 200, body: 'ok' });
  expect(record.logs.filter((line) => line.includes('\tINFO\tline ')).length).toBe(2000);
  expect(record.logs.some((line) => line.includes('198000 more log lines were dropped'))).toBe(true);
});

test('CommonJS handler runs', async ({ page }) => {
  const record = await invoke(page, {
    nodeId: 'commonjs',
    code: 'const { randomUUID } = require("node:crypto");\n' +
      'exports.handler = async (event) => ({ double: event.n * 2, id: randomUUID().length });',
  }, { n: 21 });
  expect(record.payload).toEqual({ double: 42, id: 36 });
});

test('exports in ES module fails', async ({ page }) => {
  const record = await invoke(page, {
    nodeId: 'mixed-module',
    code: 'import { randomUUID } from "node:crypto";\nexports.handler = async () => randomUUID();',
  });
  expect(record.payload).toMatchObject({
    errorType: 'ReferenceError',
    errorMessage: 'exports is not defined in ES module scope',
  });
});
