import { expect, test, type Page } from '@playwright/test';
import { openApp } from './canvas-helpers';

test.use({ viewport: { width: 1440, height: 960 } });

const strip = (page: Page) => page.getByRole('region', { name: 'Scenario gallery' });

test('first visit shows the gallery', async ({ page }) => {
  await openApp(page);
  await expect(strip(page)).toBeVisible();
  await expect(
    strip(page).getByRole('button', { name: 'Route 53 failover between two Regions' }),
  ).toBeVisible();
  await expect(strip(page)).toContainText('Try this:');
});

test('gallery card opens its scenario', async ({ page }) => {
  await openApp(page);
  await strip(page)
    .getByRole('button', { name: 'Maximum concurrency protects a downstream system' })
    .click();
  await expect(page.getByTestId('node-sync-partner')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Try this:' })).toContainText(
    'remove MaximumConcurrency',
  );
  await expect(strip(page)).toHaveCount(0);
});

test('gallery button asks before replacing work', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  await page.getByLabel('Timeout (s)').fill('9');
  await page.getByLabel('Timeout (s)').press('Enter');
  await page.getByRole('button', { name: 'Gallery', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Scenario gallery' })
    .getByRole('button', { name: 'SQS poller scaling: classic and current' })
    .click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('node-hello')).toContainText('9 s timeout');
});

test('shared link preview keeps my work', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  await page.getByLabel('Timeout (s)').fill('42');
  await page.getByLabel('Timeout (s)').press('Enter');
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  await page.getByLabel('Timeout (s)').fill('7');
  await page.getByLabel('Timeout (s)').press('Enter');
  await page.waitForFunction(() =>
    localStorage.getItem('lambda-playground:scenario')?.includes('"Timeout":7'),
  );

  await page.goto(link);
  const preview = page.getByRole('dialog', { name: 'Open a shared scenario?' });
  await expect(preview).toContainText('ALB → Lambda: hello');
  await expect(preview).toContainText('2 nodes, 1 connection, 1 function');
  await preview.getByRole('button', { name: 'Keep my work' }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('node-hello')).toContainText('7 s timeout');
  expect(new URL(page.url()).hash).toBe('');
});

test('Route 53 fails over after health checks', async ({ page }) => {
  await openApp(page);
  await strip(page).getByRole('button', { name: 'Route 53 failover between two Regions' }).click();
  await page.getByTestId('node-dns').click();
  const east = page.getByRole('group', { name: 'DNS record to alb-east', exact: true });
  await east.getByRole('spinbutton', { name: 'Checks' }).fill('2');
  await east.getByRole('button', { name: 'Run health checks' }).click();
  await expect(east).toContainText('Target health: unhealthy', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Send request' }).click();
  const selected = page.getByRole('region', { name: 'Selected request' });
  await expect(selected.getByRole('heading', { name: /200 OK/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Trace' }).click();
  await expect(page.getByRole('list', { name: 'Trace' })).toContainText(
    'primary alb-east unhealthy: target group east-targets failed 2 health checks in a row',
  );
  await expect(page.getByRole('list', { name: 'Trace' })).toContainText('answering secondary alb-west');
});
