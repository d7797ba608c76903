import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_SETTINGS, type Scenario } from '../src/engine/model';
import { encodeShareUrl } from '../src/engine/model/share';

// A rule sends "payments" events to a function that always throws. With the
// default two retries Lambda makes three attempts, then sends the event to the
// function's dead-letter queue with RequestID, ErrorCode and ErrorMessage.
// https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq

test.use({ viewport: { width: 1440, height: 960 } });

const ERROR_MESSAGE = 'payment service unavailable';

const SCENARIO: Scenario = {
  version: 1,
  name: 'EventBridge → Lambda: dead-letter queue',
  settings: { ...DEFAULT_SETTINGS },
  nodes: [
    { id: 'bus', type: 'eventbridge', position: { x: 0, y: 80 }, config: { Name: 'default' } },
    {
      id: 'charge',
      type: 'lambda',
      position: { x: 380, y: 80 },
      config: {
        FunctionName: 'charge',
        DeadLetterConfig: { TargetArn: 'async-dlq' },
        code: `export const handler = async () => {
  throw new Error('${ERROR_MESSAGE}');
};
`,
      },
    },
    {
      id: 'async-dlq',
      type: 'sqs',
      position: { x: 760, y: 80 },
      config: { QueueName: 'async-dlq' },
    },
  ],
  edges: [
    {
      id: 'payments-rule',
      source: 'bus',
      target: 'charge',
      config: { Name: 'payments-rule', EventPattern: { source: ['payments'] } },
    },
  ],
  loads: [],
};

async function sendPaymentEvent(page: Page): Promise<void> {
  await page.goto(encodeShareUrl(SCENARIO, '/'));
  await page.getByTestId('node-bus').click();
  const entry = page.getByRole('group', { name: 'PutEvents entry' });
  await entry.getByRole('textbox', { name: 'Source', exact: true }).fill('payments');
  await page.getByRole('button', { name: 'Send event' }).click();
}

test('failed event reaches dead-letter queue', async ({ page }) => {
  await sendPaymentEvent(page);
  const selected = page.getByRole('region', { name: 'Selected request' });
  await expect(selected.getByRole('heading', { name: /200 OK/ })).toBeVisible({
    timeout: 30_000,
  });
  const attempts = selected
    .getByRole('list', { name: 'Attempts of charge' })
    .getByRole('listitem');
  await expect(attempts).toHaveCount(3);
  await expect(attempts.nth(2)).toContainText('Attempt 3 · error');

  const deliveries = selected.getByRole('list', {
    name: 'Destinations and dead-letter queues',
  });
  await expect(deliveries).toContainText('Function dead-letter queue async-dlq ← message');
  const message = deliveries.getByLabel('Function dead-letter queue async-dlq', {
    exact: true,
  });
  await expect(message).toContainText(
    /"RequestID": \{\s*"DataType": "String",\s*"StringValue": "[0-9a-f-]{36}"/,
  );
  await expect(message).toContainText(
    /"ErrorCode": \{\s*"DataType": "Number",\s*"StringValue": "200"/,
  );
  await expect(message).toContainText(
    new RegExp(`"ErrorMessage": \\{\\s*"DataType": "String",\\s*"StringValue": "${ERROR_MESSAGE}"`),
  );
  await expect(message).toContainText('\\"source\\":\\"payments\\"');
});
