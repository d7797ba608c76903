/**
 * The event EventBridge delivers to a target, with its keys in AWS's order:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html
 */

/** An event as a target such as a Lambda function receives it. */
export interface EventBridgeEvent {
  /** Always `"0"`. */
  version: '0';
  /** A version 4 UUID. */
  id: string;
  'detail-type': string;
  source: string;
  /** The 12-digit account id. */
  account: string;
  /** UTC, whole seconds, for example `2017-12-22T18:43:48Z`. */
  time: string;
  region: string;
  /** ARNs of the resources the event concerns; empty when none are given. */
  resources: string[];
  detail: Record<string, unknown>;
}

/** Region and account of the event, and the injected clock and randomness. */
export interface EventBridgeContext {
  region: string;
  accountId: string;
  /** Current time in epoch milliseconds. */
  now(): number;
  /** A uniform random number in [0, 1), for the event id. */
  random(): number;
}

/** Formats epoch milliseconds as EventBridge does: UTC without fraction. */
export function formatEventTime(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
}
