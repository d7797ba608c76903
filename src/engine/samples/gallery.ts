import type { Scenario } from '../model/scenario';
import { ALB_HEALTH_CHECKS_SAMPLE } from './alb-health-checks';
import { APIGW_PROXY_CUSTOM_SAMPLE } from './apigw-proxy-custom';
import { EVENTBRIDGE_RETRIES_SAMPLE } from './eventbridge-retries';
import { withEdgeConfig, type GalleryEntry } from './gallery-types';
import { RDS_DIRECT_SAMPLE } from './rds-direct';
import { RDS_PROXY_SAMPLE } from './rds-proxy';
import { ROUTE53_FAILOVER_SAMPLE } from './route53-failover';
import { SQS_BATCH_WINDOW_SAMPLE } from './sqs-batch-window';
import { SQS_BURST_SAMPLE } from './sqs-burst';
import { SQS_MAX_CONCURRENCY_SAMPLE } from './sqs-max-concurrency';
import { SQS_PARTIAL_FAILURES_SAMPLE } from './sqs-partial-failures';
import { SQS_POLLER_SCALING_SAMPLE } from './sqs-poller-scaling';

export type { GalleryEntry, GalleryExpectation } from './gallery-types';

/** Returns `message` when `holds` is false. */
function unless(holds: boolean, message: string): string | undefined {
  return holds ? undefined : message;
}

function http(path: string, host: string): { kind: 'http'; raw: string } {
  return { kind: 'http', raw: `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: curl/8.5.0\r\n\r\n` };
}

function headerValue(headers: [string, string][], name: string): string | undefined {
  return headers.find(([key]) => key.toLowerCase() === name)?.[1];
}

const ALB_HEALTH: GalleryEntry = {
  id: 'alb-health-checks',
  title: 'ALB health checks with a failing downstream',
  summary:
    'A function answers 503 while its downstream is down, so two failed health checks make its target unhealthy, and the target group fails open.',
  tryThis:
    'Select the load balancer, press Run health checks, then set DOWNSTREAM_UP to true and run them again.',
  scenario: ALB_HEALTH_CHECKS_SAMPLE,
  expectation: {
    kind: 'request',
    claim: 'After 2 failed checks the target is unhealthy, and a request still reaches the function (fail open) and gets its 503.',
    entryNodeId: 'alb',
    input: http('/cart', 'shop-alb-123456789.us-east-1.elb.amazonaws.com'),
    healthChecks: [{ edgeId: 'alb-shop', checks: 2 }],
    check: (result) =>
      unless(
        result.response.statusCode === 503 &&
          result.invocations.length === 1 &&
          result.trace.some((span) => span.label === 'Target health: unhealthy'),
        `expected the unhealthy target to answer 503, got ${result.response.statusCode} after ${result.invocations.length} invocations`,
      ),
  },
};

const APIGW: GalleryEntry = {
  id: 'apigw-proxy-custom',
  title: 'API Gateway: proxy and custom side by side',
  summary:
    'One function behind a Lambda proxy route and a custom integration with mapping templates; an error reaches the client differently through each.',
  tryThis: 'Send GET /prod/legacy/items/3 and compare it with GET /prod/items/3.',
  scenario: APIGW_PROXY_CUSTOM_SAMPLE,
  expectation: {
    kind: 'request',
    claim: 'The custom route maps the thrown "Not found" error to 404 through its response template.',
    entryNodeId: 'api',
    input: http('/prod/legacy/items/3', 'abc123defg.execute-api.us-east-1.amazonaws.com'),
    check: (result) =>
      unless(
        result.response.statusCode === 404 && result.response.body.includes('"legacy": true'),
        `expected a mapped 404, got ${result.response.statusCode}: ${result.response.body}`,
      ),
  },
};

const SQS_BATCH_10: GalleryEntry = {
  id: 'sqs-burst',
  title: 'SQS burst at batch size 10',
  summary:
    'A burst of 2,000 messages read 10 at a time; failed batches come back after the visibility timeout and a few reach the dead-letter queue.',
  tryThis: 'Press Simulate, then raise maxReceiveCount on the queue and simulate again.',
  scenario: SQS_BURST_SAMPLE,
  expectation: {
    kind: 'simulate',
    claim: 'Some messages fail five receives and move to the dead-letter queue; every other message is processed.',
    check: ({ totals }) =>
      unless(
        totals.deadLettered >= 1 && totals.processed + totals.deadLettered === totals.sent,
        `expected dead-lettered messages, got ${totals.deadLettered} of ${totals.sent}`,
      ),
  },
};

const SQS_BATCH_200: GalleryEntry = {
  id: 'sqs-batch-window',
  title: 'SQS burst at batch size 200, compared with 10',
  summary:
    'BatchSize 200 with a 5-second batching window drains the same burst in a handful of invocations.',
  tryThis: 'Press Simulate, then set BatchSize to 10 and the batching window to 0 and compare the invocations.',
  scenario: SQS_BATCH_WINDOW_SAMPLE,
  expectation: {
    kind: 'compare',
    claim: 'BatchSize 200 needs at most a tenth of the invocations BatchSize 10 needs.',
    variantLabel: 'BatchSize 10, no window',
    variant: (scenario) =>
      withEdgeConfig(scenario, 'orders-process-order', {
        BatchSize: 10,
        MaximumBatchingWindowInSeconds: 0,
      }),
    check: (base, variant) =>
      unless(
        base.totals.invocations * 10 <= variant.totals.invocations,
        `expected at most a tenth of the invocations, got ${base.totals.invocations} against ${variant.totals.invocations}`,
      ),
  },
};

function classicScaling(scenario: Scenario): Scenario {
  return { ...scenario, settings: { ...scenario.settings, sqsScalingModel: 'classic' } };
}

const SQS_SCALING: GalleryEntry = {
  id: 'sqs-poller-scaling',
  title: 'SQS poller scaling: classic and current',
  summary:
    'The same backlog of 100,000 messages with pollers added at up to 300 a minute (current) or 60 a minute (classic).',
  tryThis: 'Press Simulate, then set SQS poller scaling to classic in the scenario settings and simulate again.',
  scenario: SQS_POLLER_SCALING_SAMPLE,
  expectation: {
    kind: 'compare',
    claim: 'The current scaling model drains the backlog faster than the classic one.',
    variantLabel: 'classic scaling',
    variant: classicScaling,
    check: (base, variant) => {
      const current = base.totals.drainSeconds;
      const classic = variant.totals.drainSeconds;
      return unless(
        current !== null && classic !== null && current < classic,
        `expected current scaling to drain first, got ${current} s against ${classic} s`,
      );
    },
  },
};

const SQS_PARTIAL: GalleryEntry = {
  id: 'sqs-partial-failures',
  title: 'SQS partial batch failures and a dead-letter queue',
  summary:
    'With ReportBatchItemFailures only the messages the function reports return to the queue; those failing five receives move to the dead-letter queue.',
  tryThis: 'Select the queue, send [{"body":"poison"},{"body":"ok"}] and follow the poison message.',
  scenario: SQS_PARTIAL_FAILURES_SAMPLE,
  expectation: {
    kind: 'simulate',
    claim: 'Item failures are retried without failing whole batches, and some messages reach the dead-letter queue.',
    check: ({ totals }) =>
      unless(
        totals.itemFailures >= 1 && totals.errors === 0 && totals.deadLettered >= 1,
        `expected item failures, no invocation errors and dead-lettered messages, got ${totals.itemFailures}, ${totals.errors} and ${totals.deadLettered}`,
      ),
  },
};

const SQS_MAX_CONCURRENCY: GalleryEntry = {
  id: 'sqs-max-concurrency',
  title: 'Maximum concurrency protects a downstream system',
  summary:
    'ScalingConfig.MaximumConcurrency 5 keeps a burst of 3,000 messages to five concurrent invocations, without throttles.',
  tryThis: 'Press Simulate and read the concurrency chart, then remove MaximumConcurrency and simulate again.',
  scenario: SQS_MAX_CONCURRENCY_SAMPLE,
  expectation: {
    kind: 'simulate',
    claim: 'Concurrency never goes above 5 and no invocation is throttled.',
    check: ({ totals }) =>
      unless(
        totals.maxConcurrency <= 5 && totals.throttles === 0 && totals.processed === totals.sent,
        `expected at most 5 concurrent and no throttles, got ${totals.maxConcurrency} and ${totals.throttles}`,
      ),
  },
};

const EVENTBRIDGE: GalleryEntry = {
  id: 'eventbridge-retries',
  title: 'EventBridge rule, retries and a failure destination',
  summary:
    'A rule sends orders to a function that always fails; Lambda retries the event twice, then sends a record to the on-failure queue.',
  tryThis: 'Select the bus and send an entry with Source "orders"; follow the three attempts in the trace.',
  scenario: EVENTBRIDGE_RETRIES_SAMPLE,
  expectation: {
    kind: 'request',
    claim: 'Three attempts fail, and the on-failure destination receives one record.',
    entryNodeId: 'bus',
    input: {
      kind: 'entry',
      entry: { Source: 'orders', DetailType: 'OrderPlaced', Detail: '{"orderId":"o-1"}' },
    },
    check: (result) => {
      const failures = (result.deliveries ?? []).filter((delivery) => delivery.kind === 'on-failure');
      return unless(
        result.invocations.length === 3 && failures.length === 1,
        `expected 3 attempts and 1 failure record, got ${result.invocations.length} and ${failures.length}`,
      );
    },
  },
};

const RDS_DIRECT: GalleryEntry = {
  id: 'rds-direct',
  title: 'RDS without a proxy under a burst',
  summary:
    'Each execution environment keeps its own database connection, so a burst runs past max_connections 112 and new environments are refused.',
  tryThis: 'Press Simulate and watch database connections stop at 112 while concurrency keeps rising.',
  scenario: RDS_DIRECT_SAMPLE,
  expectation: {
    kind: 'simulate',
    claim: 'The database refuses connections once 112 are open.',
    check: ({ totals }) =>
      unless(totals.dbConnectionsRefused >= 1, `expected refused connections, got ${totals.dbConnectionsRefused}`),
  },
};

const RDS_PROXY: GalleryEntry = {
  id: 'rds-proxy',
  title: 'RDS Proxy under the same burst',
  summary:
    'An RDS Proxy lends a pool of at most 112 connections, one per transaction, so the same burst gets no refused connection.',
  tryThis: 'Press Simulate and compare the connections chart with the direct sample.',
  scenario: RDS_PROXY_SAMPLE,
  expectation: {
    kind: 'simulate',
    claim: 'No connection is refused and no invocation fails.',
    check: ({ totals }) =>
      unless(
        totals.dbConnectionsRefused === 0 && totals.errors === 0,
        `expected no refusals and no errors, got ${totals.dbConnectionsRefused} and ${totals.errors}`,
      ),
  },
};

const ROUTE53: GalleryEntry = {
  id: 'route53-failover',
  title: 'Route 53 failover between two Regions',
  summary:
    'api.example.com answers with the us-east-1 load balancer while it is healthy, and with us-west-2 once the east target fails its health checks.',
  tryThis:
    'Select alb-east and run 2 health checks, then select Route 53 and send a request; the trace shows the DNS answer.',
  scenario: ROUTE53_FAILOVER_SAMPLE,
  expectation: {
    kind: 'request',
    claim: 'After the primary target fails 2 health checks, DNS answers with the secondary and the west function serves the request.',
    entryNodeId: 'dns',
    input: http('/orders', 'api.example.com'),
    healthChecks: [{ edgeId: 'east-app', checks: 2 }],
    check: (result) => {
      const body = result.response.body;
      const contentType = headerValue(result.response.headers, 'content-type');
      return unless(
        result.response.statusCode === 200 &&
          body.includes('"region":"us-west-2"') &&
          contentType === 'application/json' &&
          result.trace.some((span) => span.label.includes('answering secondary alb-west')),
        `expected the secondary to answer, got ${result.response.statusCode}: ${body}`,
      );
    },
  },
};

/** The gallery, in the order the app shows its cards. */
export const GALLERY: GalleryEntry[] = [
  ALB_HEALTH,
  APIGW,
  SQS_BATCH_10,
  SQS_BATCH_200,
  SQS_SCALING,
  SQS_PARTIAL,
  EVENTBRIDGE,
  RDS_DIRECT,
  RDS_PROXY,
  SQS_MAX_CONCURRENCY,
  ROUTE53,
];
