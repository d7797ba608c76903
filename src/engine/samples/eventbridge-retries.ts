import type { Scenario } from '../model/scenario';
import { sampleSettings } from './settings';

/**
 * Orders put on the default bus reach a function that always throws. Lambda
 * retries the asynchronous event twice, about 1 and 2 minutes apart, then
 * sends a record to the on-failure queue. A schedule rule fires every 5 minutes.
 */
export const EVENTBRIDGE_RETRIES_SAMPLE: Scenario = {
  version: 1,
  name: 'EventBridge → Lambda: retries',
  description:
    'A rule on the default bus sends orders to a function that always fails. Send an event with Source "orders" and follow the three attempts, the waits between them and the record in the failures queue.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'bus',
      type: 'eventbridge',
      position: { x: 0, y: 80 },
      config: { Name: 'default' },
    },
    {
      id: 'process-order',
      type: 'lambda',
      position: { x: 380, y: 0 },
      config: {
        FunctionName: 'process-order',
        EventInvokeConfig: {
          MaximumRetryAttempts: 2,
          DestinationConfig: { OnFailure: { Destination: 'failures' } },
        },
        code: `// Receives every event whose source is "orders", and always fails.
export const handler = async (event) => {
  console.log('order event', event.id, event['detail-type']);
  throw new Error(\`cannot process order \${event.detail.orderId}\`);
};
`,
      },
    },
    {
      id: 'failures',
      type: 'sqs',
      position: { x: 760, y: 0 },
      config: { QueueName: 'failures' },
    },
    {
      id: 'heartbeat',
      type: 'lambda',
      position: { x: 380, y: 220 },
      config: {
        FunctionName: 'heartbeat',
        code: `// Runs every 5 minutes on the schedule rule.
export const handler = async (event) => {
  console.log('scheduled at', event.time, 'by', event.resources[0]);
};
`,
      },
    },
  ],
  edges: [
    {
      id: 'orders-rule',
      source: 'bus',
      target: 'process-order',
      config: { Name: 'orders-rule', EventPattern: { source: ['orders'] } },
    },
    {
      id: 'heartbeat-schedule',
      source: 'bus',
      target: 'heartbeat',
      config: { Name: 'heartbeat-schedule', ScheduleExpression: 'rate(5 minutes)' },
    },
  ],
  loads: [],
};
