import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../src/engine/model';

// The run panel against the built app: send, results, logs, trace, problems.

async function editScenario(page: Page, edit: (scenario: Scenario) => Scenario): Promise<void> {
  const scenario = await page.evaluate(() => window.__lambdaPlayground!.getScenario());
  const next = edit(structuredClone(scenario));
  await page.evaluate((value) => window.__lambdaPlayground!.replaceScenario(value), next);
}

function setHandler(scenario: Scenario, code: string, timeout?: number): Scenario {
  for (const node of scenario.nodes) {
    if (node.id === 'hello') {
      node.config = { ...node.config, code, ...(timeout ? { Timeout: timeout } : {}) };
    }
  }

  return scenario;
}

const selected = (page: Page) => page.getByRole('region', { name: 'Selected request' });

async function send(page: Page): Promise<void> {
  const before = await page.getByRole('list', { name: 'Request history' }).getByRole('listitem').count().catch(() => 0);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('list', { name: 'Request history' }).getByRole('listitem')).toHaveCount(before + 1, {
    timeout: 20_000,
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?testHook');
  await expect(page.getByRole('button', { name: 'Send request' })).toBeVisible();
});

test('sample request returns 200', async ({ page }) => {
  await send(page);
  await expect(selected(page).getByRole('heading', { name: /200 OK/ })).toBeVisible();
  await expect(selected(page).getByLabel('response', { exact: true })).toContainText('Hello, Ada!');
});

test('event shows the ALB request', async ({ page }) => {
  await send(page);
  const event = selected(page).getByLabel('event', { exact: true });
  await expect(event).toContainText('"httpMethod": "GET"');
  await expect(event).toContainText(/"queryStringParameters": \{\s*"name": "Ada"/);
});

test('logs mark cold then warm', async ({ page }) => {
  await send(page);
  await send(page);
  await page.getByRole('tab', { name: 'Logs' }).click();
  const warmLogs = page.getByRole('tabpanel');
  await expect(warmLogs).toContainText('START RequestId:');
  await expect(warmLogs).toContainText('END RequestId:');
  await expect(warmLogs).toContainText('REPORT RequestId:');
  await expect(warmLogs).not.toContainText('Init Duration');

  await page.getByRole('tab', { name: 'Request' }).click();
  await page.getByRole('list', { name: 'Request history' }).getByRole('button').nth(1).click();
  await page.getByRole('tab', { name: 'Logs' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(/REPORT RequestId: .*Init Duration/);
});

test('log filter hides other lines', async ({ page }) => {
  await send(page);
  await page.getByRole('tab', { name: 'Logs' }).click();
  await page.getByRole('searchbox', { name: 'Filter logs' }).fill('REPORT');
  await expect(page.getByRole('tabpanel')).toContainText('REPORT RequestId:');
  await expect(page.getByRole('tabpanel')).not.toContainText('START RequestId:');
});

test('invalid response gives 502', async ({ page }) => {
  await editScenario(page, (scenario) =>
    setHandler(scenario, 'export const handler = async () => "not an object";'),
  );
  await send(page);
  await expect(selected(page).getByRole('heading', { name: /502 Bad Gateway/ })).toBeVisible();
  await expect(selected(page)).toContainText('LambdaInvalidResponse');
  await expect(selected(page).getByRole('heading', { name: 'Returned value' })).toBeVisible();
  await expect(selected(page).getByLabel('returned value', { exact: true })).toHaveText(
    '"not an object"',
  );
});

test('raw response keeps the body', async ({ page }) => {
  await editScenario(page, (scenario) =>
    setHandler(
      scenario,
      'export const handler = async () => ({ statusCode: 200, headers: { "content-type": "application/json" }, body: \'{"a":1}\' });',
    ),
  );
  await send(page);
  const response = selected(page).getByLabel('response', { exact: true });
  await expect(response).toContainText('Content-Length: 7');
  await expect(response).toContainText(/\n\n\{"a":1\}$/);
});

test('busy loop times out, page responsive', async ({ page }) => {
  await editScenario(page, (scenario) =>
    setHandler(scenario, 'export const handler = async () => { while (true) {} };', 1),
  );
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(page.getByRole('tab', { name: /Problems/ })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Logs' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Task timed out after 1.00 seconds', {
    timeout: 20_000,
  });
});

test('missing permission shows a problem', async ({ page }) => {
  await editScenario(page, (scenario) => {
    for (const edge of scenario.edges) {
      edge.config = { ...edge.config, invokePermission: false };
    }
    return scenario;
  });
  const tab = page.getByRole('tab', { name: /^Problems \d+$/ });
  await expect(tab).toBeVisible();
  await tab.click();
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText(/permission/i);
  await expect(problems.getByRole('link', { name: 'AWS documentation' }).first()).toBeVisible();
  await problems.getByRole('button').first().click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(/target group/i);
});

test('health checks show states', async ({ page }) => {
  await editScenario(page, (scenario) => {
    for (const edge of scenario.edges) {
      edge.config = { ...edge.config, HealthCheckEnabled: true };
    }
    return scenario;
  });
  await page.getByRole('spinbutton', { name: 'Checks' }).fill('3');
  await page.getByRole('button', { name: 'Run health checks' }).click();
  const checks = page.getByRole('list', { name: /Health checks of/ });
  await expect(checks.getByRole('listitem')).toHaveCount(3, { timeout: 20_000 });
  await expect(checks.getByRole('listitem').first()).toContainText('passed');
  await expect(page.getByRole('region', { name: 'Health checks' })).toContainText('Target health: healthy');
});

test('test event goes to function', async ({ page }) => {
  await page.getByTestId('node-hello').click();
  await expect(page.getByRole('textbox', { name: 'Test event' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Test event' }).fill('{"queryStringParameters": {"name": "Lin"}}');
  await send(page);
  await expect(selected(page).getByLabel('response', { exact: true })).toContainText('Hello, Lin!');
});

test('trace lists the hops', async ({ page }) => {
  await send(page);
  await page.getByRole('tab', { name: 'Trace' }).click();
  const spans = page.getByRole('list', { name: 'Trace' }).getByRole('listitem');
  expect(await spans.count()).toBeGreaterThan(1);
  await spans.first().getByRole('button').click();
  await expect(spans.first().getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
});

test('trace span selects its node', async ({ page }) => {
  await send(page);
  await page.getByRole('tab', { name: 'Trace' }).click();
  const trace = page.getByRole('list', { name: 'Trace' });
  await trace.getByRole('button', { name: /invoke|Lambda|hello/i }).first().click();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('Lambda function');
});

test('raw mode sends a POST', async ({ page }) => {
  await page.getByRole('button', { name: 'Raw' }).click();
  const raw = page.getByRole('textbox', { name: 'Raw HTTP request' });
  await raw.fill(
    'POST /hello?name=Grace HTTP/1.1\nHost: web-alb-123456789.us-east-1.elb.amazonaws.com\nContent-Length: 2\n\nhi',
  );
  await send(page);
  await expect(selected(page).getByLabel('event', { exact: true })).toContainText('"httpMethod": "POST"');
  await expect(selected(page).getByLabel('response', { exact: true })).toContainText('Hello, Grace!');
});

test.describe('at 1400×900', () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test('send button needs no scrolling', async ({ page }) => {
    await expect(page.getByRole('button', { name: 'Send request' })).toBeInViewport({ ratio: 1 });
  });

  test('arrow keys resize the run panel', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Run panel' });
    const before = (await panel.boundingBox())!.height;
    const separator = page.getByRole('separator', { name: 'Resize run panel' });
    await expect(separator).toHaveAttribute('aria-orientation', 'horizontal');
    await separator.focus();
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(async () => (await panel.boundingBox())!.height).toBe(before + 80);
    await expect(page.getByRole('button', { name: 'Send request' })).toBeInViewport({ ratio: 1 });
  });

  test('dragging the edge resizes the panel', async ({ page }) => {
    const panel = page.getByRole('region', { name: 'Run panel' });
    const before = (await panel.boundingBox())!.height;
    const edge = (await page.getByRole('separator', { name: 'Resize run panel' }).boundingBox())!;
    await page.mouse.move(edge.x + 200, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x + 200, edge.y + edge.height / 2 + 100, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await panel.boundingBox())!.height).toBe(before - 100);
  });
});
