import { functionDefinition } from '../lambda/definition';
import type { FunctionInvoker, InvocationRecord } from '../lambda/invocation';
import type { Scenario } from '../model/scenario';
import type { RunEnvironment } from '../run/types';
import { randomUuid } from '../util/random';
import type { AlbRequestEvent } from './event-types';
import { splitQuery } from './query';
import { validateAlbResponse } from './response';
import { albTargetGroups, resolveAlb, type AlbTargetGroup } from './target-groups';

// Target states and reason codes:
// https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
// Health checks of Lambda targets (off by default, each one an invocation):
// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html

/** A target's health state as DescribeTargetHealth reports it. */
export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'unavailable';

/** A target's health with the reason code AWS gives for non-healthy states. */
export interface TargetHealth {
  state: TargetHealthState;
  reason?: string;
  description?: string;
}

/** One health check and the state it left the target in. */
export interface HealthCheckResult {
  /** Seconds after the first check, one interval apart. */
  atSeconds: number;
  requestId: string;
  event: AlbRequestEvent;
  invocation: InvocationRecord;
  success: boolean;
  /** The function's status code, when it returned a valid response. */
  statusCode?: number;
  /** Reason the check failed, as a TargetHealth reason code. */
  failureReason?: string;
  /** Health after this check. */
  health: TargetHealth;
}

/** A sequence of health checks of one target group. */
export interface HealthCheckRun {
  edgeId: string;
  targetGroupArn: string;
  checks: HealthCheckResult[];
  health: TargetHealth;
  /**
   * True when the target is unhealthy but still receives requests: a target
   * group whose targets are all unhealthy fails open.
   */
  failOpen: boolean;
}

/** Health of a target group whose health checks are off. */
export const HEALTH_CHECKS_DISABLED: TargetHealth = {
  state: 'unavailable',
  reason: 'Target.HealthCheckDisabled',
  description: 'Health checks are disabled',
};

/** Health of a newly registered target before its first check. */
export const INITIAL_HEALTH: TargetHealth = {
  state: 'initial',
  reason: 'Elb.InitialHealthChecking',
  description: 'Initial health checking in progress',
};

/**
 * Builds the health check event: GET on HealthCheckPath with the
 * `ELB-HealthChecker/2.0` user agent and an empty body, in the target group's
 * single-value or multi-value shape.
 */
export function buildHealthCheckEvent(group: AlbTargetGroup): AlbRequestEvent {
  const [path = '/', rawQuery = ''] = group.config.HealthCheckPath.split(/\?(.*)/s);
  const query = splitQuery(rawQuery);
  const requestContext = { elb: { targetGroupArn: group.arn } };
  if (group.multiValueHeaders) {
    const multiQuery: Record<string, string[]> = {};
    for (const { key, value } of query) {
      (multiQuery[key] ??= []).push(value);
    }
    return {
      requestContext,
      httpMethod: 'GET',
      path,
      multiValueQueryStringParameters: multiQuery,
      multiValueHeaders: { 'user-agent': ['ELB-HealthChecker/2.0'] },
      body: '',
      isBase64Encoded: false,
    };
  }
  const singleQuery: Record<string, string> = {};
  for (const { key, value } of query) {
    singleQuery[key] = value;
  }

  return {
    requestContext,
    httpMethod: 'GET',
    path,
    queryStringParameters: singleQuery,
    headers: { 'user-agent': 'ELB-HealthChecker/2.0' },
    body: '',
    isBase64Encoded: false,
  };
}

/** Tells whether a status code is among Matcher.HttpCode, such as `200`, `200,204` or `200-299`. */
export function matchesHttpCode(matcher: string, statusCode: number): boolean {
  return matcher.split(',').some((part) => {
    const [low, high] = part.split('-').map(Number);
    if (low === undefined || Number.isNaN(low)) {
      return false;
    }

    return high === undefined ? statusCode === low : statusCode >= low && statusCode <= high;
  });
}

/** Classifies one health check invocation. */
export function evaluateHealthCheck(
  group: AlbTargetGroup,
  invocation: InvocationRecord,
): { success: boolean; statusCode?: number; failureReason?: string } {
  const timeoutMs = group.config.HealthCheckTimeoutSeconds * 1000;
  if (invocation.outcome === 'timeout' || invocation.durationMs > timeoutMs) {
    return { success: false, failureReason: 'Target.Timeout' };
  }
  if (invocation.outcome !== 'success') {
    return { success: false, failureReason: 'Target.FailedHealthChecks' };
  }
  const valid = validateAlbResponse(invocation.payload, group.multiValueHeaders);
  if (!valid.ok) {
    return { success: false, failureReason: 'Target.FailedHealthChecks' };
  }
  const { statusCode } = valid.value;
  if (!matchesHttpCode(group.config.Matcher.HttpCode, statusCode)) {
    return { success: false, statusCode, failureReason: 'Target.ResponseCodeMismatch' };
  }

  return { success: true, statusCode };
}

const FAILURE_DESCRIPTION: Record<string, string> = {
  'Target.Timeout': 'Request timed out',
  'Target.FailedHealthChecks': 'The response from the Lambda function is not in the expected format',
  'Target.ResponseCodeMismatch': 'Health checks failed with these codes',
};

/** Counts of consecutive results that drive the state machine. */
export interface HealthCounters {
  health: TargetHealth;
  successes: number;
  failures: number;
}

/**
 * Applies one check to the health state. A new target becomes healthy after
 * one passed check; otherwise HealthyThresholdCount consecutive passes make
 * a target healthy and UnhealthyThresholdCount consecutive failures make it
 * unhealthy.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html
 */
export function nextHealth(
  group: AlbTargetGroup,
  counters: HealthCounters,
  check: { success: boolean; statusCode?: number; failureReason?: string },
): HealthCounters {
  const successes = check.success ? counters.successes + 1 : 0;
  const failures = check.success ? 0 : counters.failures + 1;
  const { state } = counters.health;
  if (check.success) {
    const threshold = state === 'initial' ? 1 : group.config.HealthyThresholdCount;
    const health = successes >= threshold ? { state: 'healthy' as const } : counters.health;
    return { health, successes, failures };
  }
  if (failures >= group.config.UnhealthyThresholdCount && state !== 'unhealthy') {
    const reason = check.failureReason ?? 'Target.FailedHealthChecks';
    const codes = check.statusCode === undefined ? '' : `: [${check.statusCode}]`;
    return {
      health: {
        state: 'unhealthy',
        reason,
        description: `${FAILURE_DESCRIPTION[reason] ?? reason}${codes}`,
      },
      successes,
      failures,
    };
  }

  return { health: counters.health, successes, failures };
}

/**
 * Runs `checks` health checks of the target group on edge `edgeId`, each a
 * real invocation through `invoker`, and returns every result and the final
 * health. With health checks off the target is `unavailable` and no function
 * runs.
 */
export async function checkTargetHealth(
  scenario: Scenario,
  edgeId: string,
  invoker: FunctionInvoker,
  env: RunEnvironment,
  checks: number,
  initial: TargetHealth = INITIAL_HEALTH,
): Promise<HealthCheckRun> {
  const edge = scenario.edges.find((candidate) => candidate.id === edgeId);
  const alb = edge ? resolveAlb(scenario, edge.source) : undefined;
  const group = alb ? albTargetGroups(scenario, alb).find((candidate) => candidate.edge.id === edgeId) : undefined;
  if (!group || !group.functionNode) {
    throw new Error(
      `Edge "${edgeId}" is not a load balancer target group with a function; pass the id of an ALB→Lambda edge.`,
    );
  }
  if (!group.config.HealthCheckEnabled) {
    return { edgeId, targetGroupArn: group.arn, checks: [], health: HEALTH_CHECKS_DISABLED, failOpen: false };
  }

  const definition = functionDefinition(scenario, group.functionNode);
  const results: HealthCheckResult[] = [];
  let counters: HealthCounters = { health: initial, successes: 0, failures: 0 };
  for (let index = 0; index < checks; index += 1) {
    const event = buildHealthCheckEvent(group);
    const requestId = randomUuid(env.random);
    const invocation = await invoker.invoke({ function: definition, event, requestId });
    const check = evaluateHealthCheck(group, invocation);
    counters = nextHealth(group, counters, check);
    results.push({
      atSeconds: index * group.config.HealthCheckIntervalSeconds,
      requestId,
      event,
      invocation,
      ...check,
      health: counters.health,
    });
  }

  return {
    edgeId,
    targetGroupArn: group.arn,
    checks: results,
    health: counters.health,
    failOpen: counters.health.state === 'unhealthy',
  };
}
