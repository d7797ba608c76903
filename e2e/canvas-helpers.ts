import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the app with fresh storage and waits for the canvas to draw. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('canvas')).toBeVisible();
}

/** Clears the canvas through the New button and its confirmation. */
export async function startEmpty(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('button', { name: 'Clear canvas' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

/** Drags a palette card onto the canvas at a point relative to the canvas. */
export async function dropCard(
  page: Page,
  label: string,
  at: { x: number; y: number },
): Promise<void> {
  await page
    .getByRole('button', { name: `Add ${label}` })
    .dragTo(page.getByTestId('canvas'), { targetPosition: at });
}

/** Drags with the mouse from one element's centre to another's. */
export async function dragBetween(
  page: Page,
  from: Locator,
  to: Locator,
  beforeDrop?: () => Promise<void>,
): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) {
    throw new Error('Both handles must be visible to drag between them.');
  }
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await beforeDrop?.();
  await page.mouse.up();
}

/** All edges drawn on the canvas. */
export function canvasEdges(page: Page): Locator {
  return page.locator('.react-flow__edge');
}
