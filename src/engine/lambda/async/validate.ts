/**
 * Checks a function's asynchronous invocation settings: the ranges of
 * EventInvokeConfig and where destinations and the dead-letter queue point.
 */
import type { Scenario, ScenarioNode } from '../../model/scenario';
import type { Diagnostic } from '../../validate/diagnostic';
import { resolveResource, type ResourceKind } from './resources';

const INVOKE_CONFIG_DOC = 'https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionEventInvokeConfig.html';
const DESTINATIONS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Reports a number outside [min, max]; for raw configs the schema may reject. */
export function rangeProblem(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && (!Number.isInteger(value) || value < min || value > max);
}

function describeKind(kind: ResourceKind): string {
  return kind === 'other' ? 'neither a queue, a topic, a bus nor a function' : `a ${kind} resource`;
}

function targetProblem(
  scenario: Scenario,
  node: ScenarioNode,
  field: string,
  ref: unknown,
  allowed: readonly ResourceKind[],
  what: string,
): Diagnostic | undefined {
  if (typeof ref !== 'string' || ref === '') {
    return undefined;
  }
  const target = resolveResource(scenario, ref);
  if (allowed.includes(target.kind)) {
    return undefined;
  }
  const unknownId = target.nodeId === undefined && !ref.startsWith('arn:');

  return {
    severity: 'error',
    code: field === 'DeadLetterConfig.TargetArn' ? 'lambda/dead-letter-target-type' : 'lambda/destination-type',
    nodeId: node.id,
    field,
    message: unknownId
      ? `${what} "${ref}" is neither a node id of this scenario nor an ARN.`
      : `${what} "${ref}" is ${describeKind(target.kind)}; Lambda accepts only ${allowed.join(', ')} here.`,
    fix: `Point ${field} at ${allowed.map((kind) => `an ${kind === 'eventbridge' ? 'EventBridge bus' : kind.toUpperCase()}`).join(' or ')} node, or at its ARN.`,
    docUrl: DESTINATIONS_DOC,
  };
}

/** Checks EventInvokeConfig and DeadLetterConfig of every function. */
export function asyncInvokeRules(scenario: Scenario): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const node of scenario.nodes) {
    if (node.type !== 'lambda') {
      continue;
    }
    const invoke = record(node.config.EventInvokeConfig);
    if (rangeProblem(invoke.MaximumRetryAttempts, 0, 2)) {
      diagnostics.push({
        severity: 'error',
        code: 'lambda/async-retry-attempts-range',
        nodeId: node.id,
        field: 'EventInvokeConfig.MaximumRetryAttempts',
        message: `MaximumRetryAttempts is ${String(invoke.MaximumRetryAttempts)}, but Lambda allows 0 to 2 retries of an asynchronous event.`,
        fix: 'Set it to 0, 1 or 2 (2 is the default).',
        docUrl: INVOKE_CONFIG_DOC,
      });
    }
    if (rangeProblem(invoke.MaximumEventAgeInSeconds, 60, 21_600)) {
      diagnostics.push({
        severity: 'error',
        code: 'lambda/async-event-age-range',
        nodeId: node.id,
        field: 'EventInvokeConfig.MaximumEventAgeInSeconds',
        message: `MaximumEventAgeInSeconds is ${String(invoke.MaximumEventAgeInSeconds)}, but Lambda allows 60 to 21,600 seconds (6 hours).`,
        fix: 'Set a whole number of seconds from 60 to 21,600 (the default).',
        docUrl: INVOKE_CONFIG_DOC,
      });
    }
    const destinations = record(invoke.DestinationConfig);
    const kinds = ['sqs', 'sns', 'eventbridge', 'lambda'] as const;
    for (const key of ['OnSuccess', 'OnFailure'] as const) {
      const problem = targetProblem(scenario, node, `EventInvokeConfig.DestinationConfig.${key}.Destination`, record(destinations[key]).Destination, kinds, `The ${key === 'OnSuccess' ? 'on-success' : 'on-failure'} destination`);
      if (problem) {
        diagnostics.push(problem);
      }
    }
    const deadLetter = targetProblem(scenario, node, 'DeadLetterConfig.TargetArn', record(node.config.DeadLetterConfig).TargetArn, ['sqs', 'sns'], 'The dead-letter queue');
    if (deadLetter) {
      diagnostics.push(deadLetter);
    }
  }

  return diagnostics;
}
