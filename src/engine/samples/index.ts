import type { Scenario } from '../model/scenario';
import { ALB_HELLO_SAMPLE } from './alb-hello';
import { APIGW_PROXY_CUSTOM_SAMPLE } from './apigw-proxy-custom';
import { SQS_BURST_SAMPLE } from './sqs-burst';

/** Built-in scenarios, in the order the app lists them. */
export const SAMPLES: Scenario[] = [
  ALB_HELLO_SAMPLE,
  APIGW_PROXY_CUSTOM_SAMPLE,
  SQS_BURST_SAMPLE,
];
