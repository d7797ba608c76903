import { expect, test, type Page } from '@playwright/test';
import { openApp, startEmpty } from './canvas-helpers';

test.use({ viewport: { width: 1440, height: 960 } });

const strip = (page: Page) => page.getByRole('region', { name: 'Scenario gallery' });
const selected = (page: Page) => page.getByRole('region', { name: 'Selected request' });
const history = (page: Page) => page.getByRole('list', { name: 'Request history' });

async function openEventBridge(page: Page): Promise<void> {
  await openApp(page);
  await strip(page)
    .getByRole('button', { name: 'EventBridge rule, retries and a failure destination' })
    .click();
  await expect(page.getByTestId('node-bus')).toBeVisible();
}

test('destination drawn as dashed reference', async ({ page }) => {
  await openEventBridge(page);
  const reference = page.getByRole('img', {
    name: 'Reference from process-order to failures: on failure',
  });
  await expect(reference).toBeVisible();
  await expect(reference).toContainText('on failure');
});

test('PutEvents row shows its own latency', async ({ page }) => {
  await openEventBridge(page);
  await page.getByTestId('node-bus').click();
  const entry = page.getByRole('group', { name: 'PutEvents entry' });
  await entry.getByRole('textbox', { name: 'Source', exact: true }).fill('orders');
  await page.getByRole('button', { name: 'Send event' }).click();
  await expect(selected(page)).toContainText('asynchronous deliveries over 3 min', {
    timeout: 30_000,
  });
  await expect(history(page).getByRole('button')).toContainText('0.0 ms');
});

test('function error marked in history', async ({ page }) => {
  await openEventBridge(page);
  await page.getByTestId('node-process-order').click();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(history(page).getByRole('button')).toContainText('200 Unhandled', {
    timeout: 30_000,
  });
  await expect(selected(page).getByRole('heading', { name: /200 Unhandled/ })).toBeVisible();
});

test('new scenario clears the history', async ({ page }) => {
  await openEventBridge(page);
  await page.getByTestId('node-process-order').click();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(history(page).getByRole('listitem')).toHaveCount(1, { timeout: 30_000 });
  await startEmpty(page);
  await expect(history(page)).toHaveCount(0);
  await expect(selected(page).getByRole('heading', { name: /Function/ })).toHaveCount(0);
});

test('ALB URL uses the listener', async ({ page }) => {
  await openApp(page);
  await strip(page)
    .getByRole('button', { name: 'ALB health checks with a failing downstream' })
    .click();
  await expect(page.getByRole('status', { name: 'Request URL' })).toHaveText(/^http:\/\/[^/]+\.elb\.amazonaws\.com\//);
});
