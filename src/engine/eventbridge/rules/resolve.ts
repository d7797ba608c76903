/**
 * The rules of a bus: each edge from the bus to a function is one rule whose
 * only target is that function.
 */
import { resolveResource, type ResourceRef } from '../../lambda/async/resources';
import {
  DEFAULT_RULE_RETRY_POLICY,
  eventBridgeRuleConfigSchema,
  type EventBridgeRuleConfig,
} from '../../model/configs/eventbridge-rule';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../../model/scenario';
import { compileEventPattern } from '../pattern-compile';
import { matchCompiledPattern } from '../pattern-match';
import type { CompiledPattern } from '../pattern-types';
import { parseScheduleExpression } from '../schedule';
import type { ScheduleExpression } from '../schedule-types';
import { busNodes, ruleArnOnBus, type ResolvedBus } from './bus';

/** A rule ready to match and deliver. */
export interface ResolvedRule {
  edge: ScenarioEdge;
  config: EventBridgeRuleConfig;
  name: string;
  arn: string;
  bus: ResolvedBus;
  target: ScenarioNode & { type: 'lambda' };
  /** Present when the pattern is valid. */
  pattern?: CompiledPattern;
  /** Present when the schedule expression is valid. */
  schedule?: ScheduleExpression;
  maximumRetryAttempts: number;
  maximumEventAgeMs: number;
  deadLetter?: ResourceRef;
}

/** Parses an `EventPattern` given as JSON text or as an object. */
export function patternValue(pattern: string | Record<string, unknown>): unknown {
  return typeof pattern === 'string' ? JSON.parse(pattern) : pattern;
}

function compileOrUndefined(pattern: EventBridgeRuleConfig['EventPattern']): CompiledPattern | undefined {
  if (pattern === undefined) {
    return undefined;
  }
  try {
    return compileEventPattern(patternValue(pattern));
  } catch {
    return undefined;
  }
}

/** Resolves one rule edge; undefined when its config does not parse. */
export function resolveRule(scenario: Scenario, bus: ResolvedBus, edge: ScenarioEdge): ResolvedRule | undefined {
  const target = scenario.nodes.find((node) => node.id === edge.target);
  const parsed = eventBridgeRuleConfigSchema.safeParse(edge.config);
  if (target?.type !== 'lambda' || !parsed.success) {
    return undefined;
  }
  const config = parsed.data;
  const name = config.Name ?? edge.id;
  const schedule = config.ScheduleExpression === undefined ? undefined : parseScheduleExpression(config.ScheduleExpression);
  const pattern = compileOrUndefined(config.EventPattern);
  const retry = config.RetryPolicy ?? DEFAULT_RULE_RETRY_POLICY;

  return {
    edge,
    config,
    name,
    arn: ruleArnOnBus(bus, name),
    bus,
    target: target as ScenarioNode & { type: 'lambda' },
    ...(pattern ? { pattern } : {}),
    ...(schedule?.ok ? { schedule: schedule.value } : {}),
    maximumRetryAttempts: retry.MaximumRetryAttempts,
    maximumEventAgeMs: retry.MaximumEventAgeInSeconds * 1000,
    ...(config.DeadLetterConfig ? { deadLetter: resolveResource(scenario, config.DeadLetterConfig.Arn) } : {}),
  };
}

/** Lists the rules on one bus, in edge order. */
export function busRules(scenario: Scenario, bus: ResolvedBus): ResolvedRule[] {
  const rules: ResolvedRule[] = [];
  for (const edge of scenario.edges) {
    if (edge.source !== bus.node.id) {
      continue;
    }
    const rule = resolveRule(scenario, bus, edge);
    if (rule) {
      rules.push(rule);
    }
  }

  return rules;
}

/** Lists every rule of every bus in the scenario. */
export function allRules(scenario: Scenario): ResolvedRule[] {
  return busNodes(scenario).flatMap((bus) => busRules(scenario, bus));
}

/**
 * Lists the enabled pattern rules an event matches. A schedule rule matches
 * no put event, and a rule with both a pattern and a schedule is invalid.
 */
export function matchingRules(rules: readonly ResolvedRule[], event: unknown): ResolvedRule[] {
  return rules.filter(
    (rule) =>
      rule.config.State === 'ENABLED' &&
      rule.pattern !== undefined &&
      rule.config.ScheduleExpression === undefined &&
      matchCompiledPattern(rule.pattern, event),
  );
}
