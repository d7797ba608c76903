/** Test scenarios for the SAM export that the samples and examples do not cover. */
import type { Scenario } from '../model/scenario';

const SETTINGS = {
  region: 'us-east-1',
  accountId: '123456789012',
  seed: 1,
  sqsScalingModel: 'current',
  accountConcurrency: 1000,
} as const;

/**
 * A custom bus with a pattern rule (retry policy, dead-letter queue, input
 * transformer) and a schedule on the default bus; the function has
 * destinations, a dead-letter queue and puts events on the custom bus.
 */
export const EVENTBRIDGE_SCENARIO: Scenario = {
  version: 1,
  name: 'EventBridge: orders',
  settings: SETTINGS,
  nodes: [
    { id: 'orders-bus', type: 'eventbridge', position: { x: 0, y: 0 }, config: { Name: 'orders' } },
    { id: 'default-bus', type: 'eventbridge', position: { x: 0, y: 200 }, config: {} },
    { id: 'rule-dlq', type: 'sqs', position: { x: 0, y: 400 }, config: { QueueName: 'rule-dlq' } },
    { id: 'failures', type: 'sqs', position: { x: 400, y: 400 }, config: { QueueName: 'failures' } },
    {
      id: 'audit',
      type: 'lambda',
      position: { x: 400, y: 200 },
      config: { FunctionName: 'audit', language: 'typescript', code: 'export const handler = async (): Promise<void> => {};\n' },
    },
    {
      id: 'handle-order',
      type: 'lambda',
      position: { x: 400, y: 0 },
      config: {
        ReservedConcurrentExecutions: 5,
        Timeout: 10,
        MemorySize: 256,
        code: "import { EventBridgeClient } from '@aws-sdk/client-eventbridge';\nexport const handler = async () => 'ok';\n",
        EventInvokeConfig: {
          MaximumRetryAttempts: 1,
          MaximumEventAgeInSeconds: 3600,
          DestinationConfig: {
            OnSuccess: { Destination: 'orders-bus' },
            OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:failures' },
          },
        },
        DeadLetterConfig: { TargetArn: 'rule-dlq' },
      },
    },
  ],
  edges: [
    {
      id: 'order-placed',
      source: 'orders-bus',
      target: 'handle-order',
      config: {
        Name: 'order-placed',
        EventPattern: '{"source":["shop"],"detail-type":["OrderPlaced"]}',
        RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 600 },
        DeadLetterConfig: { Arn: 'rule-dlq' },
        InputTransformer: {
          InputPathsMap: { id: '$.detail.id' },
          InputTemplate: '{"orderId": <id>}',
        },
      },
    },
    {
      id: 'nightly',
      source: 'default-bus',
      target: 'audit',
      config: { ScheduleExpression: 'cron(0 2 * * ? *)', State: 'DISABLED', invokePermission: false },
    },
    { id: 'handle-order-puts', source: 'handle-order', target: 'orders-bus', config: {} },
  ],
  loads: [],
};

/** An HTTP API with a proxy route, a $default route and route throttling. */
export const HTTP_API_SCENARIO: Scenario = {
  version: 1,
  name: 'HTTP API',
  settings: SETTINGS,
  nodes: [
    {
      id: 'http',
      type: 'apigateway',
      position: { x: 0, y: 0 },
      config: { ProtocolType: 'HTTP', Name: 'http-api', ThrottlingRateLimit: 50, ThrottlingBurstLimit: 20 },
    },
    { id: 'fn', type: 'lambda', position: { x: 300, y: 0 }, config: {} },
  ],
  edges: [
    {
      id: 'get-item',
      source: 'http',
      target: 'fn',
      config: { HttpMethod: 'GET', ResourcePath: '/items/{id}', PayloadFormatVersion: '1.0', ThrottlingRateLimit: 5 },
    },
    { id: 'fallback', source: 'http', target: 'fn', config: { RouteKey: '$default' } },
  ],
  loads: [],
};
