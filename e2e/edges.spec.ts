import { expect, test, type Page } from '@playwright/test';
import { canvasEdges, openApp } from './canvas-helpers';

// Two routes of one API reach the same function: their edges must be drawn
// apart, each labelled with its route, and each selectable on its own.

test.use({ viewport: { width: 1440, height: 960 } });

const PROXY = 'Connection from api to items: GET /items/{id}, proxy';
const CUSTOM = 'Connection from api to items: GET /legacy/items/{id}, custom';

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function loadApiSample(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page
    .getByRole('menu', { name: 'Samples' })
    .getByRole('menuitem', { name: 'API Gateway: proxy and custom integrations' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Load sample' }).click();
  await expect(page.getByTestId('node-api')).toBeVisible();
}

test('parallel route edges drawn apart', async ({ page }) => {
  await loadApiSample(page);
  await expect(canvasEdges(page)).toHaveCount(2);
  const proxy = page.getByRole('group', { name: PROXY, exact: true });
  const custom = page.getByRole('group', { name: CUSTOM, exact: true });
  const proxyLabel = proxy.getByText('GET /items/{id} · proxy', { exact: true });
  const customLabel = custom.getByText('GET /legacy/items/{id} · custom', { exact: true });
  await expect(proxyLabel).toBeVisible();
  await expect(customLabel).toBeVisible();

  const upper = await proxyLabel.boundingBox();
  const lower = await customLabel.boundingBox();
  if (!upper || !lower) {
    throw new Error('Both route labels must be visible.');
  }
  expect(upper.y + upper.height).toBeLessThanOrEqual(lower.y);
});

/** Clicks an edge's label box; the label text itself ignores the pointer. */
async function clickLabel(page: Page, name: string): Promise<void> {
  await page.getByRole('group', { name, exact: true }).locator('.react-flow__edge-textbg').click();
}

test('click selects each route edge', async ({ page }) => {
  await loadApiSample(page);
  const path = inspector(page).getByRole('textbox', { name: 'Resource path' });
  const proxy = page.getByRole('group', { name: PROXY, exact: true });
  const custom = page.getByRole('group', { name: CUSTOM, exact: true });

  await clickLabel(page, PROXY);
  await expect(proxy).toHaveClass(/selected/);
  await expect(path).toHaveValue('/items/{id}');

  await clickLabel(page, CUSTOM);
  await expect(custom).toHaveClass(/selected/);
  await expect(proxy).not.toHaveClass(/selected/);
  await expect(path).toHaveValue('/legacy/items/{id}');
});

test('click on curve selects edge', async ({ page }) => {
  await loadApiSample(page);
  const proxy = page.getByRole('group', { name: PROXY, exact: true });
  // A point a quarter along the curve; the custom route's edge, drawn later,
  // would cover it if the two edges overlapped.
  const point = await proxy.locator('path.react-flow__edge-path').evaluate((path) => {
    const curve = path as SVGPathElement;
    const local = curve.getPointAtLength(curve.getTotalLength() / 4);
    const screen = local.matrixTransform(curve.getScreenCTM() ?? undefined);

    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(proxy).toHaveClass(/selected/);
});

test('keyboard selects and deletes edge', async ({ page }) => {
  await loadApiSample(page);
  await page.getByRole('group', { name: CUSTOM, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(inspector(page).getByRole('textbox', { name: 'Resource path' })).toHaveValue(
    '/legacy/items/{id}',
  );
  await page.keyboard.press('Delete');
  await expect(canvasEdges(page)).toHaveCount(1);
  await expect(page.getByRole('group', { name: PROXY, exact: true })).toBeVisible();
});
