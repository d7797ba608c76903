import { expect, test, type Page } from '@playwright/test';
import type { Scenario } from '../src/engine/model';

// Simulation against the built app: the SQS burst sample, charts, playback
// with canvas badges, and cancelling a long run.

async function loadBurstSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'SQS burst → Lambda', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Load sample' }).click();
  await expect(page.getByTestId('node-orders')).toBeVisible();
}

async function editScenario(page: Page, edit: (scenario: Scenario) => Scenario): Promise<void> {
  const scenario = await page.evaluate(() => window.__lambdaPlayground!.getScenario());
  const next = edit(structuredClone(scenario));
  await page.evaluate((value) => window.__lambdaPlayground!.replaceScenario(value), next);
}

function simulateButton(page: Page) {
  return page.getByRole('toolbar', { name: 'Scenario' }).getByRole('button', { name: 'Simulate' });
}

function totalOf(page: Page, name: string) {
  return page.getByRole('table', { name: 'Totals' }).getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?testHook');
  await expect(page.getByRole('button', { name: 'Samples' })).toBeVisible();
});

test('burst sample draws charts and totals', async ({ page }) => {
  await loadBurstSample(page);
  await simulateButton(page).click();
  await expect(page.getByRole('tab', { name: 'Charts' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('img', { name: /^Visible messages:/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Concurrency:/ })).toBeVisible();
  await expect(totalOf(page, 'Messages sent')).toHaveText('2,000');
  const processed = Number((await totalOf(page, 'Processed').textContent())!.replace(/,/g, ''));
  const deadLettered = Number((await totalOf(page, 'Dead-lettered').textContent())!.replace(/,/g, ''));
  expect(processed + deadLettered).toBe(2000);
});

test('scrubbing moves the node badges', async ({ page }) => {
  await loadBurstSample(page);
  await simulateButton(page).click();
  const scrubber = page.getByRole('slider', { name: 'Playhead' });
  await expect(scrubber).toBeVisible();
  const queueBadge = page.getByTestId('node-orders').getByRole('note');
  const functionBadge = page.getByTestId('node-process-order').getByRole('note');
  await scrubber.fill('0');
  await expect(queueBadge).toHaveText(/^visible [\d,]+ · in flight [\d,]+$/);
  const atStart = await queueBadge.textContent();
  await scrubber.fill('20');
  await expect(queueBadge).not.toHaveText(atStart!);
  await expect(functionBadge).toHaveText(/^concurrency \d+$/);
  await expect(page.getByTestId('node-orders-dlq').getByRole('note')).toHaveText(/^dead-lettered \d+$/);
});

test('period steps the playhead', async ({ page }) => {
  await loadBurstSample(page);
  await simulateButton(page).click();
  const scrubber = page.getByRole('slider', { name: 'Playhead' });
  await scrubber.fill('3');
  await page.getByRole('img', { name: /^Visible messages:/ }).click({ position: { x: 1, y: 10 } });
  await expect(scrubber).toHaveValue('0');
  await page.keyboard.press('.');
  await expect(scrubber).toHaveValue('1');
  await page.keyboard.press(',');
  await expect(scrubber).toHaveValue('0');
});

test('long run cancels and page responds', async ({ page }) => {
  await loadBurstSample(page);
  await editScenario(page, (scenario) => {
    scenario.loads = [{ target: 'orders', count: 10_000_000, startSeconds: 0, body: '{}', messageGroups: 1 }];
    scenario.edges[0]!.config = { BatchSize: 1 };
    const fn = scenario.nodes.find((node) => node.id === 'process-order')!;
    fn.config = { ...fn.config, simulation: { durationMs: 5000 } };
    return scenario;
  });
  await simulateButton(page).click();
  const progress = page.getByRole('progressbar', { name: 'Simulation progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Simulating… \d+%/ })).toBeVisible();

  // The worker does the work, so the page still switches tabs at once.
  await page.getByRole('tab', { name: 'Logs' }).click({ timeout: 2000 });
  await expect(page.getByRole('tab', { name: 'Logs' })).toHaveAttribute('aria-selected', 'true', { timeout: 2000 });
  await page.getByRole('tab', { name: 'Charts' }).click({ timeout: 2000 });
  await expect(progress).toBeVisible();

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(/^Simulation cancelled\. Press Simulate/)).toBeVisible();
  await expect(progress).toBeHidden();
});

test('scenario without loads explains', async ({ page }) => {
  await simulateButton(page).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no load to simulate' })).toBeVisible();
});

test('invalid scenario shows the reason', async ({ page }) => {
  await loadBurstSample(page);
  await editScenario(page, (scenario) => {
    const queue = scenario.nodes.find((node) => node.id === 'orders')!;
    queue.config = { ...queue.config, VisibilityTimeout: 2 };
    return scenario;
  });
  await simulateButton(page).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be simulated' })).toBeVisible();
});

test('compare batch sizes fills the table', async ({ page }) => {
  await loadBurstSample(page);
  await page.getByRole('tab', { name: 'Charts' }).click();
  await page.getByRole('button', { name: 'Compare batch sizes' }).click();
  const table = page.getByRole('table', { name: 'Batch size comparison' });
  await expect(table.getByRole('row')).toHaveCount(5, { timeout: 30_000 });
  await expect(table.getByRole('row', { name: /^1,000 / })).toContainText('$');
});

test('loads editor validates and adds', async ({ page }) => {
  await loadBurstSample(page);
  await page.getByRole('tab', { name: 'Charts' }).click();
  const loads = page.getByRole('region', { name: 'Loads' });
  await loads.getByRole('button', { name: 'Remove load 1' }).click();
  await expect(loads.getByText('No loads yet.')).toBeVisible();
  const form = loads.getByRole('form', { name: 'New load' });
  await form.getByLabel('Messages', { exact: true }).fill('0');
  await form.getByRole('button', { name: 'Add load' }).click();
  await expect(form.getByRole('alert')).toContainText('Messages:');
  await form.getByLabel('Messages', { exact: true }).fill('300');
  await form.getByLabel(/^Rate/).fill('50');
  await form.getByRole('button', { name: 'Add load' }).click();
  await expect(loads.getByRole('list', { name: 'Scenario loads' })).toContainText('300 messages → orders at 0 s, 50/s');
  await loads.getByRole('button', { name: 'Edit load 1' }).click();
  await loads.getByRole('form', { name: 'Edit load 1' }).getByLabel('Messages', { exact: true }).fill('400');
  await loads.getByRole('button', { name: 'Save load' }).click();
  await expect(loads.getByRole('list', { name: 'Scenario loads' })).toContainText('400 messages');
});

test('send messages runs the handler', async ({ page }) => {
  await loadBurstSample(page);
  await page.getByRole('tab', { name: 'Charts' }).click();
  const tool = page.getByRole('region', { name: 'Send messages' });
  await tool.getByLabel(/^Count/).fill('3');
  await tool.getByRole('button', { name: 'Send messages' }).click();
  await expect(tool.getByRole('status')).toContainText('Sent 3 messages to orders', { timeout: 30_000 });
  await page.getByRole('tab', { name: 'Request' }).click();
  await expect(page.getByRole('list', { name: 'Request history' })).toContainText('3 messages to orders');
});
