import { expect, test, type Locator, type Page } from '@playwright/test';
import { APIGW_PROXY_CUSTOM_SAMPLE } from '../src/engine/samples/apigw-proxy-custom';
import { canvasEdges, dragBetween, dropCard, openApp, startEmpty } from './canvas-helpers';

// API Gateway in the app: routes, proxy and custom integrations, mapping
// templates with their errors, and the side-by-side comparison.

test.use({ viewport: { width: 1440, height: 960 } });

const TEMPLATE = `{"id": "$input.params('id')", "source": "template"}`;

const selected = (page: Page) => page.getByRole('region', { name: 'Selected request' });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function send(page: Page): Promise<void> {
  const history = page.getByRole('list', { name: 'Request history' }).getByRole('listitem');
  const before = await history.count().catch(() => 0);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(history).toHaveCount(before + 1, { timeout: 20_000 });
}

/** Replaces the text of a Monaco template editor once Monaco has loaded. */
async function setTemplate(page: Page, editor: Locator, lines: string[]): Promise<void> {
  await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 });
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      await page.keyboard.press('Enter');
    }
    await page.keyboard.insertText(line);
  }
}

async function storedTemplate(page: Page): Promise<unknown> {
  return page.evaluate(
    () => window.__lambdaPlayground!.getScenario().edges[0]?.config.RequestTemplates,
  );
}

test('API built from the palette: proxy, custom, broken template, compare', async ({ page }) => {
  await openApp(page, '/?testHook');
  await startEmpty(page);
  await dropCard(page, 'API Gateway', { x: 250, y: 200 });
  await dropCard(page, 'Lambda function', { x: 700, y: 200 });
  await dragBetween(
    page,
    page.getByTestId('handle-apigateway-1-source'),
    page.getByTestId('handle-lambda-1-target'),
  );
  await expect(canvasEdges(page)).toHaveCount(1);
  await page.getByLabel('Connection from apigateway-1 to lambda-1').click();
  await expect(inspector(page)).toContainText('a route with a Lambda integration');

  // Route GET /items/{id} through a proxy integration.
  await inspector(page).getByRole('combobox', { name: 'Method', exact: true }).selectOption('GET');
  await inspector(page).getByRole('textbox', { name: 'Resource path' }).fill('/items/{id}');
  await expect(page.getByLabel('Request URL')).toHaveText(
    /^https:\/\/[0-9a-f]{10}\.execute-api\.us-east-1\.amazonaws\.com\/prod\/items\/1$/,
  );
  await send(page);
  await expect(selected(page).getByRole('heading', { name: /200 OK/ })).toBeVisible();
  const proxyEvent = selected(page).getByLabel('event', { exact: true });
  await expect(proxyEvent).toContainText('"resource": "/items/{id}"');
  await expect(proxyEvent).toContainText(/"pathParameters": \{\s*"id": "1"/);

  // Custom integration: the request template renders the event.
  await inspector(page).getByLabel('Custom (AWS)').check();
  const requestEditor = inspector(page).getByRole('group', {
    name: 'Request template (application/json) editor',
  });
  await setTemplate(page, requestEditor, [TEMPLATE]);
  await expect.poll(() => storedTemplate(page)).toEqual({ 'application/json': TEMPLATE });
  await send(page);
  const customEvent = selected(page).getByLabel('event', { exact: true });
  await expect(customEvent).toContainText('"source": "template"');
  await expect(customEvent).toContainText('"id": "1"');
  await expect(customEvent).not.toContainText('"resource"');

  // An unclosed #if( is reported at its line, and the request fails.
  await setTemplate(page, requestEditor, [`{"id": "$input.params('id')",`, '#if(']);
  await expect(inspector(page)).toContainText(/syntax error on line 2/);
  await expect(requestEditor.locator('.squiggly-error')).not.toHaveCount(0);
  await page.getByRole('tab', { name: /^Problems \d+$/ }).click();
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText(
    'template has a syntax error on line 2',
  );
  await page.getByRole('tab', { name: 'Request' }).click();
  await send(page);
  await expect(selected(page).getByRole('heading', { name: /500 Internal Server Error/ })).toBeVisible();
  await expect(selected(page).getByLabel('response', { exact: true })).toContainText('Internal server error');
  await expect(inspector(page)).toContainText(/last request failed in this template on line 2/);

  // Fix it and compare both integration types side by side.
  await setTemplate(page, requestEditor, [TEMPLATE]);
  await expect(inspector(page)).not.toContainText(/syntax error/);
  await inspector(page).getByRole('button', { name: 'Compare proxy and custom' }).click();
  const dialog = page.getByRole('dialog', { name: 'Proxy and custom side by side' });
  await expect(dialog.getByLabel('Proxy: Event the function received', { exact: true })).toContainText(
    '"resource": "/items/{id}"',
    { timeout: 20_000 },
  );
  await expect(dialog.getByLabel('Custom: Request template output', { exact: true })).toContainText(
    '"source": "template"',
  );
  await expect(dialog.getByLabel('Custom: Event the function received', { exact: true })).toContainText(
    '"source": "template"',
  );
  await expect(dialog.getByLabel('Proxy: Request template output', { exact: true })).toContainText(
    'no mapping templates',
  );
  await expect(dialog.getByLabel('Custom: Client response', { exact: true })).toContainText('HTTP/1.1 200 OK');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('sample maps Not found to 404', async ({ page }) => {
  await openApp(page, '/?testHook');
  await page.evaluate(
    (scenario) => window.__lambdaPlayground!.replaceScenario(scenario),
    APIGW_PROXY_CUSTOM_SAMPLE,
  );
  await expect(page.getByLabel('Request URL')).toHaveText(/\/prod\/items\/1$/);
  await page.getByLabel('Path and query').fill('/prod/legacy/items/9');
  await send(page);
  await expect(selected(page).getByRole('heading', { name: /404 Not Found/ })).toBeVisible();
  await expect(selected(page).getByLabel('response', { exact: true })).toContainText('Not found: item 9');
});
