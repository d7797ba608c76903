import { expect, test } from '@playwright/test';
import { encodeShareUrl } from '../src/engine/model/share';
import { RDS_DIRECT_SAMPLE } from '../src/engine/samples/rds-direct';

test.use({ viewport: { width: 1440, height: 960 } });

test('database browser lists tables and runs SQL', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await page.goto(encodeShareUrl(RDS_DIRECT_SAMPLE, '/'));
  await expect(page.getByTestId('node-orders-db')).toBeVisible();
  expect(scripts.some((url) => /pglite/i.test(url))).toBe(false);

  await page.getByTestId('node-orders-db').click();
  const section = page.getByRole('region', { name: 'Database' });
  await expect(section.getByLabel('Seed SQL')).toHaveValue(/CREATE TABLE orders/);
  await section.getByRole('button', { name: 'Open database browser' }).click();

  const tables = section.getByRole('list', { name: 'Tables' });
  await expect(tables).toContainText('orders', { timeout: 45_000 });
  await expect(tables).toContainText('2 rows');

  const box = section.getByLabel('SQL', { exact: true });
  await box.fill('select 1 as one');
  await box.press('Control+Enter');
  const result = section.getByRole('table', { name: 'Query result' });
  await expect(result.getByRole('columnheader')).toHaveText(['one']);
  await expect(result.getByRole('cell')).toHaveText(['1']);

  await box.fill('select * from missing_table');
  await box.press('Control+Enter');
  await expect(section.getByRole('alert')).toContainText('relation "missing_table" does not exist');
});
