import { expect, test } from '@playwright/test';
import type { Scenario } from '../src/engine/model';
import { encodeShareFragment } from '../src/engine/model/share';
import { ALB_HELLO_SAMPLE } from '../src/engine/samples/alb-hello';

// A handler behind the ALB queries the RDS node's PostgreSQL (PGlite, loaded
// on first use) and returns the rows in the response body.

const HANDLER = `import pg from 'pg';
const client = new pg.Client();
const connected = client.connect();
export const handler = async () => {
  await connected;
  const { rows } = await client.query('SELECT item, qty FROM orders ORDER BY id');
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orders: rows }),
  };
};
`;

function scenarioWithDatabase(): Scenario {
  const scenario: Scenario = structuredClone(ALB_HELLO_SAMPLE);
  for (const node of scenario.nodes) {
    if (node.id === 'hello') node.config = { ...node.config, code: HANDLER, Timeout: 10 };
  }
  scenario.nodes.push({
    id: 'shop-db',
    type: 'rds',
    position: { x: 720, y: 80 },
    config: {
      seedSql:
        "CREATE TABLE orders (id serial PRIMARY KEY, item text, qty int); INSERT INTO orders (item, qty) VALUES ('kettle', 2);",
    },
  });
  scenario.edges.push({ id: 'hello-db', source: 'hello', target: 'shop-db', config: {} });

  return scenario;
}

test('handler reads rows from the database', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await page.goto(`/#${encodeShareFragment(scenarioWithDatabase())}`);
  await expect(page.getByTestId('node-shop-db')).toBeVisible();
  expect(scripts.some((url) => /pglite/i.test(url))).toBe(false);

  await page.getByRole('button', { name: 'Send request' }).click();
  const selected = page.getByRole('region', { name: 'Selected request' });
  await expect(selected.getByRole('heading', { name: /200 OK/ })).toBeVisible({ timeout: 45_000 });
  await expect(selected.getByLabel('response', { exact: true })).toContainText('kettle');
});
