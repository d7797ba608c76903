import { expect, test } from '@playwright/test';
import { openApp } from './canvas-helpers';

test.use({ viewport: { width: 1440, height: 960 } });

test('share link restores the scenario', async ({ page, browser }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  await page.getByLabel('Timeout (s)').fill('42');
  await page.getByLabel('Timeout (s)').press('Enter');
  await expect(page.getByTestId('node-hello')).toContainText('42 s timeout');
  await page.getByRole('button', { name: 'Share' }).click();
  const field = page.getByLabel('Share link');
  const link = await field.inputValue();
  expect(link).toContain('#scenario=1.');
  await expect(page.getByRole('region', { name: 'Share' })).toContainText(
    `${link.length.toLocaleString('en-US')} characters`,
  );

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('status').filter({ hasText: 'Opened a shared scenario' })).toContainText(
    'Its code runs only when you press Send request or Send event.',
  );
  await expect(fresh.getByTestId('node-hello')).toContainText('42 s timeout');
  await expect(fresh.getByTestId('node-alb')).toBeVisible();
  expect(new URL(fresh.url()).hash).toBe('');
  await context.close();
});

test('damaged link keeps saved work', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  await page.keyboard.press('Delete');
  await page.waitForFunction(
    // Wait for the autosave itself: no saved scenario yet also lacks "hello".
    () => {
      const saved = localStorage.getItem('lambda-playground:scenario');
      return saved !== null && !saved.includes('"hello"');
    },
  );

  await page.goto('/?from=link#scenario=1.eJzLSM3JyVcozy_KSQEAGgQEXQ-broken');
  await expect(page.getByRole('alert')).toContainText('share link');
  await expect(page.getByTestId('node-alb')).toBeVisible();
  await expect(page.getByTestId('node-hello')).toHaveCount(0);
});

test('link pasted into open tab', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  await page.getByLabel('Timeout (s)').fill('42');
  await page.getByLabel('Timeout (s)').press('Enter');
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  const fragment = new URL(link).hash;

  // Local edits after sharing: the shared link must replace them.
  await page.getByLabel('Timeout (s)').fill('7');
  await page.getByLabel('Timeout (s)').press('Enter');
  await expect(page.getByTestId('node-hello')).toContainText('7 s timeout');
  await page.evaluate((hash) => {
    location.hash = hash;
  }, fragment);
  await page
    .getByRole('dialog', { name: 'Open a shared scenario?' })
    .getByRole('button', { name: 'Open shared scenario' })
    .click();

  await expect(page.getByRole('status').filter({ hasText: 'Opened a shared scenario' })).toContainText(
    'Your previous work is kept as a backup.',
  );
  await expect(page.getByTestId('node-hello')).toContainText('42 s timeout');
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  const backup = await page.evaluate(() => localStorage.getItem('lambda-playground:scenario-backup'));
  expect(backup).toContain('"Timeout":7');
});

test('damaged link in open tab', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    location.hash = '#scenario=1.eJzLSM3JyVcozy_KSQEAGgQEXQ-broken';
  });
  await expect(page.getByRole('alert')).toContainText('share link');
  await expect(page.getByTestId('node-hello')).toBeVisible();
});

test('Ctrl+S opens the share link', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+s');
  await expect(page.getByLabel('Share link')).toHaveValue(/#scenario=1\./);
});
