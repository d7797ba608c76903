import { expect, test, type Page } from '@playwright/test';
import { encodeShareUrl } from '../src/engine/model/share';
import { EVENTBRIDGE_RETRIES_SAMPLE } from '../src/engine/samples/eventbridge-retries';

// The retries sample: a rule sends "orders" events to a function that always
// throws. Lambda retries twice, then records the failure in the failures queue.

test.use({ viewport: { width: 1440, height: 960 } });

const inspector = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function openSample(page: Page): Promise<void> {
  await page.goto(encodeShareUrl(EVENTBRIDGE_RETRIES_SAMPLE, '/'));
  await expect(page.getByTestId('node-bus')).toBeVisible();
}

async function selectEdge(page: Page, source: string, target: string): Promise<void> {
  const edge = page.getByRole('group', { name: `Connection from ${source} to ${target}` });
  await edge.focus();
  await page.keyboard.press('Enter');
  await expect(inspector(page)).toContainText(`${source} → ${target}`);
}

test('failing target retried twice', async ({ page }) => {
  await openSample(page);
  await page.getByTestId('node-bus').click();
  const entry = page.getByRole('group', { name: 'PutEvents entry' });
  await entry.getByRole('textbox', { name: 'Source', exact: true }).fill('orders');
  await expect(page.getByRole('button', { name: 'Send event' })).toBeVisible();
  await page.keyboard.press('Control+Enter');

  const selected = page.getByRole('region', { name: 'Selected request' });
  await expect(selected.getByRole('heading', { name: /200 OK/ })).toBeVisible({ timeout: 30_000 });
  await expect(selected.getByRole('list', { name: 'Rules matched' })).toContainText('Rule orders-rule matched → process-order');
  const attempts = selected.getByRole('list', { name: 'Attempts of process-order' }).getByRole('listitem');
  await expect(attempts).toHaveCount(3);
  await expect(attempts.nth(0)).toContainText('Attempt 1 · error · at the start');
  await expect(attempts.nth(1)).toContainText('after a 1 min retry delay');
  await expect(attempts.nth(2)).toContainText('after a 2 min retry delay');
  const deliveries = selected.getByRole('list', { name: 'Destinations and dead-letter queues' });
  await expect(deliveries).toContainText('On-failure destination failures ← record, condition RetriesExhausted');
  await expect(deliveries.getByLabel('On-failure destination failures', { exact: true })).toContainText(
    '"approximateInvokeCount": 3',
  );

  await page.getByRole('tab', { name: 'Trace' }).click();
  const trace = page.getByRole('list', { name: 'Trace' });
  await expect(trace.getByRole('button', { name: /Attempt \d: Lambda invoke \(error\)/ })).toHaveCount(3);
  await expect(trace.getByRole('button', { name: /Wait 60 s before retry 1.*1 min$/ })).toBeVisible();
  await expect(trace.getByRole('button', { name: /Wait 120 s before retry 2.*2 min$/ })).toBeVisible();
  await expect(trace).toContainText('On-failure destination failures ← record (RetriesExhausted)');
});

test('pattern tester explains mismatch', async ({ page }) => {
  await openSample(page);
  await selectEdge(page, 'bus', 'process-order');
  const tester = inspector(page).getByRole('region', { name: 'Pattern tester' });
  await expect(tester.getByRole('status')).toHaveText(/Match/);
  const event = tester.getByRole('textbox', { name: 'Event to test' });
  const text = await event.inputValue();
  await event.fill(text.replace('"source": "orders"', '"source": "billing"'));
  await expect(tester.getByRole('status')).toContainText('No match');
  await expect(tester.getByRole('status')).toContainText('"source" is "billing" in the event, but the pattern expects ["orders"].');
});

test('schedule preview lists and rejects', async ({ page }) => {
  await openSample(page);
  await selectEdge(page, 'bus', 'heartbeat');
  const preview = inspector(page).getByRole('region', { name: 'Schedule preview' });
  await expect(preview.getByRole('list', { name: 'Next firings' }).getByRole('listitem')).toHaveCount(10);
  await expect(preview.getByRole('listitem').first()).toContainText(/ UTC$/);

  await inspector(page).getByRole('textbox', { name: 'Schedule expression' }).fill('rate(1 minutes)');
  await expect(preview.getByRole('status')).toHaveText(
    /Parameter ScheduleExpression is not valid\. The unit must be "minute" for the value 1/,
  );
  await expect(preview.getByRole('list', { name: 'Next firings' })).toHaveCount(0);
});
