/**
 * Validation rules for EventBridge rules (bus → function edges) and for the
 * asynchronous invocation settings of functions.
 */
import { asyncInvokeRules, rangeProblem } from '../../lambda/async/validate';
import { resolveResource } from '../../lambda/async/resources';
import type { Scenario, ScenarioEdge } from '../../model/scenario';
import type { Diagnostic } from '../../validate/diagnostic';
import { validateEventPattern } from '../pattern-match';
import { parseScheduleExpression } from '../schedule';
import { INVALID_SCHEDULE_MESSAGE } from '../schedule-types';
import { busNodes, DEFAULT_BUS_NAME, type ResolvedBus } from './bus';
import { patternValue } from './resolve';

const RULE_DOC = 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html';
const PATTERN_DOC = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html';
const SCHEDULE_DOC = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html';
const SCHEDULE_BUS_DOC = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-rule-schedule.html';
const RETRY_DOC = 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RetryPolicy.html';
const DLQ_DOC = 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html';

type Raw = Record<string, unknown>;

function record(value: unknown): Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};
}

function patternProblem(pattern: unknown): string | undefined {
  let value: unknown;
  try {
    value = patternValue(pattern as string | Record<string, unknown>);
  } catch (error) {
    return `the pattern is not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const checked = validateEventPattern(value);

  return checked.ok ? undefined : checked.reason;
}

function ruleRules(scenario: Scenario, bus: ResolvedBus, edge: ScenarioEdge): Diagnostic[] {
  const config = edge.config;
  const found: Diagnostic[] = [];
  const at = { edgeId: edge.id };
  const hasPattern = config.EventPattern !== undefined && config.EventPattern !== '';
  const hasSchedule = typeof config.ScheduleExpression === 'string' && config.ScheduleExpression !== '';
  if (hasPattern === hasSchedule) {
    found.push({
      severity: 'error',
      code: hasPattern ? 'eventbridge/pattern-and-schedule' : 'eventbridge/no-pattern-or-schedule',
      ...at,
      field: 'EventPattern',
      message: hasPattern
        ? `Rule "${edge.id}" has both an EventPattern and a ScheduleExpression; a rule reacts to events or to a schedule, not both.`
        : `Rule "${edge.id}" has neither an EventPattern nor a ScheduleExpression, and PutRule requires one of them.`,
      fix: hasPattern ? 'Remove one of them, or make two rules.' : 'Add an EventPattern such as {"source": ["my.app"]}, or a ScheduleExpression such as rate(5 minutes).',
      docUrl: RULE_DOC,
    });
  }
  if (hasPattern) {
    const reason = patternProblem(config.EventPattern);
    if (reason) {
      found.push({ severity: 'error', code: 'eventbridge/invalid-event-pattern', ...at, field: 'EventPattern', message: `EventBridge rejects the event pattern with InvalidEventPatternException: ${reason}.`, fix: 'Correct the pattern; every leaf value must be an array of values or operators.', docUrl: PATTERN_DOC });
    }
  }
  if (hasSchedule) {
    const parsed = parseScheduleExpression(config.ScheduleExpression as string);
    if (!parsed.ok) {
      found.push({ severity: 'error', code: 'eventbridge/invalid-schedule', ...at, field: 'ScheduleExpression', message: `${INVALID_SCHEDULE_MESSAGE} ${parsed.reason}`, fix: 'Use rate(value unit), such as rate(5 minutes), or cron with six fields, such as cron(0 12 * * ? *).', docUrl: SCHEDULE_DOC });
    }
    if (bus.name !== DEFAULT_BUS_NAME) {
      found.push({ severity: 'error', code: 'eventbridge/schedule-on-custom-bus', ...at, field: 'ScheduleExpression', message: `Rule "${edge.id}" is a schedule on bus "${bus.name}", but EventBridge runs scheduled rules only on the default event bus.`, fix: 'Move the rule to a bus named default, or use EventBridge Scheduler.', docUrl: SCHEDULE_BUS_DOC });
    }
  }
  const retry = record(config.RetryPolicy);
  if (rangeProblem(retry.MaximumRetryAttempts, 0, 185)) {
    found.push({ severity: 'error', code: 'eventbridge/retry-attempts-range', ...at, field: 'RetryPolicy.MaximumRetryAttempts', message: `MaximumRetryAttempts is ${String(retry.MaximumRetryAttempts)}, but EventBridge allows 0 to 185 retries.`, fix: 'Set it from 0 to 185 (185 is the default).', docUrl: RETRY_DOC });
  }
  if (rangeProblem(retry.MaximumEventAgeInSeconds, 60, 86_400)) {
    found.push({ severity: 'error', code: 'eventbridge/event-age-range', ...at, field: 'RetryPolicy.MaximumEventAgeInSeconds', message: `MaximumEventAgeInSeconds is ${String(retry.MaximumEventAgeInSeconds)}, but EventBridge allows 60 to 86,400 seconds (24 hours).`, fix: 'Set a whole number of seconds from 60 to 86,400 (the default).', docUrl: RETRY_DOC });
  }
  const dlq = record(config.DeadLetterConfig).Arn;
  if (typeof dlq === 'string' && dlq !== '') {
    const target = resolveResource(scenario, dlq);
    const node = scenario.nodes.find((candidate) => candidate.id === target.nodeId);
    const fifo = node?.type === 'sqs' && record(node.config).FifoQueue === true;
    if (target.kind !== 'sqs' || fifo) {
      found.push({ severity: 'error', code: 'eventbridge/dead-letter-target-type', ...at, field: 'DeadLetterConfig.Arn', message: fifo ? `The rule's dead-letter queue "${dlq}" is a FIFO queue; EventBridge supports only standard queues.` : `The rule's dead-letter queue "${dlq}" is not an SQS queue; EventBridge sends undelivered events only to a standard SQS queue.`, fix: 'Point DeadLetterConfig.Arn at a standard SQS queue node or its ARN.', docUrl: DLQ_DOC });
    }
  }

  return found;
}

/** Checks every rule edge and every function's asynchronous settings. */
export function validateEventBridgeRules(scenario: Scenario): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const bus of busNodes(scenario)) {
    for (const edge of scenario.edges) {
      const target = scenario.nodes.find((node) => node.id === edge.target);
      if (edge.source === bus.node.id && target?.type === 'lambda') {
        diagnostics.push(...ruleRules(scenario, bus, edge));
      }
    }
  }

  return [...diagnostics, ...asyncInvokeRules(scenario)];
}
