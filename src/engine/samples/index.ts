import type { Scenario } from '../model/scenario';
import { ALB_HEALTH_CHECKS_SAMPLE } from './alb-health-checks';
import { ALB_HELLO_SAMPLE } from './alb-hello';
import { APIGW_PROXY_CUSTOM_SAMPLE } from './apigw-proxy-custom';
import { EVENTBRIDGE_RETRIES_SAMPLE } from './eventbridge-retries';
import { RDS_DIRECT_SAMPLE } from './rds-direct';
import { RDS_PROXY_SAMPLE } from './rds-proxy';
import { ROUTE53_FAILOVER_SAMPLE } from './route53-failover';
import { SQS_BATCH_WINDOW_SAMPLE } from './sqs-batch-window';
import { SQS_BURST_SAMPLE } from './sqs-burst';
import { SQS_MAX_CONCURRENCY_SAMPLE } from './sqs-max-concurrency';
import { SQS_PARTIAL_FAILURES_SAMPLE } from './sqs-partial-failures';
import { SQS_POLLER_SCALING_SAMPLE } from './sqs-poller-scaling';

/** Built-in scenarios, in the order the app lists them. */
export const SAMPLES: Scenario[] = [
  ALB_HELLO_SAMPLE,
  ALB_HEALTH_CHECKS_SAMPLE,
  APIGW_PROXY_CUSTOM_SAMPLE,
  EVENTBRIDGE_RETRIES_SAMPLE,
  SQS_BURST_SAMPLE,
  SQS_BATCH_WINDOW_SAMPLE,
  SQS_POLLER_SCALING_SAMPLE,
  SQS_PARTIAL_FAILURES_SAMPLE,
  SQS_MAX_CONCURRENCY_SAMPLE,
  RDS_DIRECT_SAMPLE,
  RDS_PROXY_SAMPLE,
  ROUTE53_FAILOVER_SAMPLE,
];
