import { expect, test, type Page } from '@playwright/test';

// The Monaco handler editor: lazy loading, editing, and sending from it.

const editor = (page: Page) => page.getByRole('group', { name: 'Handler code editor' });

async function openEditor(page: Page): Promise<void> {
  await page.getByTestId('node-hello').click();
  await expect(editor(page)).toBeVisible({ timeout: 20_000 });
  await expect(editor(page)).toContainText('invocations');
}

async function replaceCode(page: Page, code: string): Promise<void> {
  await editor(page).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(code);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?testHook');
  await expect(page.getByRole('button', { name: 'Send request' })).toBeVisible();
});

test('Monaco loads only when opened', async ({ page }) => {
  const monacoRequests: string[] = [];
  page.on('request', (request) => {
    if (/MonacoEditor-[^/]*\.js$/.test(request.url())) {
      monacoRequests.push(request.url());
    }
  });
  await page.waitForLoadState('networkidle');
  expect(monacoRequests).toEqual([]);
  await openEditor(page);
  expect(monacoRequests.length).toBe(1);
});

test('edited handler error gives 502', async ({ page }) => {
  await openEditor(page);
  await replaceCode(page, "export const handler = async () => { throw new Error('boom'); };");
  await page.getByTestId('node-alb').click();
  await page.getByRole('button', { name: 'Send request' }).click();
  const result = page.getByRole('region', { name: 'Selected request' });
  await expect(result.getByRole('heading', { name: /502 Bad Gateway/ })).toBeVisible({ timeout: 20_000 });
  await expect(result).toContainText('boom');
});

test('edited handler status reaches client', async ({ page }) => {
  await openEditor(page);
  await replaceCode(page, "export const handler = async () => ({ statusCode: 418, body: 'teapot' });");
  await page.getByTestId('node-alb').click();
  await page.getByRole('button', { name: 'Send request' }).click();
  const result = page.getByRole('region', { name: 'Selected request' });
  await expect(result.getByRole('heading', { name: /418/ })).toBeVisible({ timeout: 20_000 });
  await expect(result.getByLabel('response', { exact: true })).toContainText('teapot');
});

test('Ctrl+Enter in editor sends', async ({ page }) => {
  await openEditor(page);
  await editor(page).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Enter');
  const history = page.getByRole('list', { name: 'Request history' });
  await expect(history.getByRole('listitem')).toHaveCount(1, { timeout: 20_000 });
  await expect(history).toContainText('Test event');
});

test('aws-lambda types resolve', async ({ page }) => {
  // With the types resolved there are two type errors (lines 3 and 4); with
  // 'aws-lambda' unresolved there would be one, on the import.
  const code = [
    "import type { ALBEvent } from 'aws-lambda';",
    'export const handler = async (event: ALBEvent) => {',
    '  const wrong: number = event.path;',
    '  return event.notAField;',
    '};',
    '',
  ].join('\n');
  await page.evaluate((source) => {
    const scenario = window.__lambdaPlayground!.getScenario();
    const nodes = scenario.nodes.map((node) =>
      node.id === 'hello'
        ? { ...node, config: { ...node.config, language: 'typescript', code: source } }
        : node,
    );
    window.__lambdaPlayground!.replaceScenario({ ...scenario, nodes });
  }, code);
  await page.getByTestId('node-hello').click();
  await expect(editor(page)).toContainText('notAField', { timeout: 20_000 });
  await expect(editor(page).locator('.squiggly-error')).toHaveCount(2, { timeout: 30_000 });
});
