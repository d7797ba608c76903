import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseScenario } from '../src/engine/model';
import { encodeShareUrl } from '../src/engine/model/share';

// A request to the load balancer runs api-fn, which sends a message to the
// orders queue; the queue's event source mapping then runs worker-fn. The
// handler's SendMessage goes from the page's sandbox to the engine worker.

function albToQueueLink(): string {
  const text = readFileSync(new URL('../examples/alb-to-queue.json', import.meta.url), 'utf8');
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    throw new Error(parsed.error.message);
  }

  return encodeShareUrl(parsed.value, '/');
}

test('request runs both functions', async ({ page }) => {
  await page.goto(albToQueueLink());
  await expect(page.getByTestId('node-worker-fn')).toBeVisible();

  await page.getByRole('button', { name: 'Send request' }).click();
  const selected = page.getByRole('region', { name: 'Selected request' });
  await expect(selected.getByRole('heading', { name: /202 Accepted/ })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('tab', { name: 'Logs' }).click();
  const logs = page.getByRole('tabpanel');
  await expect(logs.getByRole('region', { name: /^Logs of / })).toHaveCount(2);
  await expect(logs.getByRole('button', { name: 'api-fn', exact: true })).toBeVisible();
  await expect(logs.getByRole('button', { name: 'worker-fn', exact: true })).toBeVisible();
  await expect(logs).toContainText('greeting Ada from message');
});
