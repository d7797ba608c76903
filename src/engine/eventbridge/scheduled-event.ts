/**
 * The event a scheduled rule delivers: source `aws.events`, detail-type
 * `Scheduled Event`, the rule ARN as the only resource and an empty detail.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-run-lambda-schedule.html
 */
import { randomUuid } from '../util/random';
import {
  formatEventTime,
  type EventBridgeContext,
  type EventBridgeEvent,
} from './event-types';

/** PutRule's constraint on rule names. */
const RULE_NAME = /^[.\-_A-Za-z0-9]{1,64}$/;

/** Returns the ARN of a rule on the default event bus. */
export function ruleArn(
  region: string,
  accountId: string,
  ruleName: string,
): string {
  return `arn:aws:events:${region}:${accountId}:rule/${ruleName}`;
}

/** Checks a rule name as PutRule does; returns a reason when it is invalid. */
export function ruleNameProblem(ruleName: string): string | undefined {
  if (RULE_NAME.test(ruleName)) {
    return undefined;
  }

  return `Rule name "${ruleName}" is not valid: use 1 to 64 letters, digits, dots, hyphens or underscores.`;
}

/** Builds the event a scheduled rule delivers when it fires at `timeMs`. */
export function buildScheduledEvent(
  ruleName: string,
  timeMs: number,
  context: EventBridgeContext,
): EventBridgeEvent {
  return {
    version: '0',
    id: randomUuid(() => context.random()),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: context.accountId,
    time: formatEventTime(timeMs),
    region: context.region,
    resources: [ruleArn(context.region, context.accountId, ruleName)],
    detail: {},
  };
}
