import { expect, test } from '@playwright/test';
import {
  canvasEdges,
  dragBetween,
  dropCard,
  openApp,
  startEmpty,
} from './canvas-helpers';

test.use({ viewport: { width: 1440, height: 960 } });

test('sample loads on first visit', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('node-alb')).toContainText('web-alb');
  await expect(page.getByTestId('node-hello')).toContainText('hello');
  await expect(page.getByLabel('Lambda function hello')).toBeVisible();
  await expect(canvasEdges(page)).toHaveCount(1);
  await expect(page.getByText('default', { exact: true })).toBeVisible();
});

test('palette cards build a connection', async ({ page }) => {
  await openApp(page);
  await startEmpty(page);
  await dropCard(page, 'Lambda function', { x: 700, y: 200 });
  await dropCard(page, 'Application Load Balancer', { x: 250, y: 200 });
  await expect(page.getByTestId('node-lambda-1')).toBeVisible();
  await expect(page.getByTestId('node-alb-1')).toBeVisible();

  await dragBetween(
    page,
    page.getByTestId('handle-alb-1-source'),
    page.getByTestId('handle-lambda-1-target'),
  );
  await expect(canvasEdges(page)).toHaveCount(1);
  await expect(page.getByTestId('toast')).toContainText(
    'created a target group and a listener rule',
  );
});

test('refused connection explains why', async ({ page }) => {
  await openApp(page);
  await startEmpty(page);
  await dropCard(page, 'SQS queue', { x: 250, y: 200 });
  await dropCard(page, 'RDS database', { x: 700, y: 200 });
  await dropCard(page, 'Lambda function', { x: 700, y: 420 });

  await dragBetween(
    page,
    page.getByTestId('handle-sqs-1-source'),
    page.getByTestId('handle-rds-1-target'),
    async () => {
      await expect(page.getByTestId('node-rds-1')).toHaveClass(/faded/);
      await expect(page.getByTestId('node-lambda-1')).toHaveClass(/compatible/);
    },
  );
  await expect(page.getByTestId('toast')).toContainText(
    'RDS databases connect only to Lambda functions',
  );
  await expect(page.getByRole('status').filter({ hasText: 'RDS databases' })).toHaveCount(1);
  await expect(canvasEdges(page)).toHaveCount(0);
});

test('inspector rejects timeout above range', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  const timeout = page.getByLabel('Timeout (s)');
  await expect(timeout).toHaveAttribute('placeholder', '3');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('Default: 3 s · Range: 1–900 s');

  await timeout.pressSequentially('901');
  await expect(timeout).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector).toContainText('Use a whole number from 1 to 900 (s).');
  await expect(page.getByTestId('node-hello')).toContainText('3 s timeout');
  await timeout.blur();
  await expect(inspector).toContainText('Not applied: Timeout stays 3 s (default).');
  await expect(page.getByTestId('node-hello')).toContainText('3 s timeout');

  await timeout.fill('10');
  await expect(page.getByTestId('node-hello')).toContainText('3 s timeout');
  await timeout.press('Enter');
  await expect(timeout).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('node-hello')).toContainText('10 s timeout');

  await timeout.fill('2.5');
  await timeout.press('Enter');
  await expect(timeout).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector).toContainText('Timeout must be a whole number (got 2.5).');
  await expect(page.getByTestId('node-hello')).toContainText('10 s timeout');
});

test('escape discards a field draft', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  const timeout = page.getByLabel('Timeout (s)');
  await timeout.fill('901');
  await timeout.press('Escape');
  await expect(timeout).toHaveValue('');
  await expect(timeout).not.toHaveAttribute('aria-invalid', 'true');
});

test('undo and redo discard a field draft', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  const timeout = page.getByLabel('Timeout (s)');
  await timeout.fill('10');
  await timeout.press('Enter');
  await expect(page.getByTestId('node-hello')).toContainText('10 s timeout');

  await timeout.fill('901');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByTestId('node-hello')).toContainText('3 s timeout');
  await expect(timeout).toHaveValue('');
  await expect(timeout).not.toHaveAttribute('aria-invalid', 'true');

  await timeout.fill('901');
  await timeout.blur();
  await page.keyboard.press('Control+Shift+z');
  await expect(timeout).toHaveValue('10');
  await expect(timeout).not.toHaveAttribute('aria-invalid', 'true');
});

test('dropped node avoids the minimap', async ({ page }) => {
  await openApp(page, '/?testHook');
  await page.evaluate(() => {
    const hook = window.__lambdaPlayground!;
    const scenario = structuredClone(hook.getScenario());
    for (let index = 0; index < 12; index += 1) {
      scenario.nodes.push({
        id: `queue-${index}`,
        type: 'sqs',
        position: { x: (index % 4) * 260 - 400, y: Math.floor(index / 4) * 130 - 300 },
        config: {},
      });
    }
    hook.replaceScenario(scenario);
  });
  const minimap = page.getByRole('img', { name: 'Minimap' });
  await expect(minimap).toBeVisible();
  const map = (await minimap.boundingBox())!;
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await dropCard(page, 'Lambda function', {
    x: map.x - canvas.x + map.width / 2,
    y: map.y - canvas.y + map.height / 2,
  });

  const node = (await page.getByTestId('node-lambda-1').boundingBox())!;
  const apart =
    node.x + node.width <= map.x ||
    node.y + node.height <= map.y ||
    node.x >= map.x + map.width ||
    node.y >= map.y + map.height;
  expect(apart).toBe(true);
});

test('few nodes draw no minimap', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('node-hello')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Minimap' })).toHaveCount(0);
});

test('toasts sit at the canvas top', async ({ page }) => {
  await openApp(page);
  await startEmpty(page);
  await dropCard(page, 'SQS queue', { x: 250, y: 300 });
  await dropCard(page, 'RDS database', { x: 700, y: 300 });
  await dragBetween(
    page,
    page.getByTestId('handle-sqs-1-source'),
    page.getByTestId('handle-rds-1-target'),
  );
  const toast = (await page.getByTestId('toast').boundingBox())!;
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  expect(toast.y - canvas.y).toBeLessThan(100);
});

test.describe('at 1400×900', () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test('expanded editor is wide', async ({ page }) => {
    await openApp(page, '/?testHook');
    await page.getByTestId('node-hello').click();
    await page.getByRole('button', { name: 'Expand editor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code of hello' });
    const editor = dialog.getByRole('group', { name: 'Handler code editor' });
    await expect(editor).toBeVisible({ timeout: 20_000 });
    await expect(editor).toContainText('invocations');
    expect((await editor.boundingBox())!.width).toBeGreaterThanOrEqual(700);

    await editor.locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('// wide');
    // The first Escape closes Monaco's suggestions, the second the dialog.
    await page.keyboard.press('Control+Space');
    await expect(dialog.locator('.suggest-widget.visible')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog.locator('.suggest-widget.visible')).toHaveCount(0);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            window.__lambdaPlayground!.getScenario().nodes.find((node) => node.id === 'hello')
              ?.config.code,
        ),
      )
      .toContain('// wide');
    await expect(page.getByRole('button', { name: 'Expand editor' })).toBeFocused();
  });
});

test('delete, undo and redo a node', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-hello')).toHaveCount(0);
  await expect(canvasEdges(page)).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('node-hello')).toBeVisible();
  await expect(canvasEdges(page)).toHaveCount(1);

  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('node-hello')).toHaveCount(0);
});

test('multi-value headers toggle writes attribute', async ({ page }) => {
  await openApp(page, '/?testHook');
  await page.getByTestId('rf__edge-alb-hello').locator('.react-flow__edge-textbg').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toContainText('a target group and a listener rule');
  await inspector.getByLabel('Multi-value headers').check();
  const attributes = await page.evaluate(
    () => window.__lambdaPlayground?.getScenario().edges[0]?.config.TargetGroupAttributes,
  );
  expect(attributes).toEqual([{ Key: 'lambda.multi_value_headers.enabled', Value: 'true' }]);

  await inspector.getByLabel('Rule priority').fill('10');
  await inspector.getByLabel('Rule priority').press('Enter');
  await expect(page.getByText('priority 10', { exact: true })).toBeVisible();
});

test('typing in a field never deletes', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  const name = page.getByLabel('Function name');
  await name.fill('greeter');
  await name.press('Backspace');
  await expect(page.getByTestId('node-hello')).toContainText('greete');
});

test('autosave survives reload', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('node-hello').click();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.waitForFunction(
    // Wait for the autosave itself: no saved scenario yet also lacks "hello".
    () => {
      const saved = localStorage.getItem('lambda-playground:scenario');
      return saved !== null && !saved.includes('"hello"');
    },
  );
  await page.reload();
  await expect(page.getByTestId('node-alb')).toBeVisible();
  await expect(page.getByTestId('node-hello')).toHaveCount(0);
});

test('README screenshot of the sample', async ({ page }) => {
  test.skip(!process.env.UPDATE_SCREENSHOT, 'set UPDATE_SCREENSHOT=1 to refresh');
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page);
  await page.getByTestId('node-alb').click();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByText('200 OK').first()).toBeVisible();
  await page.getByTestId('node-hello').click();
  // The code editor loads lazily; the picture is still useful without it.
  await page
    .locator('.monaco-editor')
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  await page.screenshot({ path: 'docs/screenshot.png' });
});
