import { isValidCidr } from '../alb/source-ip';
import { MAX_RULES_PER_LOAD_BALANCER } from '../alb/limits';
import {
  albConfigSchema,
  albTargetConfigSchema,
  lambdaConfigSchema,
  type AlbTargetConfig,
  type RuleCondition,
} from '../model/configs';
import type { Scenario, ScenarioEdge, ScenarioNode } from '../model/scenario';
import type { Diagnostic } from './diagnostic';
import { DOCS } from './docs';

interface TargetEdge {
  edge: ScenarioEdge;
  config: AlbTargetConfig;
  target: ScenarioNode;
}

const CONFIG_KEY: Record<RuleCondition['Field'], keyof RuleCondition> = {
  'path-pattern': 'PathPatternConfig',
  'host-header': 'HostHeaderConfig',
  'http-request-method': 'HttpRequestMethodConfig',
  'http-header': 'HttpHeaderConfig',
  'query-string': 'QueryStringConfig',
  'source-ip': 'SourceIpConfig',
};

/** Returns the strings a condition compares, from the typed config or the legacy Values list. */
function conditionValues(condition: RuleCondition): string[] {
  switch (condition.Field) {
    case 'http-header':
      return condition.HttpHeaderConfig?.Values ?? [];
    case 'query-string':
      return (condition.QueryStringConfig?.Values ?? []).flatMap((pair) =>
        pair.Key === undefined ? [pair.Value] : [pair.Key, pair.Value],
      );
    default: {
      const config = condition[CONFIG_KEY[condition.Field]] as { Values: string[] } | undefined;
      return config?.Values ?? condition.Values ?? [];
    }
  }
}

/** Counts match evaluations: each compared string, or key/value pair, is one. */
function evaluationCount(condition: RuleCondition): number {
  if (condition.Field === 'query-string') {
    return condition.QueryStringConfig?.Values.length ?? 0;
  }

  return conditionValues(condition).length;
}

function conditionRules(item: TargetEdge): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { edge, config } = item;
  const where = { edgeId: edge.id, field: 'Conditions', docUrl: DOCS.ruleConditions };
  let evaluations = 0;
  let wildcards = 0;
  const seen = new Map<string, number>();
  for (const condition of config.Conditions) {
    const count = evaluationCount(condition);
    evaluations += count;
    for (const value of conditionValues(condition)) {
      wildcards += (value.match(/(?<!\\)[*?]/g) ?? []).length;
    }
    seen.set(condition.Field, (seen.get(condition.Field) ?? 0) + 1);
    if (count === 0) {
      diagnostics.push({
        severity: 'error',
        code: 'alb/empty-condition',
        ...where,
        message: `The ${condition.Field} condition of rule ${config.Priority ?? '(default)'} has no values; AWS rejects an empty condition.`,
        fix: `Set ${String(CONFIG_KEY[condition.Field])} with at least one value, or remove the condition.`,
      });
    }
    if (count > 3) {
      diagnostics.push({
        severity: 'error',
        code: 'alb/too-many-condition-values',
        ...where,
        message: `The ${condition.Field} condition has ${count} match evaluations; AWS allows at most 3 per condition.`,
        fix: 'Split the values across rules.',
      });
    }
    if (condition.Field === 'source-ip') {
      for (const cidr of conditionValues(condition).filter((value) => !isValidCidr(value))) {
        diagnostics.push({
          severity: 'error',
          code: 'alb/invalid-source-ip',
          ...where,
          message: `Source IP "${cidr}" is not a CIDR block.`,
          fix: 'Use a block such as 203.0.113.0/24 or 2001:db8::/32.',
        });
      }
    }
  }
  for (const field of ['host-header', 'http-request-method', 'path-pattern', 'source-ip']) {
    if ((seen.get(field) ?? 0) > 1) {
      diagnostics.push({
        severity: 'error',
        code: 'alb/repeated-condition',
        ...where,
        message: `Rule ${config.Priority ?? '(default)'} has ${seen.get(field)} ${field} conditions; AWS allows at most one of each host-header, http-request-method, path-pattern and source-ip.`,
        fix: `Merge the values into one ${field} condition.`,
      });
    }
  }
  if (evaluations > 5) {
    diagnostics.push({
      severity: 'error',
      code: 'alb/too-many-rule-values',
      ...where,
      message: `Rule ${config.Priority ?? '(default)'} has ${evaluations} match evaluations; AWS allows at most 5 per rule.`,
      fix: 'Remove values or split the rule.',
    });
  }
  if (wildcards > 5) {
    diagnostics.push({
      severity: 'error',
      code: 'alb/too-many-wildcards',
      ...where,
      message: `Rule ${config.Priority ?? '(default)'} uses ${wildcards} wildcards; AWS allows at most 5 per rule.`,
      fix: 'Use fewer * and ? characters.',
    });
  }

  return diagnostics;
}

function targetRules(scenario: Scenario, alb: ScenarioNode, item: TargetEdge): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { edge, config, target } = item;
  const albConfig = albConfigSchema.safeParse(alb.config);
  const lambdaConfig = lambdaConfigSchema.safeParse(target.config);
  if (albConfig.success && lambdaConfig.success) {
    const albRegion = albConfig.data.region ?? scenario.settings.region;
    const albAccount = albConfig.data.accountId ?? scenario.settings.accountId;
    const fnRegion = lambdaConfig.data.region ?? scenario.settings.region;
    const fnAccount = lambdaConfig.data.accountId ?? scenario.settings.accountId;
    if (albRegion !== fnRegion || albAccount !== fnAccount) {
      diagnostics.push({
        severity: 'error',
        code: 'alb/cross-account-or-region',
        edgeId: edge.id,
        message: `Function ${target.id} is in account ${fnAccount}, ${fnRegion}, but the target group is in ${albAccount}, ${albRegion}; a Lambda target must be in the same account and Region, so AWS refuses to register it.`,
        fix: 'Put the function and the load balancer in the same account and Region.',
        docUrl: DOCS.lambdaTargets,
      });
    }
  }
  if (!config.invokePermission) {
    diagnostics.push({
      severity: 'error',
      code: 'alb/missing-invoke-permission',
      edgeId: edge.id,
      field: 'invokePermission',
      message: `The function's resource policy does not let elasticloadbalancing.amazonaws.com invoke ${target.id}; every request fails with LambdaAccessDenied.`,
      fix: 'Turn on the invoke permission (aws lambda add-permission --principal elasticloadbalancing.amazonaws.com --source-arn TARGET_GROUP_ARN).',
      docUrl: DOCS.lambdaTargets,
    });
  }
  if (config.Priority !== undefined && config.Conditions.length === 0) {
    diagnostics.push({
      severity: 'error',
      code: 'alb/rule-without-conditions',
      edgeId: edge.id,
      field: 'Conditions',
      message: `Rule ${config.Priority} has no conditions; a listener rule other than the default needs at least one.`,
      fix: 'Add a condition such as path-pattern /api/*, or clear Priority to make this the default action.',
      docUrl: DOCS.listenerRules,
    });
  }
  if (config.Priority === undefined && config.Conditions.length > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'alb/default-action-conditions',
      edgeId: edge.id,
      field: 'Conditions',
      message: 'This target group is the default action, which has no conditions; its conditions are ignored.',
      fix: 'Set a Priority to make it a rule, or remove the conditions.',
      docUrl: DOCS.listenerRules,
    });
  }
  const codes = config.Matcher.HttpCode.split(/[-,]/).map(Number);
  if (config.HealthCheckEnabled && codes.some((code) => code < 200 || code > 499)) {
    diagnostics.push({
      severity: 'error',
      code: 'alb/health-check-matcher-range',
      edgeId: edge.id,
      field: 'Matcher.HttpCode',
      message: `Success codes ${config.Matcher.HttpCode} are outside 200–499, the range allowed for Lambda targets.`,
      fix: 'Use codes such as 200 or 200-299.',
      docUrl: DOCS.lambdaTargets,
    });
  }
  if (config.HealthCheckEnabled && config.HealthCheckTimeoutSeconds >= config.HealthCheckIntervalSeconds) {
    diagnostics.push({
      severity: 'warning',
      code: 'alb/health-check-timeout-interval',
      edgeId: edge.id,
      field: 'HealthCheckTimeoutSeconds',
      message: `The health check timeout (${config.HealthCheckTimeoutSeconds} s) is not shorter than the interval (${config.HealthCheckIntervalSeconds} s).`,
      fix: 'Make the timeout shorter than the interval.',
      docUrl: DOCS.healthChecks,
    });
  }

  return [...diagnostics, ...conditionRules(item)];
}

/** Checks each load balancer's target groups and listener rules. */
export function albRules(scenario: Scenario): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const nodes = new Map(scenario.nodes.map((node) => [node.id, node]));
  for (const alb of scenario.nodes) {
    if (alb.type !== 'alb') {
      continue;
    }
    const items: TargetEdge[] = [];
    for (const edge of scenario.edges) {
      const target = nodes.get(edge.target);
      if (edge.source !== alb.id || target?.type !== 'lambda') {
        continue;
      }
      const parsed = albTargetConfigSchema.safeParse(edge.config);
      if (parsed.success) {
        items.push({ edge, config: parsed.data, target });
      }
    }
    for (const item of items) {
      diagnostics.push(...targetRules(scenario, alb, item));
    }
    diagnostics.push(...listenerRules(alb, items));
  }

  return diagnostics;
}

function listenerRules(alb: ScenarioNode, items: TargetEdge[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const defaults = items.filter((item) => item.config.Priority === undefined);
  for (const extra of defaults.slice(1)) {
    diagnostics.push({
      severity: 'error',
      code: 'alb/multiple-default-actions',
      nodeId: alb.id,
      edgeId: extra.edge.id,
      field: 'Priority',
      message: `Load balancer ${alb.id} has ${defaults.length} target groups without a Priority; a listener has exactly one default action.`,
      fix: 'Give every target group but one a Priority and conditions.',
      docUrl: DOCS.listenerRules,
    });
  }
  const byPriority = new Map<number, TargetEdge[]>();
  for (const item of items) {
    if (item.config.Priority !== undefined) {
      byPriority.set(item.config.Priority, [...(byPriority.get(item.config.Priority) ?? []), item]);
    }
  }
  for (const [priority, group] of byPriority) {
    for (const item of group.slice(1)) {
      diagnostics.push({
        severity: 'error',
        code: 'alb/duplicate-priority',
        nodeId: alb.id,
        edgeId: item.edge.id,
        field: 'Priority',
        message: `Priority ${priority} is used by ${group.length} rules of load balancer ${alb.id}; each rule of a listener needs its own priority.`,
        fix: 'Give each rule a different Priority from 1 to 50,000.',
        docUrl: DOCS.listenerRules,
      });
    }
  }
  const ruleCount = items.length - defaults.length;
  if (ruleCount > MAX_RULES_PER_LOAD_BALANCER) {
    diagnostics.push({
      severity: 'error',
      code: 'alb/too-many-rules',
      nodeId: alb.id,
      message: `Load balancer ${alb.id} has ${ruleCount} rules; the default quota is ${MAX_RULES_PER_LOAD_BALANCER} per load balancer, not counting default rules.`,
      fix: 'Merge rules, or request a quota increase on AWS.',
      docUrl: DOCS.albQuotas,
    });
  }
  const names = new Map<string, TargetEdge[]>();
  for (const item of items) {
    const name = item.config.Name ?? item.edge.id;
    names.set(name, [...(names.get(name) ?? []), item]);
  }
  for (const [name, group] of names) {
    const functions = new Set(group.map((item) => item.target.id));
    if (functions.size > 1) {
      diagnostics.push({
        severity: 'error',
        code: 'alb/target-group-multiple-functions',
        nodeId: alb.id,
        edgeId: group[1]?.edge.id,
        field: 'Name',
        message: `Target group ${name} would contain ${functions.size} functions (${[...functions].join(', ')}); a Lambda target group contains exactly one function and the limit cannot be raised.`,
        fix: 'Give each edge its own target group Name.',
        docUrl: DOCS.albQuotas,
      });
    }
  }
  if (items.length > 0 && defaults.length === 0) {
    diagnostics.push({
      severity: 'info',
      code: 'alb/no-default-target-group',
      nodeId: alb.id,
      message: `Requests to ${alb.id} that match no rule get the listener's fixed response.`,
      fix: 'Clear the Priority of one target group to make it the default action.',
      docUrl: DOCS.listenerRules,
    });
  }

  return diagnostics;
}
